// Bugsnag (SmartBear Insight Hub): personal auth tokens for the data-access API are UUIDs; only
// a UUID named as a token next to the word bugsnag counts. (Notifier API keys ship inside apps.)

import { UUID } from '../rules/common';
import { defineProvider } from '../rules/define';
import { fakeUuid } from '../rules/sample';

export default defineProvider({
  slug: 'bugsnag',
  name: 'Bugsnag',
  category: 'code',
  domains: ['bugsnag.com'],
  keysUrl: 'https://app.bugsnag.com/settings/my-account',
  canDo: 'Read the organization\'s error reports (with user and request data) and change projects as the user.',
  rules: [
    {
      id: 'bugsnag-auth-token',
      match: 'shape',
      kind: 'token',
      severity: 'high',
      confidence: 'medium',
      lengths: [36],
      pattern: UUID,
      context: { words: ['bugsnag'], strict: true },
      examples: {
        positive: [`curl https://api.bugsnag.com/user/organizations -H "Authorization: token «${fakeUuid(3670)}»"`, `BUGSNAG_AUTH_TOKEN=«${fakeUuid(3671)}»`],
        negative: [`bugsnag event id ${fakeUuid(3672)}`, `AUTH_TOKEN=${fakeUuid(3673)}`],
      },
    },
  ],
});
