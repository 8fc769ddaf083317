// StackHawk (DAST scanner): API keys are hawk., 20 characters, '.', 20 characters (StackHawk's API
// docs, "Authentication"; Kingfisher's stackhawk.yml). The CLI trades a key for a session token.

import { looksRandom } from '../filters';
import { defineProvider } from '../rules/define';
import { bounded } from '../rules/rule';
import { ALNUM, fake } from '../rules/sample';

export default defineProvider({
  slug: 'stackhawk',
  name: 'StackHawk',
  category: 'code',
  domains: ['stackhawk.com'],
  keysUrl: 'https://app.stackhawk.com/settings/apikeys',
  canDo: 'Run scans as the organization and read its findings: the applications\' vulnerabilities.',
  rules: [
    {
      id: 'stackhawk-api-key',
      match: 'keyword',
      kind: 'token',
      severity: 'medium',
      confidence: 'high',
      keywords: ['hawk.'],
      pattern: bounded('hawk\\.[A-Za-z0-9_-]{20}\\.[A-Za-z0-9_-]{20}'),
      prefix: /^hawk\./,
      validate: (v) => looksRandom(v.slice(5).replace('.', '')),
      examples: {
        positive: [`HAWK_API_KEY=«hawk.${fake(ALNUM, 20, 8653)}.${fake(ALNUM, 20, 8654)}»`, `hawk init --api-key «hawk.${fake(ALNUM, 20, 8655)}.${fake(ALNUM, 20, 8656)}»`],
        negative: ['HAWK_API_KEY=hawk.xxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxx', `hawk.${fake(ALNUM, 12, 8657)}.${fake(ALNUM, 20, 8658)}`],
      },
    },
  ],
});
