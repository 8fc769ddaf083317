// PayPal / Braintree: Braintree access tokens name their environment; sandbox tokens reach test
// data only.

import { defineProvider } from '../rules/define';
import { bounded } from '../rules/rule';
import { HEX, fake } from '../rules/sample';

export default defineProvider({
  slug: 'paypal',
  name: 'PayPal / Braintree',
  category: 'payments',
  domains: ['paypal.com', 'braintreegateway.com'],
  keysUrl: 'https://developer.paypal.com/dashboard/',
  canDo: 'Create transactions and read payment data of the merchant account.',
  rules: [
    {
      id: 'braintree-access-token',
      match: 'keyword',
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
  ],
});
