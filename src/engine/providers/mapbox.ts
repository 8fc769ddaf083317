// Mapbox: secret tokens (sk.) manage the account; public tokens (pk.) are meant for browsers;
// temporary tokens (tk.) are minted from a secret one with its scopes, for up to an hour.

import { defineProvider } from '../rules/define';
import { bounded } from '../rules/rule';
import { URLSAFE, fake } from '../rules/sample';

export default defineProvider({
  slug: 'mapbox',
  name: 'Mapbox',
  category: 'other',
  domains: ['mapbox.com'],
  keysUrl: 'https://account.mapbox.com/access-tokens/',
  canDo: 'Secret tokens: manage styles, datasets and tokens. Public pk. tokens are meant for browsers.',
  rules: [
    {
      id: 'mapbox-token',
      match: 'keyword',
      kind: 'token',
      severity: 'high',
      confidence: 'high',
      keywords: ['sk.eyJ', 'pk.eyJ', 'tk.eyJ'],
      pattern: bounded('[spt]k\\.eyJ[A-Za-z0-9_-]{20,1200}\\.[A-Za-z0-9_-]{20,40}'),
      prefix: /^[spt]k\./,
      variants: ['mapbox-public-token'],
      classify: (h) => (h.value.startsWith('pk.') ? { rule: 'mapbox-public-token', kind: 'public', notCounted: 'public-by-design' } : {}),
      examples: {
        positive: [
          `MAPBOX_SECRET=«sk.eyJ${fake(URLSAFE, 60, 126)}.${fake(URLSAFE, 22, 127)}»`,
          `const token = '«tk.eyJ${fake(URLSAFE, 240, 7145)}.${fake(URLSAFE, 22, 7146)}»'; // from POST /tokens/v2/{username}`,
        ],
        negative: [`mapboxgl.accessToken = 'pk.eyJ${fake(URLSAFE, 60, 126)}.${fake(URLSAFE, 22, 127)}'`],
      },
    },
  ],
});
