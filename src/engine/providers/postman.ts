// Postman: API keys are PMAK- and two hex groups.

import { defineProvider } from '../rules/define';
import { bounded } from '../rules/rule';
import { HEX, fake } from '../rules/sample';

export default defineProvider({
  slug: 'postman',
  name: 'Postman',
  category: 'code',
  domains: ['postman.com', 'getpostman.com'],
  keysUrl: 'https://go.postman.co/settings/me/api-keys',
  canDo: 'Read collections and environments, which often hold more keys.',
  rules: [
    {
      id: 'postman-api-key',
      match: 'keyword',
      kind: 'token',
      severity: 'high',
      confidence: 'high',
      keywords: ['PMAK-'],
      pattern: bounded('PMAK-[a-f0-9]{24}-[a-f0-9]{34}'),
      prefix: /^PMAK-/,
      examples: { positive: [`«PMAK-${fake(HEX, 24, 19)}-${fake(HEX, 34, 20)}»`], negative: ['PMAK-1234'] },
    },
  ],
});
