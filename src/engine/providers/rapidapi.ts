// RapidAPI: application keys are 50 URL-safe characters sent as X-RapidAPI-Key; no prefix, so
// the provider's name must be near.

import { looksRandom } from '../filters';
import { defineProvider } from '../rules/define';
import { URLSAFE, fake } from '../rules/sample';

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
      validate: looksRandom,
      context: { words: ['rapidapi'] },
      examples: {
        positive: [`headers: { 'X-RapidAPI-Key': '«${fake(URLSAFE, 50, 3110)}»', 'X-RapidAPI-Host': 'weatherapi-com.p.rapidapi.com' }`, `RAPIDAPI_KEY=«${fake(URLSAFE, 50, 3111)}»`],
        negative: [`X-Request-Id: ${fake(URLSAFE, 50, 3112)}`, `rapidapi ${fake(URLSAFE, 49, 3113)}`],
      },
    },
  ],
});
