// Auth0: an application's client secret has no prefix; it is known by the names Auth0's own
// quickstarts give it (AUTH0_CLIENT_SECRET, also behind a framework prefix such as REACT_APP_).

import { looksRandom } from '../filters';
import { defineProvider } from '../rules/define';
import { URLSAFE, fake } from '../rules/sample';

export default defineProvider({
  slug: 'auth0',
  name: 'Auth0',
  category: 'cloud',
  domains: ['auth0.com', 'manage.auth0.com'],
  keysUrl: 'https://manage.auth0.com/#/applications',
  canDo: 'Act as the application towards Auth0: obtain tokens for the APIs it may call and, with Management API rights, read and change the tenant\'s users.',
  rules: [
    {
      id: 'auth0-client-secret',
      match: 'keyword',
      kind: 'secret',
      severity: 'critical',
      confidence: 'medium',
      keywords: ['AUTH0_CLIENT_SECRET'],
      anywhere: true,
      pattern: /AUTH0_CLIENT_SECRET["']?\s*[:=]\s*["']?([A-Za-z0-9_-]{32,96})(?![A-Za-z0-9_-])/g,
      validate: looksRandom,
      examples: {
        positive: [`AUTH0_CLIENT_SECRET="«${fake(URLSAFE, 64, 7344)}»"`, `export REACT_APP_AUTH0_CLIENT_SECRET='«${fake(URLSAFE, 64, 7345)}»'`],
        negative: ['AUTH0_CLIENT_SECRET=YOUR_CLIENT_SECRET_HERE', `AUTH0_CLIENT_ID=${fake(URLSAFE, 32, 7346)}`],
      },
    },
  ],
});
