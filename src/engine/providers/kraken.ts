// Kraken: the reason Keywarden exists. Neither half has a prefix, so both are recognised by
// exact shape (decoded size, canonical base64) plus surroundings: the word kraken, a key-ish
// name (API-Key:, "secret":), or the other half nearby. A value after API-Sign is a request
// signature of the same shape and is never a key.

import { base64OfBytes } from '../rules/common';
import { defineProvider } from '../rules/define';
import { fakeBase64 } from '../rules/sample';

const pub = fakeBase64(42, 11);
const priv = fakeBase64(64, 12);
const WORDS = ['kraken'];

export default defineProvider({
  slug: 'kraken',
  name: 'Kraken',
  category: 'exchange',
  domains: ['kraken.com'],
  keysUrl: 'https://www.kraken.com/u/security/api',
  keysPath: 'Settings → Security → API',
  canDo: 'Whoever holds it can see your balances, orders and history, place and cancel trades, and move funds in or out — depending on the key\'s permissions.',
  badge: '#5741d9',
  rules: [
    {
      id: 'kraken-public-key',
      match: 'shape',
      kind: 'public',
      severity: 'medium',
      confidence: 'medium',
      ...base64OfBytes(42),
      context: { words: WORDS, label: true, pair: true, pairAlone: true },
      pair: { group: 'kraken', role: 'public' },
      examples: {
        positive: [
          `KRAKEN_API_KEY=«${pub}»`,
          `Kraken public key: «${pub}»`,
          `API-Key: «${pub}»`,
          `«${pub}»\n${priv}`,
        ],
        negative: [
          pub,
          `checksum: ${pub}`,
          `const img = "${'A'.repeat(20)}${pub}"`,
          `kraken sha224 ${'a3f9c1d2'.repeat(7)}`,
        ],
      },
    },
    {
      id: 'kraken-private-key',
      match: 'shape',
      kind: 'secret',
      severity: 'critical',
      confidence: 'medium',
      ...base64OfBytes(64),
      context: { words: WORDS, label: true, pair: true, pairAlone: true },
      pair: { group: 'kraken', role: 'secret' },
      examples: {
        positive: [
          `KRAKEN_API_SECRET="«${priv}»"`,
          `{"key": "${pub}", "secret": "«${priv}»"}`,
          `kraken://apikey?key=${pub}&secret=«${priv}»`,
          `private key for kraken\n«${priv}»`,
        ],
        negative: [
          priv,
          `API-Sign: ${priv}`,
          `kraken signature=${priv}`,
          `headers: {"API-Key": "x", "API-Sign": "${priv}"}`,
          `kraken hmac ${priv}`,
          `Authent: ${priv}`,
          `kraken sha512 digest ${priv}`,
        ],
      },
    },
  ],
});
