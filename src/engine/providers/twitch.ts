// Twitch: client secrets and OAuth tokens are 30 lower-case alphanumerics with no prefix; only a
// value named as a secret or token next to the word twitch counts.

import { defineProvider } from '../rules/define';
import { fake } from '../rules/sample';

const LOWER = 'abcdefghijklmnopqrstuvwxyz0123456789';

export default defineProvider({
  slug: 'twitch',
  name: 'Twitch',
  category: 'other',
  domains: ['twitch.tv'],
  keysUrl: 'https://dev.twitch.tv/console/apps',
  canDo: 'Act as the application or the user on Twitch: read account data, change stream settings, chat as them within the token\'s scopes.',
  rules: [
    {
      id: 'twitch-api-token',
      match: 'shape',
      kind: 'token',
      severity: 'high',
      confidence: 'medium',
      lengths: [30],
      pattern: /^[a-z0-9]{30}$/,
      validate: (v) => /[0-9]/.test(v) && /[a-z]/.test(v),
      context: { words: ['twitch'], strict: true },
      examples: {
        positive: [`TWITCH_CLIENT_SECRET=«${fake(LOWER, 30, 3230)}»`, `twitch:\n  oauth_token: "«${fake(LOWER, 30, 3231)}»"`],
        negative: [`twitch client_id ${fake(LOWER, 30, 3232)}`, `CLIENT_SECRET=${fake(LOWER, 30, 3233)}`],
      },
    },
  ],
});
