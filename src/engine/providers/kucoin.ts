// KuCoin: a 24-hex key and a UUID secret (plus a passphrase). Both shapes are common ids, so the
// word kucoin and a key-ish name (or the other half) are both needed.

import { UUID } from '../rules/common';
import { defineProvider } from '../rules/define';
import { HEX, fake, fakeUuid } from '../rules/sample';

const key = fake(HEX, 24, 204);

export default defineProvider({
  slug: 'kucoin',
  name: 'KuCoin',
  category: 'exchange',
  domains: ['kucoin.com'],
  keysUrl: 'https://www.kucoin.com/account/api',
  canDo: 'With the passphrase: read the account, trade and possibly withdraw.',
  rules: [
    {
      id: 'kucoin-api-key',
      match: 'shape',
      kind: 'public',
      severity: 'medium',
      confidence: 'medium',
      lengths: [24],
      pattern: /^[0-9a-f]{24}$/,
      context: { words: ['kucoin'], strict: true, pair: true },
      pair: { group: 'kucoin', role: 'public' },
      examples: { positive: [`KUCOIN_API_KEY=«${key}»`], negative: [`kucoin order ${key}`] },
    },
    {
      id: 'kucoin-api-secret',
      match: 'shape',
      kind: 'secret',
      severity: 'critical',
      confidence: 'medium',
      lengths: [36],
      pattern: UUID,
      context: { words: ['kucoin'], strict: true, pair: true },
      pair: { group: 'kucoin', role: 'secret' },
      examples: {
        positive: [`KUCOIN_API_SECRET=«${fakeUuid(210)}»`, `kucoin\n${key}\n«${fakeUuid(211)}»`],
        negative: [`kucoin orderId: ${fakeUuid(212)}`, `kucoin exchange\n# request id for support: ${fakeUuid(212)}`],
      },
    },
  ],
});
