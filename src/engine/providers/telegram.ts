// Telegram: bot tokens are the bot id, a colon and 35 characters starting AA; reported with the
// provider named nearby or a key-ish name.

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
      pattern: new RegExp('(?<![0-9])([0-9]{8,10}:AA[A-Za-z0-9_-]{33})(?![A-Za-z0-9_-])', 'g'),
      prefix: /^[0-9]+:AA/,
      context: { words: ['telegram', 'bot', 'tg'], label: true },
      examples: {
        positive: [`{"key": "bot_token", "value": "«${fake(DIGITS, 10, 90)}:AA${fake(URLSAFE, 33, 91)}»"}`, `https://api.telegram.org/bot«${fake(DIGITS, 10, 86)}:AA${fake(URLSAFE, 33, 87)}»/getMe`, `TOKEN = "«${fake(DIGITS, 9, 88)}:AA${fake(URLSAFE, 33, 89)}»"`],
        negative: [`time ${fake(DIGITS, 9, 88)}:AA${fake(URLSAFE, 33, 89)}`],
      },
    },
  ],
});
