// Plaid: access tokens name their environment; sandbox and development reach test data only.

import { defineProvider } from '../rules/define';
import { bounded } from '../rules/rule';
import { fakeUuid } from '../rules/sample';

export default defineProvider({
  slug: 'plaid',
  name: 'Plaid',
  category: 'payments',
  domains: ['plaid.com'],
  keysUrl: 'https://dashboard.plaid.com/',
  canDo: 'With the client credentials: read the linked bank account\'s balances and transactions.',
  rules: [
    {
      id: 'plaid-access-token',
      match: 'keyword',
      kind: 'token',
      severity: 'high',
      confidence: 'high',
      keywords: ['access-production-', 'access-development-', 'access-sandbox-'],
      pattern: bounded('access-(?:production|development|sandbox)-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}'),
      prefix: /^access-[a-z]+-/,
      classify: (h) => (h.value.startsWith('access-production-') ? {} : { severity: 'low' }),
      examples: { positive: [`«access-production-${fakeUuid(61)}»`], negative: ['access-production-1234'] },
    },
  ],
});
