// Mollie: API keys are live_ or test_ and 30 alphanumerics. test_ is common in code, so a test
// key only counts near the word mollie (and then as test mode).

import { looksRandom } from '../filters';
import { defineProvider } from '../rules/define';
import { bounded } from '../rules/rule';
import { ALNUM, fake } from '../rules/sample';

export default defineProvider({
  slug: 'mollie',
  name: 'Mollie',
  category: 'payments',
  domains: ['mollie.com'],
  keysUrl: 'https://my.mollie.com/dashboard/developers/api-keys',
  canDo: 'Create payments and refunds and read the account\'s payments, customers and settlements.',
  rules: [
    {
      id: 'mollie-api-key',
      match: 'keyword',
      kind: 'secret',
      severity: 'critical',
      confidence: 'high',
      keywords: ['live_', 'test_'],
      pattern: bounded('(?:live|test)_[A-Za-z0-9]{30}'),
      prefix: /^(?:live|test)_/,
      validate: (v) => looksRandom(v.slice(5)),
      variants: ['mollie-test-key'],
      classify: (h) => {
        if (!h.value.startsWith('test_')) return {};
        return h.near(['mollie']) ? { rule: 'mollie-test-key', notCounted: 'test-mode' } : null;
      },
      examples: {
        positive: [`MOLLIE_API_KEY=«live_${fake(ALNUM, 30, 3710)}»`, `$mollie->setApiKey("«live_${fake(ALNUM, 30, 3711)}»");`],
        negative: [`$mollie->setApiKey("test_${fake(ALNUM, 30, 3712)}");`, 'def test_parsesTheConfigurationFileCorrectly():', `live_${fake(ALNUM, 29, 3713)}`],
      },
    },
  ],
});
