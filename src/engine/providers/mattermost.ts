// Mattermost: personal access tokens are 26 lower-case base32 characters, the same shape as every
// Mattermost id (users, channels, posts), so only a value named as a token next to the word
// mattermost counts.

import { defineProvider } from '../rules/define';
import { fake } from '../rules/sample';

const ID = 'abcdefghijklmnopqrstuvwxyz0123456789';

export default defineProvider({
  slug: 'mattermost',
  name: 'Mattermost',
  category: 'messaging',
  domains: ['mattermost.com'],
  noKeysUrl: 'Each Mattermost server issues its own tokens: Profile → Security → Personal Access Tokens on that server.',
  canDo: 'Act as the user on the Mattermost server: read private channels and messages and post as them.',
  rules: [
    {
      id: 'mattermost-access-token',
      match: 'shape',
      kind: 'token',
      severity: 'high',
      confidence: 'medium',
      lengths: [26],
      pattern: /^[a-z0-9]{26}$/,
      validate: (v) => /[0-9]/.test(v) && /[a-z]/.test(v),
      context: { words: ['mattermost'], strict: true },
      examples: {
        positive: [`MATTERMOST_TOKEN=«${fake(ID, 26, 3000)}»`, `mattermost:\n  access_token: "«${fake(ID, 26, 3001)}»"`],
        negative: [`mattermost channel_id: ${fake(ID, 26, 3002)}`, `MATTERMOST_TOKEN=${fake(ID, 25, 3003)}`, `access_token=${fake(ID, 26, 3004)}`],
      },
    },
  ],
});
