// Mappedin (indoor maps): an API key mik_… with its secret mis_ and 51 alphanumerics
// (developer.mappedin.com, Getting started: the key and secret fetch a map's data and the token
// that unlocks it). The key alone is an id; the secret is looked for.

import { defineProvider } from '../rules/define';
import { bounded } from '../rules/rule';
import { ALNUM, fake } from '../rules/sample';

export default defineProvider({
  slug: 'mappedin',
  name: 'Mappedin',
  category: 'other',
  domains: ['mappedin.com'],
  keysUrl: 'https://app.mappedin.com/',
  canDo: 'With its key: read the organisation\'s private indoor maps and venue data, and use its API quota.',
  rules: [
    {
      id: 'mappedin-api-secret',
      match: 'keyword',
      kind: 'secret',
      severity: 'medium',
      confidence: 'high',
      keywords: ['mis_'],
      pattern: bounded('mis_[A-Za-z0-9]{51}'),
      prefix: /^mis_/,
      validate: (v) => /[0-9]/.test(v.slice(4)) && /[A-Z]/.test(v.slice(4)) && /[a-z]/.test(v.slice(4)),
      examples: {
        positive: [`MAPPEDIN_SECRET=«mis_${fake(ALNUM, 51, 7500)}»`, `getMapData({ key: 'mik_${fake(ALNUM, 25, 7501)}', secret: '«mis_${fake(ALNUM, 51, 7502)}»', mapId: '660c0c3aae0596d87766f2da' })`],
        negative: [`mis_${fake(ALNUM, 50, 7503)}`, 'mis_configured_settings_for_this_venue_layout_default_value'],
      },
    },
  ],
});
