// Looker: API3 client secrets are 24 letters and digits with no prefix; the word looker and a
// key-ish name are needed.

import { looksRandom } from '../filters';
import { defineProvider } from '../rules/define';
import { ALNUM, fake } from '../rules/sample';

export default defineProvider({
  slug: 'looker',
  name: 'Looker',
  category: 'cloud',
  domains: ['looker.com'],
  noKeysUrl: 'API keys live in each Looker instance (Admin → Users → Edit keys), not on one site.',
  canDo: 'With the client id: query the instance\'s models and data and change content, as the user the key belongs to.',
  rules: [
    {
      id: 'looker-client-secret',
      match: 'shape',
      kind: 'secret',
      severity: 'high',
      confidence: 'medium',
      lengths: [24],
      pattern: /^[A-Za-z0-9]{24}$/,
      validate: looksRandom,
      context: { words: ['looker', 'lookersdk'], strict: true },
      examples: {
        positive: [`LOOKERSDK_CLIENT_SECRET=«${fake(ALNUM, 24, 2590)}»`, `[Looker]\nbase_url=https://acme.cloud.looker.com\nclient_secret=«${fake(ALNUM, 24, 2591)}»`],
        negative: [`looker dashboard ${fake(ALNUM, 24, 2592)}`, `LOOKERSDK_CLIENT_SECRET=${fake(ALNUM, 20, 2593)}`],
      },
    },
  ],
});
