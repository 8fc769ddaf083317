// Freemius (WordPress plugin sales): the SDK's PHP config holds 'secret_key' => 'sk_' and 29
// characters. Only that structure is looked for: bare sk_ values belong to other services.

import { defineProvider } from '../rules/define';
import { fake } from '../rules/sample';

const CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!#$%&()*+,-./:;<>?@[]^_{|}~';

export default defineProvider({
  slug: 'freemius',
  name: 'Freemius',
  category: 'payments',
  domains: ['freemius.com', 'dashboard.freemius.com'],
  keysUrl: 'https://dashboard.freemius.com/',
  canDo: 'Act as the product\'s developer: read licences, customers and sales, and change plans, pricing and releases.',
  rules: [
    {
      id: 'freemius-secret-key',
      match: 'keyword',
      kind: 'secret',
      severity: 'high',
      confidence: 'high',
      keywords: ['secret_key\'', 'secret_key"'],
      // Stripe's sk_live_/sk_test_ keys are left to Stripe.
      pattern: /["']secret_key["'][ \t]{0,8}=>[ \t]{0,8}["'](sk_(?!live_|test_)[^\s"']{29})["']/g,
      prefix: /^sk_/,
      examples: {
        positive: [`fs_dynamic_init( array(\n  'id' => '1234',\n  'public_key' => 'pk_${fake('0123456789abcdef', 29, 2440)}',\n  'secret_key' => '«sk_${fake(CHARS.replace(/[{}]/g, ''), 29, 2441)}»',\n) );`],
        negative: [`'secret_key' => 'sk_test_${fake('0123456789abcdef', 24, 2442)}'`, `'secret_key' => 'sk_${fake('0123456789abcdef', 12, 2443)}'`],
      },
    },
  ],
});
