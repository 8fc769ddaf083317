// Etsy: API keystrings are 24 lower-case letters and digits with no prefix; the word etsy and a
// key-ish name are needed.

import { defineProvider } from '../rules/define';
import { fake } from '../rules/sample';

const LOWER = 'abcdefghijklmnopqrstuvwxyz0123456789';

export default defineProvider({
  slug: 'etsy',
  name: 'Etsy',
  category: 'other',
  domains: ['etsy.com'],
  keysUrl: 'https://www.etsy.com/developers/your-apps',
  canDo: 'Call the Etsy API as the app: read public listings and shops, and with a user\'s grant, their orders.',
  rules: [
    {
      id: 'etsy-api-key',
      match: 'shape',
      kind: 'token',
      severity: 'medium',
      confidence: 'medium',
      lengths: [24],
      pattern: /^[a-z0-9]{24}$/,
      validate: (v) => /[0-9]/.test(v) && /[a-z]/.test(v),
      context: { words: ['etsy'], strict: true },
      examples: {
        positive: [`ETSY_API_KEY=«${fake(LOWER, 24, 2310)}»`, `curl -H "x-api-key: «${fake(LOWER, 24, 2311)}»" https://openapi.etsy.com/v3/application/openapi-ping`],
        negative: [`etsy listing ${fake(LOWER, 24, 2312)}`, `ETSY_API_KEY=${fake(LOWER, 20, 2313)}`],
      },
    },
  ],
});
