// TomTom: API keys are 32 alphanumerics with no prefix. Keys handed to the Maps SDK in a web
// page (tt.map, tt.services) are meant to be seen there; keys named in configuration count.

import { looksRandom } from '../filters';
import { defineProvider } from '../rules/define';
import { ALNUM, fake } from '../rules/sample';

export default defineProvider({
  slug: 'tomtom',
  name: 'TomTom',
  category: 'other',
  domains: ['tomtom.com'],
  keysUrl: 'https://developer.tomtom.com/user/me/apps',
  canDo: 'Call TomTom\'s maps, search, routing and traffic APIs on the owner\'s plan, spending its requests.',
  rules: [
    {
      id: 'tomtom-api-key',
      match: 'shape',
      kind: 'token',
      severity: 'medium',
      confidence: 'medium',
      lengths: [32],
      pattern: /^[A-Za-z0-9]{32}$/,
      validate: looksRandom,
      context: { words: ['tomtom'], strict: true },
      variants: ['tomtom-browser-api-key'],
      classify: (h) => (h.near(['tt.map', 'tt.services']) ? { rule: 'tomtom-browser-api-key', kind: 'public', notCounted: 'public-by-design' } : {}),
      examples: {
        positive: [`TOMTOM_API_KEY=«${fake(ALNUM, 32, 3810)}»`, `https://api.tomtom.com/routing/1/calculateRoute/52.50,13.42:52.51,13.43/json?key=«${fake(ALNUM, 32, 3811)}»`],
        negative: [`const map = tt.map({ key: '${fake(ALNUM, 32, 3812)}', container: 'map' }); // tomtom`, `tomtom route id ${fake(ALNUM, 32, 3813)}`],
      },
    },
  ],
});
