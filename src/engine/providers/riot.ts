// Riot Games: developer portal API keys are RGAPI- and a UUID; a development key is renewed
// every 24 hours, a registered product's key does not expire.

import { defineProvider } from '../rules/define';
import { bounded } from '../rules/rule';
import { fakeUuid } from '../rules/sample';

export default defineProvider({
  slug: 'riot',
  name: 'Riot Games',
  category: 'other',
  domains: ['riotgames.com'],
  keysUrl: 'https://developer.riotgames.com/',
  canDo: 'Call the Riot Games API as the registered product, using up its rate limits; abuse can get the product\'s key revoked.',
  rules: [
    {
      id: 'riot-api-key',
      match: 'keyword',
      kind: 'token',
      severity: 'medium',
      confidence: 'high',
      keywords: ['RGAPI-'],
      pattern: bounded('RGAPI-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}'),
      prefix: /^RGAPI-/,
      examples: {
        positive: [`RIOT_API_KEY=«RGAPI-${fakeUuid(7350)}»`, `curl -H "X-Riot-Token: «RGAPI-${fakeUuid(7351)}»" https://euw1.api.riotgames.com/lol/status/v4/platform-data`],
        negative: ['RGAPI-xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx', `RGAPI-${fakeUuid(7352).slice(0, 30)}`],
      },
    },
  ],
});
