// Deepgram: API keys are 40 hex with no prefix; the word deepgram and a key-ish name are needed.

import { defineProvider } from '../rules/define';
import { HEX, fake } from '../rules/sample';

export default defineProvider({
  slug: 'deepgram',
  name: 'Deepgram',
  category: 'ai',
  domains: ['deepgram.com', 'console.deepgram.com'],
  keysUrl: 'https://console.deepgram.com/',
  canDo: 'Transcribe and synthesise speech on the project\'s balance and manage its keys, by the key\'s role.',
  rules: [
    {
      id: 'deepgram-api-key',
      match: 'shape',
      kind: 'token',
      severity: 'high',
      confidence: 'medium',
      lengths: [40],
      pattern: /^[a-f0-9]{40}$/,
      context: { words: ['deepgram'], strict: true },
      examples: {
        positive: [`DEEPGRAM_API_KEY=«${fake(HEX, 40, 2740)}»`, `curl -H "Authorization: Token «${fake(HEX, 40, 2741)}»" https://api.deepgram.com/v1/listen`],
        negative: [`deepgram sdk commit ${fake(HEX, 40, 2742)}`],
      },
    },
  ],
});
