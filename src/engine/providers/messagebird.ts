// MessageBird (now Bird): REST access keys are 25 alphanumerics with no prefix; they need the
// provider's name and a key-ish name, or a live/test prefix word is not enough on its own.

import { looksRandom } from '../filters';
import { defineProvider } from '../rules/define';
import { ALNUM, fake } from '../rules/sample';

const WORDS = ['messagebird', 'message-bird', 'message_bird'];

export default defineProvider({
  slug: 'messagebird',
  name: 'MessageBird',
  category: 'messaging',
  domains: ['messagebird.com', 'bird.com'],
  keysUrl: 'https://dashboard.messagebird.com/en/developers/access',
  canDo: 'Send SMS, voice and WhatsApp messages on the owner\'s balance and read message logs.',
  rules: [
    {
      id: 'messagebird-api-token',
      match: 'shape',
      kind: 'token',
      severity: 'high',
      confidence: 'medium',
      lengths: [25],
      pattern: /^[A-Za-z0-9]{25}$/,
      validate: looksRandom,
      context: { words: WORDS, strict: true },
      examples: {
        positive: [`MESSAGEBIRD_ACCESS_KEY=«${fake(ALNUM, 25, 3020)}»`, `const messagebird = require('messagebird').initClient(accessKey);\nconst accessKey = '«${fake(ALNUM, 25, 3021)}»';`],
        negative: [`messagebird message id ${fake(ALNUM, 25, 3022)}`, `ACCESS_KEY=${fake(ALNUM, 25, 3023)}`],
      },
    },
  ],
});
