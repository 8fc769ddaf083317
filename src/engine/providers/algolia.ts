// Algolia: 32-hex keys need the word algolia and a key-ish name. Pages embed search-only keys on
// purpose; only a key named admin/write counts.

import { defineProvider } from '../rules/define';
import { HEX, fake } from '../rules/sample';

export default defineProvider({
  slug: 'algolia',
  name: 'Algolia',
  category: 'other',
  domains: ['algolia.com'],
  keysUrl: 'https://dashboard.algolia.com/account/api-keys',
  canDo: 'Admin keys: change and delete indices. Search-only keys are meant for browsers.',
  rules: [
    {
      id: 'algolia-api-key',
      match: 'shape',
      kind: 'secret',
      severity: 'high',
      confidence: 'medium',
      lengths: [32],
      pattern: /^[a-f0-9]{32}$/,
      context: { words: ['algolia', 'algoliasearch'], strict: true },
      classify: (h) => (h.label.words.some((w) => w === 'admin' || w === 'write') ? {} : { kind: 'public', notCounted: 'public-by-design' }),
      examples: {
        positive: [`ALGOLIA_ADMIN_API_KEY=«${fake(HEX, 32, 128)}»`],
        negative: [`algoliasearch("APPID", "${fake(HEX, 32, 129)}")`, `ALGOLIA_SEARCH_API_KEY=${fake(HEX, 32, 130)}`],
      },
    },
  ],
});
