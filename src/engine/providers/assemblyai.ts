// AssemblyAI: API keys are 32 hex with no prefix; the word assemblyai and a key-ish name are
// needed.

import { defineProvider } from '../rules/define';
import { HEX, fake } from '../rules/sample';

export default defineProvider({
  slug: 'assemblyai',
  name: 'AssemblyAI',
  category: 'ai',
  domains: ['assemblyai.com'],
  keysUrl: 'https://www.assemblyai.com/app/api-keys',
  canDo: 'Transcribe audio on the owner\'s balance and read or delete the account\'s transcripts.',
  rules: [
    {
      id: 'assemblyai-api-key',
      match: 'shape',
      kind: 'token',
      severity: 'high',
      confidence: 'medium',
      lengths: [32],
      pattern: /^[a-f0-9]{32}$/,
      context: { words: ['assemblyai', 'assembly_ai', 'assembly-ai'], strict: true },
      examples: {
        positive: [`ASSEMBLYAI_API_KEY=«${fake(HEX, 32, 2730)}»`, `import assemblyai as aai\naai.settings.api_key = "«${fake(HEX, 32, 2731)}»"`],
        negative: [`assemblyai transcript ${fake(HEX, 32, 2732)}`],
      },
    },
  ],
});
