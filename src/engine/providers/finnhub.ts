// Finnhub: API keys are 20 lower-case letters and digits with no prefix; the word finnhub and a
// key-ish name are needed.

import { defineProvider } from '../rules/define';
import { fake } from '../rules/sample';

const LOWER = 'abcdefghijklmnopqrstuvwxyz0123456789';

export default defineProvider({
  slug: 'finnhub',
  name: 'Finnhub',
  category: 'other',
  domains: ['finnhub.io'],
  keysUrl: 'https://finnhub.io/dashboard',
  canDo: 'Use the account\'s market-data plan and quota.',
  rules: [
    {
      id: 'finnhub-api-key',
      match: 'shape',
      kind: 'token',
      severity: 'medium',
      confidence: 'medium',
      lengths: [20],
      pattern: /^[a-z0-9]{20}$/,
      validate: (v) => /[0-9]/.test(v) && /[a-z]/.test(v),
      context: { words: ['finnhub'], strict: true },
      examples: {
        positive: [`FINNHUB_API_KEY=«${fake(LOWER, 20, 2360)}»`, `finnhub_client = finnhub.Client(api_key="«${fake(LOWER, 20, 2361)}»")`],
        negative: [`finnhub symbol ${fake(LOWER, 20, 2362)}`, `FINNHUB_API_KEY=${fake(LOWER, 16, 2363)}`],
      },
    },
  ],
});
