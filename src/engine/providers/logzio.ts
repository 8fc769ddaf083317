// Logz.io: API tokens are UUIDs sent as X-API-TOKEN; only a UUID named as a token next to the
// word logz counts.

import { UUID } from '../rules/common';
import { defineProvider } from '../rules/define';
import { fakeUuid } from '../rules/sample';

export default defineProvider({
  slug: 'logzio',
  name: 'Logz.io',
  category: 'cloud',
  domains: ['logz.io'],
  keysUrl: 'https://app.logz.io/#/dashboard/settings/manage-tokens/api',
  canDo: 'Search the account\'s logs and change its alerts, dashboards and sub-accounts.',
  rules: [
    {
      id: 'logzio-api-token',
      match: 'shape',
      kind: 'token',
      severity: 'high',
      confidence: 'medium',
      lengths: [36],
      pattern: UUID,
      context: { words: ['logz', 'logzio'], strict: true },
      examples: {
        positive: [`LOGZIO_API_TOKEN=«${fakeUuid(3610)}»`, `curl https://api.logz.io/v2/whoami -H "X-API-TOKEN: «${fakeUuid(3611)}»"`],
        negative: [`logzio account id ${fakeUuid(3612)}`, `API_TOKEN=${fakeUuid(3613)}`],
      },
    },
  ],
});
