// Paystack: secret keys are sk_live_ / sk_test_ and 40 hex characters; pk_ keys are public.
// The sk_live_ literal is Stripe's too, but a Stripe body is never 40 lower-case hex.

import { defineProvider } from '../rules/define';
import { bounded } from '../rules/rule';
import { HEX, fake } from '../rules/sample';

export default defineProvider({
  slug: 'paystack',
  name: 'Paystack',
  category: 'payments',
  domains: ['paystack.com', 'paystack.co'],
  keysUrl: 'https://dashboard.paystack.com/#/settings/developers',
  canDo: 'Secret keys: read transactions and customers, issue refunds and send transfers from the balance. pk_ keys are public.',
  rules: [
    {
      id: 'paystack-secret-key',
      match: 'keyword',
      kind: 'secret',
      severity: 'critical',
      confidence: 'high',
      keywords: ['sk_live_', 'sk_test_', 'pk_live_', 'pk_test_'],
      pattern: bounded('[sp]k_(?:live|test)_[a-f0-9]{40}'),
      prefix: /^[sp]k_(?:live|test)_/,
      variants: ['paystack-test-key', 'paystack-public-key'],
      classify: (h) => {
        if (h.value.startsWith('pk_')) return { rule: 'paystack-public-key', kind: 'public', notCounted: 'public-by-design' };
        return h.value.startsWith('sk_test_') ? { rule: 'paystack-test-key', notCounted: 'test-mode' } : {};
      },
      examples: {
        positive: [`PAYSTACK_SECRET_KEY=«sk_live_${fake(HEX, 40, 3700)}»`, `curl https://api.paystack.co/transaction -H "Authorization: Bearer «sk_live_${fake(HEX, 40, 3701)}»"`],
        negative: [`PAYSTACK_SECRET_KEY=sk_test_${fake(HEX, 40, 3702)}`, `PaystackPop.setup({ key: 'pk_live_${fake(HEX, 40, 3703)}' })`, 'sk_live_xxxxxxxxxx'],
      },
    },
  ],
});
