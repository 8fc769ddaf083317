// Paddle Billing: server-side API keys are pdl_live_apikey_ (or pdl_sdbx_apikey_ for the
// sandbox) followed by the key's id and secret.

import { defineProvider } from '../rules/define';
import { bounded } from '../rules/rule';
import { ALNUM, fake } from '../rules/sample';

const ULID = '0123456789abcdefghjkmnpqrstvwxyz';

export default defineProvider({
  slug: 'paddle',
  name: 'Paddle',
  category: 'payments',
  domains: ['paddle.com'],
  keysUrl: 'https://vendors.paddle.com/authentication-v2',
  canDo: 'Read customers and transactions, issue refunds and credits, and change products, prices and subscriptions.',
  rules: [
    {
      id: 'paddle-api-key',
      match: 'keyword',
      kind: 'secret',
      severity: 'critical',
      confidence: 'high',
      keywords: ['pdl_live_apikey_', 'pdl_sdbx_apikey_'],
      pattern: bounded('pdl_(?:live|sdbx)_apikey_[A-Za-z0-9_]{30,90}'),
      prefix: /^pdl_(?:live|sdbx)_apikey_/,
      variants: ['paddle-sandbox-api-key'],
      classify: (h) => (h.value.startsWith('pdl_sdbx_') ? { rule: 'paddle-sandbox-api-key', notCounted: 'test-mode' } : {}),
      examples: {
        positive: [`PADDLE_API_KEY=«pdl_live_apikey_01${fake(ULID, 24, 3720)}_${fake(ALNUM, 22, 3721)}_${fake(ALNUM, 3, 3722)}»`],
        negative: [`PADDLE_API_KEY=pdl_sdbx_apikey_01${fake(ULID, 24, 3723)}_${fake(ALNUM, 22, 3724)}_${fake(ALNUM, 3, 3725)}`, 'pdl_live_apikey_...'],
      },
    },
  ],
});
