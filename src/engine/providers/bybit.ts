// Bybit: system-generated HMAC keys are an 18-character API key and a 36-character secret, both
// alphanumeric with no prefix (the signing examples in Bybit's API docs have these shapes). Each
// needs the word bybit (or Bybit's X-BAPI- headers) and a key-ish name, or the other half.

import { looksRandom } from '../filters';
import { mixedCase } from '../rules/common';
import { defineProvider } from '../rules/define';
import { ALNUM, fake } from '../rules/sample';

const WORDS = ['bybit', 'bytick', 'bapi'];
const key = fake(ALNUM, 18, 3300);
const secret = fake(ALNUM, 36, 3301);

export default defineProvider({
  slug: 'bybit',
  name: 'Bybit',
  category: 'exchange',
  domains: ['bybit.com', 'bybit.eu', 'bytick.com'],
  keysUrl: 'https://www.bybit.com/app/user/api-management',
  canDo: 'Depending on the key\'s permissions: read balances and orders, trade spot and derivatives, and transfer or withdraw funds.',
  rules: [
    {
      id: 'bybit-api-key',
      match: 'shape',
      kind: 'public',
      severity: 'medium',
      confidence: 'medium',
      lengths: [18],
      pattern: /^[A-Za-z0-9]{18}$/,
      validate: mixedCase,
      context: { words: WORDS, strict: true, pair: true },
      pair: { group: 'bybit', role: 'public' },
      examples: {
        positive: [`BYBIT_API_KEY=«${key}»\nBYBIT_API_SECRET=${secret}`, `curl -H "X-BAPI-API-KEY: «${fake(ALNUM, 18, 3302)}»" -H "X-BAPI-TIMESTAMP: 1700000000000" https://api.bybit.com/v5/account/wallet-balance`],
        negative: [`bybit order id ${key}`, `API_KEY=${key}`, 'bybit api_key=B2Rou0PLPpGqcU0Vu2'],
      },
    },
    {
      id: 'bybit-api-secret',
      match: 'shape',
      kind: 'secret',
      severity: 'critical',
      confidence: 'medium',
      lengths: [36],
      pattern: /^[A-Za-z0-9]{36}$/,
      validate: looksRandom,
      context: { words: WORDS, strict: true, pair: true },
      pair: { group: 'bybit', role: 'secret' },
      examples: {
        positive: [
          `BYBIT_API_KEY=${key}\nBYBIT_API_SECRET=«${secret}»`,
          `session = HTTP(testnet=False, api_key="${key}", api_secret="«${fake(ALNUM, 36, 3303)}»")  # bybit`,
        ],
        negative: [`bybit trade ${secret}`, `API_SECRET=${fake(ALNUM, 36, 3304)}`, "bybit secret = 't7T0YlFnYXk0Fx3JswQsDrViLg1Gh3DUU5Mr'"],
      },
    },
  ],
});
