// Flickr: API keys are 32 hex with no prefix; the word flickr and a key-ish name are needed.

import { defineProvider } from '../rules/define';
import { HEX, fake } from '../rules/sample';

export default defineProvider({
  slug: 'flickr',
  name: 'Flickr',
  category: 'other',
  domains: ['flickr.com'],
  keysUrl: 'https://www.flickr.com/services/apps/by/me',
  canDo: 'Call the Flickr API as the app; with its secret and a user\'s grant, upload, edit and delete that user\'s photos.',
  rules: [
    {
      id: 'flickr-api-key',
      match: 'shape',
      kind: 'token',
      severity: 'medium',
      confidence: 'medium',
      lengths: [32],
      pattern: /^[a-f0-9]{32}$/,
      context: { words: ['flickr'], strict: true },
      examples: {
        positive: [`FLICKR_API_KEY=«${fake(HEX, 32, 2400)}»`, `https://api.flickr.com/services/rest/?method=flickr.photos.search&api_key=«${fake(HEX, 32, 2401)}»`],
        negative: [`flickr photo ${fake(HEX, 32, 2402)}`, `FLICKR_API_KEY=${fake(HEX, 31, 2403)}`],
      },
    },
  ],
});
