// Twitch: client secrets and OAuth tokens are 30 lower-case alphanumerics with no prefix; only a
// value named as a secret or token next to the word twitch counts. Stream keys (broadcast
// software's "Stream Key") are live_, the channel's numeric user id, _ and 30 letters and digits.

import { defineProvider } from '../rules/define';
import { bounded } from '../rules/rule';
import { ALNUM, DIGITS, fake } from '../rules/sample';

const LOWER = 'abcdefghijklmnopqrstuvwxyz0123456789';

export default defineProvider({
  slug: 'twitch',
  name: 'Twitch',
  category: 'other',
  domains: ['twitch.tv'],
  keysUrl: 'https://dev.twitch.tv/console/apps',
  canDo: 'Act as the application or the user on Twitch: read account data, change stream settings, chat as them within the token\'s scopes; a stream key broadcasts on the channel.',
  rules: [
    {
      id: 'twitch-stream-key',
      match: 'keyword',
      kind: 'token',
      severity: 'high',
      confidence: 'high',
      keywords: ['live_'],
      pattern: bounded('live_[0-9]{6,12}_[A-Za-z0-9]{30}'),
      prefix: /^live_[0-9]+_/,
      examples: {
        positive: [`STREAM_KEY=«live_${fake(DIGITS, 9, 7309)}_${fake(ALNUM, 30, 7310)}»`, `obs --stream-key «live_${fake(DIGITS, 10, 7311)}_${fake(ALNUM, 30, 7312)}»`],
        negative: [`live_${fake(DIGITS, 9, 7313)}_${fake(ALNUM, 25, 7314)}`, `live_${fake(ALNUM, 32, 7315)}`],
      },
    },
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
