// Chargebee: API keys are live_ or test_ and 32 to 34 letters and digits; the word chargebee
// must be near, as live_ and test_ are common. Test-site keys reach test data only.

import { looksRandom } from '../filters';
import { defineProvider } from '../rules/define';
import { ALNUM, fake } from '../rules/sample';

export default defineProvider({
  slug: 'chargebee',
  name: 'Chargebee',
  category: 'payments',
  domains: ['chargebee.com'],
  noKeysUrl: 'Keys live in each Chargebee site (Settings → Configure Chargebee → API keys), not on one page.',
  canDo: 'Live keys: create and cancel subscriptions, issue refunds and credits, and read customers\' billing details.',
  rules: [
    {
      id: 'chargebee-api-key',
      match: 'shape',
      kind: 'secret',
      severity: 'critical',
      confidence: 'medium',
      lengths: [37, 38, 39],
      pattern: /^(?:live|test)_[A-Za-z0-9]{32,34}$/,
      prefix: /^(?:live|test)_/,
      validate: (v) => looksRandom(v.slice(5)),
      variants: ['chargebee-test-key'],
      classify: (h) => (h.value.startsWith('test_') ? { rule: 'chargebee-test-key', notCounted: 'test-mode' } : {}),
      context: { words: ['chargebee'] },
      examples: {
        positive: [`CHARGEBEE_API_KEY=«live_${fake(ALNUM, 34, 2600)}»`, `chargebee.configure(site="acme", api_key="«live_${fake(ALNUM, 32, 2601)}»")`],
        negative: [`live_${fake(ALNUM, 34, 2602)}`, `CHARGEBEE_API_KEY=test_${fake(ALNUM, 34, 2603)}`],
      },
    },
  ],
});
