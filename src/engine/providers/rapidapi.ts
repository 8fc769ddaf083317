// RapidAPI: application keys are 50 characters sent as X-RapidAPI-Key; no prefix, so the
// provider's name must be near. Keys issued by the hub are lower-case hex with fixed markers
// (10 hex, msh, 15 hex, p1, 5 hex, jsn, 12 hex), as every generated code snippet shows them;
// other mixed-case 50-character keys are accepted as before.

import { looksRandom } from '../filters';
import { defineProvider } from '../rules/define';
import { HEX, URLSAFE, fake } from '../rules/sample';

const HUB_KEY = /^[0-9a-f]{10}msh[0-9a-f]{15}p1[0-9a-f]{5}jsn[0-9a-f]{12}$/;
const hubKey = (seed: number): string => `${fake(HEX, 10, seed)}msh${fake(HEX, 15, seed + 1)}p1${fake(HEX, 5, seed + 2)}jsn${fake(HEX, 12, seed + 3)}`;

export default defineProvider({
  slug: 'rapidapi',
  name: 'RapidAPI',
  category: 'other',
  domains: ['rapidapi.com'],
  keysUrl: 'https://rapidapi.com/developer/apps',
  canDo: 'Call every API the owner subscribes to on their plan, including paid ones billed per request.',
  rules: [
    {
      id: 'rapidapi-access-token',
      match: 'shape',
      kind: 'token',
      severity: 'high',
      confidence: 'medium',
      lengths: [50],
      pattern: /^[A-Za-z0-9_-]{50}$/,
      validate: (v) => looksRandom(v) || HUB_KEY.test(v),
      context: { words: ['rapidapi'] },
      examples: {
        positive: [
          `headers: { 'X-RapidAPI-Key': '«${fake(URLSAFE, 50, 3110)}»', 'X-RapidAPI-Host': 'weatherapi-com.p.rapidapi.com' }`,
          `RAPIDAPI_KEY=«${fake(URLSAFE, 50, 3111)}»`,
          `const options = { method: 'GET', headers: { 'x-rapidapi-key': '«${hubKey(4180)}»', 'x-rapidapi-host': 'api-football-v1.p.rapidapi.com' } };`,
        ],
        negative: [`X-Request-Id: ${fake(URLSAFE, 50, 3112)}`, `rapidapi ${fake(URLSAFE, 49, 3113)}`, `RAPIDAPI_KEY=${fake(HEX, 50, 4184)}`, `X-Request-Id: ${hubKey(4185)}`],
      },
    },
  ],
});
