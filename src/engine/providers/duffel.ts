// Duffel (flights API): access tokens are duffel_live_ or duffel_test_ and 43 characters; test
// tokens reach the sandbox only.

import { defineProvider } from '../rules/define';
import { bounded } from '../rules/rule';
import { URLSAFE, fake } from '../rules/sample';

export default defineProvider({
  slug: 'duffel',
  name: 'Duffel',
  category: 'payments',
  domains: ['duffel.com', 'app.duffel.com'],
  keysUrl: 'https://app.duffel.com/',
  canDo: 'Live tokens: book and pay for flights and stays on the account\'s balance and read its customers\' bookings.',
  rules: [
    {
      id: 'duffel-access-token',
      match: 'keyword',
      kind: 'token',
      severity: 'critical',
      confidence: 'high',
      keywords: ['duffel_live_', 'duffel_test_'],
      pattern: bounded('duffel_(?:live|test)_[A-Za-z0-9_-]{43}'),
      prefix: /^duffel_(?:live|test)_/,
      variants: ['duffel-test-token'],
      classify: (h) => (h.value.startsWith('duffel_test_') ? { rule: 'duffel-test-token', notCounted: 'test-mode' } : {}),
      examples: {
        positive: [`DUFFEL_ACCESS_TOKEN=«duffel_live_${fake(URLSAFE, 43, 2280)}»`, `curl -H "Authorization: Bearer «duffel_live_${fake(URLSAFE, 43, 2281)}»" https://api.duffel.com/air/offer_requests`],
        negative: [`duffel_test_${fake(URLSAFE, 43, 2282)}`, `duffel_live_${fake(URLSAFE, 30, 2283)}`],
      },
    },
  ],
});
