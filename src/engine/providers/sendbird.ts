// Sendbird: API tokens (master and secondary) are 40 hex characters, the shape of a git commit,
// so the provider's name and a key-ish name must both be there.

import { defineProvider } from '../rules/define';
import { HEX, fake } from '../rules/sample';

export default defineProvider({
  slug: 'sendbird',
  name: 'Sendbird',
  category: 'messaging',
  domains: ['sendbird.com'],
  keysUrl: 'https://dashboard.sendbird.com/',
  canDo: 'Use the application\'s Platform API: read every user\'s messages, impersonate users and delete channels.',
  rules: [
    {
      id: 'sendbird-access-token',
      match: 'shape',
      kind: 'token',
      severity: 'critical',
      confidence: 'medium',
      lengths: [40],
      pattern: /^[a-f0-9]{40}$/,
      context: { words: ['sendbird'], strict: true },
      examples: {
        positive: [`SENDBIRD_API_TOKEN=«${fake(HEX, 40, 3140)}»`, `curl https://api-APP_ID.sendbird.com/v3/users -H "Api-Token: «${fake(HEX, 40, 3141)}»"`],
        negative: [`sendbird commit ${fake(HEX, 40, 3142)}`, `API_TOKEN=${fake(HEX, 40, 3143)}`],
      },
    },
  ],
});
