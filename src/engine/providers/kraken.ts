// Kraken: the reason Keywarden exists. Neither half has a prefix, so both are recognised by
// exact shape (decoded size, canonical base64) plus Kraken's own evidence: the word kraken (or
// kraken.com, or its API-Sign header nearby), a value in Kraken's API-Key header, or the other
// half nearby (a 42-byte and a 64-byte value together are Kraken's pair). A key-ish name alone
// ("secret":) says nothing about the provider: generic.ts reports that as a 64-byte secret,
// provider unknown. A value after API-Sign is a request signature of the same shape, never a key.

import { base64OfBytes } from '../rules/common';
import { defineProvider } from '../rules/define';
import { base64Ascii, fakeBase64 } from '../rules/sample';

const pub = fakeBase64(42, 11);
const priv = fakeBase64(64, 12);
// Bytes counted out by hand (first, first + step, …), the stand-in of test inputs: not a key.
const counted = (n: number, first: number, step: number): string =>
  base64Ascii(String.fromCharCode(...Array.from({ length: n }, (_, i) => (first + step * i) & 255)));
const WORDS = ['kraken', 'api-sign'];
// Kraken's REST header for the public key; a private key put there by mistake is still Kraken's.
const NAMES = ['api-key'];

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
      context: { words: WORDS, names: NAMES, pair: true, pairAlone: true },
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
          `KRAKEN_API_KEY=${counted(42, 250, -1)}`,
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
      context: { words: WORDS, names: NAMES, pair: true, pairAlone: true },
      pair: { group: 'kraken', role: 'secret' },
      examples: {
        positive: [
          `KRAKEN_API_SECRET="«${priv}»"`,
          `{"key": "${pub}", "secret": "«${priv}»"}`,
          `secret = "«${priv}»"\nheaders = {"API-Key": key, "API-Sign": sign(path, nonce, secret)}`,
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
          `KRAKEN_API_SECRET="${counted(64, 7, 3)}"`,
        ],
      },
    },
  ],
});
