// Mistral AI: API keys are 32 letters and digits with no prefix; the word mistral and a key-ish
// name are needed.

import { looksRandom } from '../filters';
import { defineProvider } from '../rules/define';
import { ALNUM, HEX, fake } from '../rules/sample';

export default defineProvider({
  slug: 'mistral',
  name: 'Mistral AI',
  category: 'ai',
  domains: ['mistral.ai', 'console.mistral.ai'],
  keysUrl: 'https://console.mistral.ai/api-keys',
  canDo: 'Run paid model requests on the owner\'s account and read its fine-tuning jobs and files.',
  rules: [
    {
      id: 'mistral-api-key',
      match: 'shape',
      kind: 'token',
      severity: 'high',
      confidence: 'medium',
      lengths: [32],
      pattern: /^[A-Za-z0-9]{32}$/,
      validate: looksRandom,
      context: { words: ['mistral', 'mistralai'], strict: true },
      examples: {
        positive: [`MISTRAL_API_KEY=«${fake(ALNUM, 32, 2700)}»`, `client = Mistral(api_key="«${fake(ALNUM, 32, 2701)}»")`],
        negative: [`mistral model ${fake(ALNUM, 32, 2702)}`, `MISTRAL_API_KEY=${fake(HEX, 32, 2703)}`],
      },
    },
  ],
});
