// Poloniex: API keys are four dash-separated groups of 8 upper-case letters and digits, reported
// next to the word poloniex or the secret; legacy secrets are 128 hex characters (a SHA-512
// shape), so the secret needs the word poloniex and a key-ish name, or the key nearby.

import { defineProvider } from '../rules/define';
import { HEX, fake } from '../rules/sample';

const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
const group = (seed: number): string => `${fake(UPPER, 8, seed)}-${fake(UPPER, 8, seed + 1)}-${fake(UPPER, 8, seed + 2)}-${fake(UPPER, 8, seed + 3)}`;
const key = group(3370);

export default defineProvider({
  slug: 'poloniex',
  name: 'Poloniex',
  category: 'exchange',
  domains: ['poloniex.com'],
  keysUrl: 'https://poloniex.com/apikeys',
  canDo: 'Depending on the key\'s permissions: read balances, trade, and withdraw.',
  rules: [
    {
      id: 'poloniex-api-key',
      match: 'shape',
      kind: 'public',
      severity: 'medium',
      confidence: 'medium',
      lengths: [35],
      pattern: /^[0-9A-Z]{8}-[0-9A-Z]{8}-[0-9A-Z]{8}-[0-9A-Z]{8}$/,
      validate: (v) => /[0-9]/.test(v) && /[A-Z]/.test(v),
      // Not a key-ish name alone: software licence keys share the grouping.
      context: { words: ['poloniex'], pair: true },
      pair: { group: 'poloniex', role: 'public' },
      examples: {
        positive: [`POLONIEX_API_KEY=«${key}»`, `Poloniex key: «${group(3374)}»`],
        negative: [key, `license_key: ${group(3378)}`],
      },
    },
    {
      id: 'poloniex-secret',
      match: 'shape',
      kind: 'secret',
      severity: 'critical',
      confidence: 'medium',
      lengths: [128],
      pattern: /^[a-f0-9]{128}$/,
      context: { words: ['poloniex'], strict: true, pair: true },
      pair: { group: 'poloniex', role: 'secret' },
      examples: {
        positive: [`POLONIEX_API_KEY=${key}\nPOLONIEX_SECRET=«${fake(HEX, 128, 3382)}»`],
        negative: [`poloniex sha512 ${fake(HEX, 128, 3383)}`, `SECRET=${fake(HEX, 128, 3384)}`],
      },
    },
  ],
});
