// Scalingo: API tokens are tk-us- and 48 URL-safe characters.

import { simpleToken } from '../rules/common';
import { defineProvider } from '../rules/define';
import { URLSAFE, fake } from '../rules/sample';

export default defineProvider({
  slug: 'scalingo',
  name: 'Scalingo',
  category: 'cloud',
  domains: ['scalingo.com'],
  keysUrl: 'https://dashboard.scalingo.com/account/tokens',
  canDo: 'Deploy, scale and delete the account\'s apps and read their environment variables.',
  rules: [{ ...simpleToken('scalingo-api-token', 'tk-us-', 'tk-us-[A-Za-z0-9_-]{48}', `tk-us-${fake(URLSAFE, 48, 3130)}`), severity: 'critical' }],
});
