// The New York Times developer API: 32-character keys with no prefix, reported next to the
// provider's name and a key-ish name.

import { looksRandom } from '../filters';
import { defineProvider } from '../rules/define';
import { ALNUM, fake } from '../rules/sample';

export default defineProvider({
  slug: 'nytimes',
  name: 'New York Times API',
  category: 'other',
  domains: ['nytimes.com'],
  keysUrl: 'https://developer.nytimes.com/my-apps',
  canDo: 'Call the Times\' article, books and archive APIs on the owner\'s quota.',
  rules: [
    {
      id: 'nytimes-access-token',
      match: 'shape',
      kind: 'token',
      severity: 'medium',
      confidence: 'medium',
      lengths: [32],
      pattern: /^[A-Za-z0-9]{32}$/,
      validate: looksRandom,
      context: { words: ['nytimes', 'newyorktimes', 'new-york-times', 'nyt'], strict: true },
      examples: {
        positive: [`NYT_API_KEY=«${fake(ALNUM, 32, 3050)}»`, `https://api.nytimes.com/svc/search/v2/articlesearch.json?q=election&api-key=«${fake(ALNUM, 32, 3051)}»`],
        negative: [`nytimes article id ${fake(ALNUM, 32, 3052)}`, `API_KEY=${fake(ALNUM, 32, 3053)}`],
      },
    },
  ],
});
