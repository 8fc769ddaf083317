// Alibaba Cloud: AccessKey ids start LTAI; the AccessKey secret is 30 letters and digits with no
// prefix, so it needs Alibaba named (or its LTAI id beside it) and a key-ish name.

import { looksRandom } from '../filters';
import { defineProvider } from '../rules/define';
import { bounded } from '../rules/rule';
import { ALNUM, fake } from '../rules/sample';

export default defineProvider({
  slug: 'alibaba',
  name: 'Alibaba Cloud',
  category: 'cloud',
  domains: ['alibabacloud.com', 'aliyun.com'],
  keysUrl: 'https://ram.console.aliyun.com/manage/ak',
  canDo: 'With its secret: act on the cloud account as the RAM user.',
  rules: [
    {
      id: 'alibaba-access-key-id',
      match: 'keyword',
      kind: 'public',
      severity: 'medium',
      confidence: 'high',
      keywords: ['LTAI'],
      pattern: bounded('LTAI[A-Za-z0-9]{12,20}'),
      prefix: /^LTAI/,
      validate: (v) => /[0-9]/.test(v.slice(4)) && /[a-z]/.test(v.slice(4)),
      pair: { group: 'alibaba', role: 'public' },
      examples: { positive: [`AccessKeyId: «LTAI${fake(ALNUM, 20, 124)}»`], negative: ['LTAIshort'] },
    },
    {
      id: 'alibaba-access-key-secret',
      match: 'shape',
      kind: 'secret',
      severity: 'critical',
      confidence: 'medium',
      lengths: [30],
      pattern: /^[A-Za-z0-9]{30}$/,
      validate: looksRandom,
      context: { words: ['alibaba', 'aliyun', 'alicloud'], strict: true, pair: true },
      pair: { group: 'alibaba', role: 'secret' },
      examples: {
        positive: [
          `ALIBABA_CLOUD_ACCESS_KEY_SECRET=«${fake(ALNUM, 30, 4100)}»`,
          `[default]\naliyun_access_key_id = LTAI${fake(ALNUM, 20, 4101)}\naliyun_access_key_secret = «${fake(ALNUM, 30, 4102)}»`,
          `provider "alicloud" {\n  access_key = "LTAI${fake(ALNUM, 20, 4103)}"\n  secret_key = "«${fake(ALNUM, 30, 4104)}»"\n}`,
        ],
        negative: [
          `alibaba order ${fake(ALNUM, 30, 4105)}`,
          `ALIBABA_CLOUD_ACCESS_KEY_SECRET=${fake(ALNUM, 29, 4106)}`,
          `access_key_secret = ${fake(ALNUM, 30, 4107)}`,
        ],
      },
    },
  ],
});
