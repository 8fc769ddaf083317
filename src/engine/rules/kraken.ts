// Kraken: the reason Keywarden exists. Neither half has a prefix, so both are recognised by
// exact shape (decoded size, canonical base64) plus surroundings: the word kraken, a key-ish
// name (API-Key:, "secret":), or the other half nearby. A value after API-Sign is a request
// signature of the same shape and is never a key.

import { isBase64OfSize } from '../base64';
import { looksRandom } from '../filters';
import type { Rule } from './rule';
import { fakeBase64 } from './sample';

const pub = fakeBase64(42, 11);
const priv = fakeBase64(64, 12);
const WORDS = ['kraken'];

export const KRAKEN_RULES: Rule[] = [
  {
    id: 'kraken-public-key',
    provider: 'kraken',
    kind: 'public',
    severity: 'medium',
    confidence: 'medium',
    pattern: /^[A-Za-z0-9+/]{56}$/,
    shapeLengths: [56],
    validate: (v) => isBase64OfSize(v, 42) && looksRandom(v),
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
    provider: 'kraken',
    kind: 'secret',
    severity: 'critical',
    confidence: 'medium',
    pattern: /^[A-Za-z0-9+/]{86}==$/,
    shapeLengths: [88],
    validate: (v) => isBase64OfSize(v, 64) && looksRandom(v),
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
];
