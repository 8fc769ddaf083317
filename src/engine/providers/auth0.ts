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
      // Also as configs and code write the name (auth0_client_secret:, auth0ClientSecret =): the
      // literals are looked for in any case, the pattern decides.
      keywords: ['AUTH0_CLIENT_SECRET', 'auth0_client_secret', 'auth0ClientSecret'],
      anywhere: true,
      pattern: /auth0_?client_?secret["']?[ \t]{0,8}[:=][ \t]{0,8}["']?([A-Za-z0-9_-]{32,96})(?![A-Za-z0-9_-])/gi,
      validate: looksRandom,
      examples: {
        positive: [
          `AUTH0_CLIENT_SECRET="«${fake(URLSAFE, 64, 7344)}»"`,
          `export REACT_APP_AUTH0_CLIENT_SECRET='«${fake(URLSAFE, 64, 7345)}»'`,
          `auth0:\n  auth0_client_secret: '«${fake(URLSAFE, 64, 9170)}»'`,
          `const auth0ClientSecret = "«${fake(URLSAFE, 64, 9171)}»";`,
        ],
        negative: ['AUTH0_CLIENT_SECRET=YOUR_CLIENT_SECRET_HERE', `AUTH0_CLIENT_ID=${fake(URLSAFE, 32, 7346)}`],
      },
    },
  ],
});
