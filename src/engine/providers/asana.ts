// Asana: personal access tokens are a version digit, '/', the numeric user id (and in the
// newer form the token id), ':' and 32 characters; app client secrets are 32 characters with
// no prefix and need the word asana. The first personal access tokens were 0/ and 32 hex
// (Asana's personal access token docs, example section), beside the word asana.

import { defineProvider } from '../rules/define';
import { ALNUM, DIGITS, HEX, fake } from '../rules/sample';

const pat = (seed: number, tokenId = false): string =>
  `2/1${fake(DIGITS, 15, seed)}${tokenId ? `/1${fake(DIGITS, 15, seed + 2)}` : ''}:${fake(HEX, 32, seed + 1)}`;

export default defineProvider({
  slug: 'asana',
  name: 'Asana',
  category: 'other',
  domains: ['asana.com', 'app.asana.com'],
  keysUrl: 'https://app.asana.com/0/my-apps',
  canDo: 'Read and change the user\'s tasks, projects and comments in every workspace they belong to.',
  rules: [
    {
      id: 'asana-personal-access-token',
      match: 'run',
      kind: 'token',
      severity: 'high',
      confidence: 'high',
      run: { min: 32, max: 32, test: (t, s) => t[s - 1] === ':' && /\/[0-9]{13,20}$/.test(t.slice(Math.max(0, s - 22), s - 1)) },
      pattern: /(?<![A-Za-z0-9_+/-])([0-9]{1,2}\/[0-9]{13,20}(?:\/[0-9]{13,20})?:[A-Za-z0-9]{32})(?![A-Za-z0-9_+/=-])/g,
      prefix: /^[0-9]{1,2}\/[0-9/]+:/,
      context: { words: ['asana'], label: true },
      examples: {
        positive: [`ASANA_ACCESS_TOKEN=«${pat(2060)}»`, `curl https://app.asana.com/api/1.0/users/me -H "Authorization: Bearer «${pat(2062, true)}»"`],
        negative: [`ratio 2/${fake(DIGITS, 16, 2064)}:${fake(HEX, 32, 2065)}`, `ASANA_TOKEN=2/${fake(DIGITS, 16, 2066)}:${fake(HEX, 20, 2067)}`],
      },
    },
    {
      id: 'asana-client-secret',
      match: 'shape',
      kind: 'secret',
      severity: 'high',
      confidence: 'medium',
      lengths: [32],
      pattern: /^[a-z0-9]{32}$/,
      context: { words: ['asana'], strict: true },
      examples: {
        positive: [`ASANA_CLIENT_SECRET=«${fake('abcdefghijklmnopqrstuvwxyz0123456789', 32, 2068)}»`],
        negative: [`asana task ${fake(HEX, 32, 2069)}`, `ASANA_CLIENT_SECRET=${fake(ALNUM, 31, 2070)}`],
      },
    },
    {
      id: 'asana-legacy-personal-access-token',
      match: 'shape',
      kind: 'token',
      severity: 'high',
      confidence: 'medium',
      lengths: [34],
      pattern: /^0\/[0-9a-f]{32}$/,
      validate: (v) => /[0-9]/.test(v.slice(2)) && /[a-f]/.test(v.slice(2)),
      context: { words: ['asana'] },
      examples: {
        positive: [`ASANA_TOKEN=«0/${fake(HEX, 32, 9172)}»`, `client = asana.Client.access_token('«0/${fake(HEX, 32, 9173)}»')`],
        negative: [`0/${fake(HEX, 32, 9174)}`, `asana ratio 0/${fake(DIGITS, 32, 9175)}`],
      },
    },
  ],
});
