// Tencent Cloud: SecretIds are AKID and 32 letters and digits; SecretKeys are 32 letters and
// digits with no prefix and need a Tencent word and a key-ish name, or the SecretId nearby.

import { looksRandom } from '../filters';
import { defineProvider } from '../rules/define';
import { bounded } from '../rules/rule';
import { ALNUM, fake } from '../rules/sample';

export default defineProvider({
  slug: 'tencent',
  name: 'Tencent Cloud',
  category: 'cloud',
  domains: ['tencentcloud.com', 'cloud.tencent.com', 'console.cloud.tencent.com'],
  keysUrl: 'https://console.cloud.tencent.com/cam/capi',
  canDo: 'With the SecretKey: act on the account\'s cloud resources (servers, storage, databases) by the key\'s policies.',
  rules: [
    {
      id: 'tencent-secret-id',
      match: 'keyword',
      kind: 'public',
      severity: 'medium',
      confidence: 'high',
      keywords: ['AKID'],
      pattern: bounded('AKID[A-Za-z0-9]{32}'),
      prefix: /^AKID/,
      validate: (v) => looksRandom(v.slice(4)),
      pair: { group: 'tencent', role: 'public' },
      examples: {
        positive: [`TENCENTCLOUD_SECRET_ID=«AKID${fake(ALNUM, 32, 2950)}»`],
        negative: [`AKID${fake(ALNUM, 20, 2951)}`],
      },
    },
    {
      id: 'tencent-secret-key',
      match: 'shape',
      kind: 'secret',
      severity: 'critical',
      confidence: 'medium',
      lengths: [32],
      pattern: /^[A-Za-z0-9]{32}$/,
      validate: looksRandom,
      context: { words: ['tencent', 'tencentcloud', 'qcloud', 'secretid'], strict: true },
      pair: { group: 'tencent', role: 'secret' },
      examples: {
        positive: [`TENCENTCLOUD_SECRET_KEY=«${fake(ALNUM, 32, 2952)}»`, `provider "tencentcloud" {\n  secret_id  = "AKID${fake(ALNUM, 32, 2953)}"\n  secret_key = "«${fake(ALNUM, 32, 2954)}»"\n}`],
        negative: [`tencent request ${fake(ALNUM, 32, 2955)}`],
      },
    },
  ],
});
