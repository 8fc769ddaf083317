// Voyage AI (embeddings and reranking): API keys are pa- and 43 URL-safe base64 characters (32
// random bytes), per Voyage AI's "API key and installation" docs; Kingfisher's voyageai.yml also
// reads an al- variant of the same size. Matched as whole runs of 46 characters: a three-letter
// literal alone would open the page gate on ordinary text.

import { looksRandom } from '../filters';
import { defineProvider } from '../rules/define';
import { bounded } from '../rules/rule';
import { URLSAFE, fake } from '../rules/sample';

export default defineProvider({
  slug: 'voyageai',
  name: 'Voyage AI',
  category: 'ai',
  domains: ['voyageai.com'],
  keysUrl: 'https://dashboard.voyageai.com/',
  canDo: 'Create embeddings and rerank documents on the owner\'s account and quota.',
  rules: [
    {
      id: 'voyageai-api-key',
      match: 'run',
      kind: 'token',
      severity: 'medium',
      confidence: 'high',
      run: { min: 46, max: 46, test: (t, s) => t.startsWith('pa-', s) || t.startsWith('al-', s) },
      pattern: bounded('(?:pa|al)-[A-Za-z0-9_-]{43}'),
      prefix: /^(?:pa|al)-/,
      validate: (v) => looksRandom(v.slice(3)),
      examples: {
        positive: [`VOYAGE_API_KEY=«pa-${fake(URLSAFE, 43, 8670)}»`, `vo = voyageai.Client(api_key="«pa-${fake(URLSAFE, 43, 8671)}»")`],
        negative: ['VOYAGE_API_KEY=pa-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', `pa-${fake(URLSAFE, 30, 8672)}`, 'al-the-quick-brown-fox-jumps-over-the-lazy-dogs'],
      },
    },
  ],
});
