// Opsgenie: API keys are UUIDs sent as "GenieKey <key>"; only a UUID named as a key next to
// Opsgenie's name counts.

import { UUID } from '../rules/common';
import { defineProvider } from '../rules/define';
import { fakeUuid } from '../rules/sample';

export default defineProvider({
  slug: 'opsgenie',
  name: 'Opsgenie',
  category: 'cloud',
  domains: ['opsgenie.com', 'atlassian.com'],
  keysUrl: 'https://app.opsgenie.com/settings/api-key-management',
  canDo: 'Create, close and read alerts and change on-call schedules and teams, within the key\'s rights.',
  rules: [
    {
      id: 'opsgenie-api-key',
      match: 'shape',
      kind: 'token',
      severity: 'high',
      confidence: 'medium',
      lengths: [36],
      pattern: UUID,
      context: { words: ['opsgenie', 'geniekey'], strict: true },
      examples: {
        positive: [`curl https://api.opsgenie.com/v2/alerts -H "Authorization: GenieKey «${fakeUuid(3650)}»"`, `OPSGENIE_API_KEY=«${fakeUuid(3651)}»`],
        negative: [`opsgenie alert id ${fakeUuid(3652)}`, `API_KEY=${fakeUuid(3653)}`],
      },
    },
  ],
});
