// Payments and commerce. Stripe's publishable keys are public by design; test-mode secret keys
// are reported but not counted (they reach test data only).

import { bounded, type Rule } from './rule';
import { ALNUM, HEX, URLSAFE, fake, fakeUuid } from './sample';

export const PAYMENT_RULES: Rule[] = [
  {
    id: 'stripe-secret-key',
    provider: 'stripe',
    kind: 'secret',
    severity: 'critical',
    confidence: 'high',
    keywords: ['sk_live_', 'rk_live_', 'sk_test_', 'rk_test_'],
    pattern: bounded('[sr]k_(?:live|test)_[A-Za-z0-9]{10,247}'),
    prefix: /^[sr]k_(?:live|test)_/,
    variants: ['stripe-test-key', 'stripe-restricted-key'],
    classify: (h) => {
      // Test-mode keys reach test data only: reported, not counted (see docs/engine.md).
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
    provider: 'stripe',
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
    id: 'stripe-webhook-secret',
    provider: 'stripe',
    kind: 'secret',
    severity: 'high',
    confidence: 'high',
    keywords: ['whsec_'],
    pattern: bounded('whsec_[A-Za-z0-9+/]{32,88}={0,2}'),
    prefix: /^whsec_/,
    examples: { positive: [`«whsec_${fake(ALNUM, 32, 55)}»`], negative: ['whsec_short'] },
  },
  {
    id: 'square-token',
    provider: 'square',
    kind: 'token',
    severity: 'critical',
    confidence: 'high',
    keywords: ['EAAA', 'sq0csp-', 'sq0atp-'],
    pattern: bounded('EAAA[A-Za-z0-9_-]{60}|sq0csp-[A-Za-z0-9_-]{43}|sq0atp-[A-Za-z0-9_-]{22}'),
    prefix: /^(?:EAAA|sq0csp-|sq0atp-)/,
    validate: (v) => !v.startsWith('EAAA') || /[0-9]/.test(v) && /[a-z]/.test(v) && /[A-Z]/.test(v.slice(4)),
    examples: {
      positive: [`SQUARE_ACCESS_TOKEN=«EAAA${fake(URLSAFE, 60, 56)}»`, `«sq0csp-${fake(URLSAFE, 43, 57)}»`],
      negative: [`data:font/woff2;base64,d09GMgABAAAAAEAAA${fake(ALNUM, 60, 56)}`],
    },
  },
  {
    id: 'braintree-access-token',
    provider: 'paypal',
    kind: 'token',
    severity: 'critical',
    confidence: 'high',
    keywords: ['access_token$'],
    pattern: bounded('access_token\\$(?:production|sandbox)\\$[0-9a-z]{16}\\$[0-9a-f]{32}'),
    prefix: /^access_token\$(?:production|sandbox)\$/,
    classify: (h) => (h.value.includes('$sandbox$') ? { severity: 'low' } : {}),
    examples: {
      positive: [`«access_token$production$${fake('0123456789abcdefghijklmnopqrstuvwxyz', 16, 58)}$${fake(HEX, 32, 59)}»`],
      negative: ['access_token$production$short$abc'],
    },
  },
  {
    id: 'shopify-token',
    provider: 'shopify',
    kind: 'token',
    severity: 'high',
    confidence: 'high',
    keywords: ['shpat_', 'shpss_', 'shpca_', 'shppa_'],
    pattern: bounded('shp(?:at|ss|ca|pa)_[a-fA-F0-9]{32}'),
    prefix: /^shp[a-z]{2}_/,
    examples: { positive: [`X-Shopify-Access-Token: «shpat_${fake(HEX, 32, 60)}»`], negative: ['shpat_1234'] },
  },
  {
    id: 'plaid-access-token',
    provider: 'plaid',
    kind: 'token',
    severity: 'high',
    confidence: 'high',
    keywords: ['access-production-', 'access-development-', 'access-sandbox-'],
    pattern: bounded('access-(?:production|development|sandbox)-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}'),
    prefix: /^access-[a-z]+-/,
    classify: (h) => (h.value.startsWith('access-production-') ? {} : { severity: 'low' }),
    examples: { positive: [`«access-production-${fakeUuid(61)}»`], negative: ['access-production-1234'] },
  },
];
