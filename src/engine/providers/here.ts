// HERE location services: API keys are 43 URL-safe characters with no prefix. Keys set up in a
// web page's map (H.service.Platform) are meant to be seen there; keys named in configuration or
// sent from servers count. The bare word here is English, so only HERE's own names are context.

import { looksRandom } from '../filters';
import { defineProvider } from '../rules/define';
import { URLSAFE, fake } from '../rules/sample';

export default defineProvider({
  slug: 'here',
  name: 'HERE',
  category: 'other',
  domains: ['here.com', 'hereapi.com'],
  keysUrl: 'https://platform.here.com/access',
  canDo: 'Call HERE\'s geocoding, routing and map APIs on the owner\'s plan, spending its transactions.',
  rules: [
    {
      id: 'here-api-key',
      match: 'shape',
      kind: 'token',
      severity: 'medium',
      confidence: 'medium',
      lengths: [43],
      pattern: /^[A-Za-z0-9_-]{43}$/,
      validate: looksRandom,
      context: { words: ['hereapi', 'here_api', 'here-api', 'heremaps', 'here_maps', 'here.com', 'h.service.platform'], strict: true },
      variants: ['here-browser-api-key'],
      classify: (h) => (h.near(['h.service.platform']) ? { rule: 'here-browser-api-key', kind: 'public', notCounted: 'public-by-design' } : {}),
      examples: {
        positive: [`HERE_API_KEY=«${fake(URLSAFE, 43, 3800)}»`, `fetch(\`https://geocode.search.hereapi.com/v1/geocode?q=\${q}&apiKey=«${fake(URLSAFE, 43, 3801)}»\`)`],
        negative: [`const platform = new H.service.Platform({ apikey: '${fake(URLSAFE, 43, 3802)}' });`, `Click here to copy your API key: ${fake(URLSAFE, 43, 3803)}`],
      },
    },
  ],
});
