// GoCardless: access tokens are live_ or sandbox_ and 40 characters; the word gocardless must
// be near (live_ alone is common). Sandbox tokens reach test data only.

import { looksRandom } from '../filters';
import { defineProvider } from '../rules/define';
import { URLSAFE, fake } from '../rules/sample';

export default defineProvider({
  slug: 'gocardless',
  name: 'GoCardless',
  category: 'payments',
  domains: ['gocardless.com', 'manage.gocardless.com'],
  keysUrl: 'https://manage.gocardless.com/developers/access-tokens',
  canDo: 'Live tokens: collect direct-debit payments from customers\' bank accounts, refund, and read mandates and customer details.',
  rules: [
    {
      id: 'gocardless-access-token',
      match: 'shape',
      kind: 'token',
      severity: 'critical',
      confidence: 'medium',
      lengths: [45, 48],
      pattern: /^(?:live|sandbox)_[A-Za-z0-9_-]{40}$/,
      prefix: /^(?:live|sandbox)_/,
      validate: (v) => looksRandom(v.slice(v.indexOf('_') + 1)),
      variants: ['gocardless-sandbox-token'],
      classify: (h) => (h.value.startsWith('sandbox_') ? { rule: 'gocardless-sandbox-token', notCounted: 'test-mode' } : {}),
      context: { words: ['gocardless'] },
      examples: {
        positive: [`GOCARDLESS_ACCESS_TOKEN=«live_${fake(URLSAFE, 40, 2470)}»`, `client = gocardless_pro.Client(access_token="«live_${fake(URLSAFE, 40, 2471)}»", environment="live")`],
        negative: [`live_${fake(URLSAFE, 40, 2472)}`, `GOCARDLESS_ACCESS_TOKEN=sandbox_${fake(URLSAFE, 40, 2473)}`],
      },
    },
  ],
});
