// LinkedIn: app client secrets are 16 letters and digits with no prefix; the word linkedin and a
// key-ish name are needed. Member access tokens (60 days) start AQ and run to hundreds of URL-safe
// characters (LinkedIn tells apps to store up to 1,000); other long AQ… blobs exist (Microsoft
// sign-in flow tokens), so they too need the word linkedin and a key-ish name.

import { looksRandom } from '../filters';
import { defineProvider } from '../rules/define';
import { ALNUM, URLSAFE, fake } from '../rules/sample';

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
    {
      id: 'linkedin-access-token',
      match: 'run',
      kind: 'token',
      severity: 'high',
      confidence: 'medium',
      run: { min: 150, max: 2000, test: (t, s) => t.startsWith('AQ', s) },
      pattern: /(?<![A-Za-z0-9_-])(AQ[A-Za-z0-9_-]{148,1998})(?![A-Za-z0-9_-])/g,
      prefix: /^AQ/,
      validate: looksRandom,
      context: { words: ['linkedin', 'linked_in', 'linked-in'], strict: true },
      examples: {
        positive: [`LINKEDIN_ACCESS_TOKEN=«AQ${fake(URLSAFE, 348, 7147)}»`, `linkedin:\n  access_token: "«AQ${fake(URLSAFE, 498, 7148)}»"`],
        negative: [`"sFT":"AQ${fake(URLSAFE, 348, 7149)}"`, `linkedin post id AQ${fake(URLSAFE, 348, 7150)}`, `LINKEDIN_ACCESS_TOKEN=AQ${fake(URLSAFE, 60, 7151)}`],
      },
    },
  ],
});
