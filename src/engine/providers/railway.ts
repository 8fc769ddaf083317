// Railway: account, team and project tokens are UUIDs; the word railway and a key-ish name are
// needed.

import { UUID } from '../rules/common';
import { defineProvider } from '../rules/define';
import { fakeUuid } from '../rules/sample';

export default defineProvider({
  slug: 'railway',
  name: 'Railway',
  category: 'cloud',
  domains: ['railway.com', 'railway.app'],
  keysUrl: 'https://railway.com/account/tokens',
  canDo: 'Deploy and delete the account\'s or project\'s services and read their variables, which often hold other secrets.',
  rules: [
    {
      id: 'railway-api-token',
      match: 'shape',
      kind: 'token',
      severity: 'critical',
      confidence: 'medium',
      lengths: [36],
      pattern: UUID,
      context: { words: ['railway'], strict: true },
      examples: {
        positive: [`RAILWAY_TOKEN=«${fakeUuid(2910)}»`, `curl https://backboard.railway.app/graphql/v2 -H "Authorization: Bearer «${fakeUuid(2911)}»"`],
        negative: [`railway service id ${fakeUuid(2912)}`, `RAILWAY_PROJECT_ID=${fakeUuid(2913)}`],
      },
    },
  ],
});
