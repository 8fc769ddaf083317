// Alibaba Cloud: AccessKey ids start LTAI; the secret needs the id to mean anything.

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
      examples: { positive: [`AccessKeyId: «LTAI${fake(ALNUM, 20, 124)}»`], negative: ['LTAIshort'] },
    },
  ],
});
