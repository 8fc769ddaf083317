// Stripe: secret and restricted keys move money; publishable keys are public by design; test-mode
// keys reach test data only and are reported but not counted (see docs/engine.md).
// A PaymentIntent's or SetupIntent's client_secret (pi_…_secret_…, seti_…_secret_…) is handed to
// the customer's browser to confirm that one payment with the publishable key (Stripe's API
// reference: "used for client-side retrieval using a publishable key"): reported as public by
// design, so a checkout page that carries one does not raise an alert.

import { defineProvider } from '../rules/define';
import { bounded } from '../rules/rule';
import { ALNUM, fake } from '../rules/sample';

export default defineProvider({
  slug: 'stripe',
  name: 'Stripe',
  category: 'payments',
  domains: ['stripe.com'],
  keysUrl: 'https://dashboard.stripe.com/apikeys',
  canDo: 'Live secret keys: charge, refund and pay out, and read customer data. Test keys reach test data only.',
  badge: '#5146d9',
  rules: [
    {
      id: 'stripe-secret-key',
      match: 'keyword',
      kind: 'secret',
      severity: 'critical',
      confidence: 'high',
      keywords: ['sk_live_', 'rk_live_', 'sk_test_', 'rk_test_'],
      pattern: bounded('[sr]k_(?:live|test)_[A-Za-z0-9]{10,247}'),
      prefix: /^[sr]k_(?:live|test)_/,
      variants: ['stripe-test-key', 'stripe-restricted-key'],
      classify: (h) => {
        if (h.value.includes('_test_')) return { rule: 'stripe-test-key', notCounted: 'test-mode' };
        return h.value.startsWith('rk_') ? { rule: 'stripe-restricted-key', severity: 'high' } : {};
      },
      examples: {
        positive: [`STRIPE_SECRET_KEY=«sk_live_${fake(ALNUM, 99, 51)}»`, `curl https://api.stripe.com/v1/charges -u «rk_live_${fake(ALNUM, 24, 52)}»:`],
        negative: ['sk_live_xxxxxxxxxxxxxxxxxxxxxxxx', 'sk_test_4eC39HqLyjWDarjtT1zdp7dc', `sk_test_${fake(ALNUM, 24, 53)}`],
      },
    },
    {
      id: 'stripe-publishable-key',
      match: 'keyword',
      kind: 'public',
      severity: 'info',
      confidence: 'high',
      keywords: ['pk_live_', 'pk_test_'],
      pattern: bounded('pk_(?:live|test)_[A-Za-z0-9]{10,247}'),
      prefix: /^pk_(?:live|test)_/,
      classify: () => ({ notCounted: 'public-by-design' }),
      examples: { positive: [`Stripe("«pk_live_${fake(ALNUM, 24, 54)}»")`], negative: [`pk_live_${fake(ALNUM, 24, 54)}`] },
    },
    {
      id: 'stripe-client-secret',
      match: 'keyword',
      kind: 'public',
      severity: 'info',
      confidence: 'high',
      keywords: ['pi_', 'seti_'],
      pattern: bounded('(?:pi|seti)_[A-Za-z0-9]{14,40}_secret_[A-Za-z0-9]{16,40}'),
      prefix: /^(?:pi|seti)_/,
      classify: () => ({ notCounted: 'public-by-design' }),
      examples: {
        positive: [
          `stripe.confirmCardPayment("«pi_${fake(ALNUM, 24, 9710)}_secret_${fake(ALNUM, 25, 9711)}»", { payment_method: { card } })`,
          `{"id": "seti_${fake(ALNUM, 24, 9712)}", "client_secret": "«seti_${fake(ALNUM, 24, 9712)}_secret_${fake(ALNUM, 32, 9713)}»"}`,
        ],
        negative: [`{"id": "pi_${fake(ALNUM, 24, 9714)}", "object": "payment_intent"}`, `pi_${fake(ALNUM, 24, 9715)}_secret_`],
      },
    },
    {
      id: 'stripe-webhook-secret',
      match: 'keyword',
      kind: 'secret',
      severity: 'high',
      confidence: 'high',
      keywords: ['whsec_'],
      pattern: bounded('whsec_[A-Za-z0-9+/]{32,88}={0,2}'),
      prefix: /^whsec_/,
      examples: { positive: [`«whsec_${fake(ALNUM, 32, 55)}»`], negative: ['whsec_short'] },
    },
  ],
});
