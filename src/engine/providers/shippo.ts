// Shippo: API tokens are shippo_live_ or shippo_test_ and 40 hex characters; test tokens buy
// no real labels.

import { defineProvider } from '../rules/define';
import { bounded } from '../rules/rule';
import { HEX, fake } from '../rules/sample';

export default defineProvider({
  slug: 'shippo',
  name: 'Shippo',
  category: 'payments',
  domains: ['goshippo.com'],
  keysUrl: 'https://apps.goshippo.com/settings/api',
  canDo: 'Buy shipping labels on the owner\'s account and read customers\' addresses and orders.',
  rules: [
    {
      id: 'shippo-api-token',
      match: 'keyword',
      kind: 'token',
      severity: 'high',
      confidence: 'high',
      keywords: ['shippo_live_', 'shippo_test_'],
      pattern: bounded('shippo_(?:live|test)_[a-fA-F0-9]{40}'),
      prefix: /^shippo_(?:live|test)_/,
      variants: ['shippo-test-token'],
      classify: (h) => (h.value.startsWith('shippo_test_') ? { rule: 'shippo-test-token', severity: 'info', notCounted: 'test-mode' } : {}),
      examples: {
        positive: [`Authorization: ShippoToken «shippo_live_${fake(HEX, 40, 3160)}»`],
        negative: [`SHIPPO_TOKEN=shippo_test_${fake(HEX, 40, 3161)}`, `shippo_live_${fake(HEX, 39, 3162)}`],
      },
    },
  ],
});
