// Airtable: personal access tokens are pat, a 14-character id, a dot and 64 hex. (The older
// 17-character API keys stopped working in February 2024.)

import { defineProvider } from '../rules/define';
import { ALNUM, HEX, fake } from '../rules/sample';

const pat = (seed: number): string => `pat${fake(ALNUM, 14, seed)}.${fake(HEX, 64, seed + 1)}`;

export default defineProvider({
  slug: 'airtable',
  name: 'Airtable',
  category: 'other',
  domains: ['airtable.com'],
  keysUrl: 'https://airtable.com/create/tokens',
  canDo: 'Read and change the records of the bases the token was granted, within its scopes.',
  rules: [
    {
      id: 'airtable-personal-access-token',
      match: 'run',
      kind: 'token',
      severity: 'high',
      confidence: 'high',
      // The 64-hex secret after "pat<14>.": the literal is too short to look for on its own.
      run: { min: 64, max: 64, test: (t, s) => t[s - 1] === '.' && s >= 18 && t.startsWith('pat', s - 18) },
      pattern: /(?<![A-Za-z0-9_+/-])(pat[A-Za-z0-9]{14}\.[a-f0-9]{64})(?![A-Za-z0-9_+/=-])/g,
      prefix: /^pat[A-Za-z0-9]{14}\./,
      examples: {
        positive: [`AIRTABLE_TOKEN=«${pat(2050)}»`, `curl https://api.airtable.com/v0/meta/bases -H "Authorization: Bearer «${pat(2052)}»"`],
        negative: [`pat${fake(ALNUM, 14, 2054)}.${fake(HEX, 64, 2055).toUpperCase()}`, `pat${fake(ALNUM, 14, 2056)}.${fake(HEX, 40, 2057)}`],
      },
    },
  ],
});
