// Jina AI: API keys (Reader, Embeddings, Reranker, Search) are jina_ and 60 letters and digits.

import { simpleToken } from '../rules/common';
import { defineProvider } from '../rules/define';
import { ALNUM, fake } from '../rules/sample';

export default defineProvider({
  slug: 'jina',
  name: 'Jina AI',
  category: 'ai',
  domains: ['jina.ai'],
  keysUrl: 'https://jina.ai/api-dashboard/key-manager',
  canDo: 'Spend the account\'s paid tokens on Reader, embedding, reranking and search requests.',
  rules: [simpleToken('jina-api-key', 'jina_', 'jina_[A-Za-z0-9]{60}', `jina_${fake(ALNUM, 60, 7101)}`)],
});
