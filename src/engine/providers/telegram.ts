// Telegram: bot tokens are the bot id, a colon and 35 characters starting AA. That marker with
// a random body is evidence enough; a body that does not look random still needs the provider
// named nearby or a key-ish name. The id may follow 'bot' directly (api.telegram.org/bot<token>).

import { looksRandom } from '../filters';
import { defineProvider } from '../rules/define';
import { DIGITS, URLSAFE, fake } from '../rules/sample';

export default defineProvider({
  slug: 'telegram',
  name: 'Telegram',
  category: 'messaging',
  domains: ['telegram.org', 't.me'],
  keysUrl: 'https://t.me/BotFather',
  canDo: 'Control the bot: read messages sent to it and message its users.',
  rules: [
    {
      id: 'telegram-bot-token',
      match: 'run',
      kind: 'token',
      severity: 'high',
      confidence: 'medium',
      run: { min: 35, max: Infinity, test: (t, s) => t[s - 1] === ':' && t.startsWith('AA', s) },
      pattern: /(?:(?<=bot)|(?<![A-Za-z0-9_+/-]))([0-9]{8,10}:AA[A-Za-z0-9_-]{33})(?![A-Za-z0-9_-])/g,
      prefix: /^[0-9]+:AA/,
      context: { words: ['telegram', 'bot', 'tg'], label: true, selfEvident: (v) => looksRandom(v.slice(v.indexOf(':') + 3).replace(/[_-]/g, '')) },
      examples: {
        positive: [
          `{"key": "bot_token", "value": "«${fake(DIGITS, 10, 90)}:AA${fake(URLSAFE, 33, 91)}»"}`,
          `https://api.telegram.org/bot«${fake(DIGITS, 10, 86)}:AA${fake(URLSAFE, 33, 87)}»/getMe`,
          `TOKEN = "«${fake(DIGITS, 9, 88)}:AA${fake(URLSAFE, 33, 89)}»"`,
          `started with «${fake(DIGITS, 10, 1215)}:AA${fake(URLSAFE, 33, 1216)}»`,
        ],
        negative: [
          `time ${fake(DIGITS, 9, 88)}:AA${'abcdefghjk'.repeat(3)}abc`,
          `x${fake(DIGITS, 9, 1217)}:AA${fake(URLSAFE, 33, 1218)}`,
          `${fake(DIGITS, 7, 1219)}:AA${fake(URLSAFE, 33, 1220)}`,
        ],
      },
    },
  ],
});
