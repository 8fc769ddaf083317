// Cohere: API keys are 40 letters and digits with no prefix; the word cohere (or the SDK's
// CO_API_KEY variable) and a key-ish name are needed.

import { looksRandom } from '../filters';
import { defineProvider } from '../rules/define';
import { ALNUM, HEX, fake } from '../rules/sample';

export default defineProvider({
  slug: 'cohere',
  name: 'Cohere',
  category: 'ai',
  domains: ['cohere.com', 'dashboard.cohere.com'],
  keysUrl: 'https://dashboard.cohere.com/api-keys',
  canDo: 'Run paid model requests (chat, embeddings, rerank) on the owner\'s account.',
  rules: [
    {
      id: 'cohere-api-key',
      match: 'shape',
      kind: 'token',
      severity: 'high',
      confidence: 'medium',
      lengths: [40],
      pattern: /^[A-Za-z0-9]{40}$/,
      validate: looksRandom,
      context: { words: ['cohere', 'co_api_key'], strict: true },
      examples: {
        positive: [`CO_API_KEY=«${fake(ALNUM, 40, 2210)}»`, `co = cohere.ClientV2(api_key="«${fake(ALNUM, 40, 2211)}»")`],
        negative: [`cohere model ${fake(ALNUM, 40, 2212)}`, `COHERE_API_KEY=${fake(HEX, 40, 2213)}`],
      },
    },
  ],
});
