// LinkedIn: app client secrets are 16 letters and digits with no prefix; the word linkedin and a
// key-ish name are needed.

import { looksRandom } from '../filters';
import { defineProvider } from '../rules/define';
import { ALNUM, fake } from '../rules/sample';

export default defineProvider({
  slug: 'linkedin',
  name: 'LinkedIn',
  category: 'messaging',
  domains: ['linkedin.com', 'developer.linkedin.com'],
  keysUrl: 'https://www.linkedin.com/developers/apps',
  canDo: 'With the client id: get tokens as the app, and with members\' grants post and read as them.',
  rules: [
    {
      id: 'linkedin-client-secret',
      match: 'shape',
      kind: 'secret',
      severity: 'high',
      confidence: 'medium',
      lengths: [16],
      pattern: /^[A-Za-z0-9]{16}$/,
      validate: looksRandom,
      context: { words: ['linkedin', 'linked_in', 'linked-in'], strict: true },
      examples: {
        positive: [`LINKEDIN_CLIENT_SECRET=«${fake(ALNUM, 16, 2570)}»`, `linkedin:\n  client_secret: «${fake(ALNUM, 16, 2571)}»`],
        negative: [`linkedin profile ${fake(ALNUM, 16, 2572)}`, `LINKEDIN_CLIENT_SECRET=${fake(ALNUM, 12, 2573)}`],
      },
    },
  ],
});
