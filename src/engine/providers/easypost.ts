// EasyPost: production API keys start EZAK, test keys EZTK; 54 characters follow.

import { looksRandom } from '../filters';
import { defineProvider } from '../rules/define';
import { bounded } from '../rules/rule';
import { ALNUM, fake } from '../rules/sample';

export default defineProvider({
  slug: 'easypost',
  name: 'EasyPost',
  category: 'other',
  domains: ['easypost.com'],
  keysUrl: 'https://www.easypost.com/account/api-keys',
  canDo: 'Production keys: buy shipping labels on the account\'s card and read its shipments and addresses.',
  rules: [
    {
      id: 'easypost-api-key',
      match: 'keyword',
      kind: 'token',
      severity: 'high',
      confidence: 'high',
      keywords: ['EZAK', 'EZTK'],
      pattern: bounded('EZ[AT]K[A-Za-z0-9]{54}'),
      prefix: /^EZ[AT]K/,
      validate: (v) => looksRandom(v.slice(4)),
      variants: ['easypost-test-api-key'],
      classify: (h) => (h.value.startsWith('EZTK') ? { rule: 'easypost-test-api-key', notCounted: 'test-mode' } : {}),
      examples: {
        positive: [`EASYPOST_API_KEY=«EZAK${fake(ALNUM, 54, 2300)}»`, `client = easypost.EasyPostClient("«EZAK${fake(ALNUM, 54, 2301)}»")`],
        negative: [`EZTK${fake(ALNUM, 54, 2302)}`, `EZAK${fake(ALNUM, 40, 2303)}`],
      },
    },
  ],
});
