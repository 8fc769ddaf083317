// Neon: API keys are napi_ and a random body; Postgres URLs to *.neon.tech carry the role's
// password.

import { looksRandom } from '../filters';
import { defineProvider } from '../rules/define';
import { bounded } from '../rules/rule';
import { urlPassword } from '../rules/url-password';
import { ALNUM, fake } from '../rules/sample';

const LOWER = 'abcdefghijklmnopqrstuvwxyz0123456789';

export default defineProvider({
  slug: 'neon',
  name: 'Neon',
  category: 'cloud',
  domains: ['neon.tech', 'neon.com', 'console.neon.tech'],
  keysUrl: 'https://console.neon.tech/app/settings/api-keys',
  canDo: 'API keys create and delete projects and branches and reset database passwords; a connection-string password reads and changes the data.',
  rules: [
    {
      id: 'neon-api-key',
      match: 'keyword',
      kind: 'token',
      severity: 'critical',
      confidence: 'high',
      keywords: ['napi_'],
      pattern: bounded('napi_[A-Za-z0-9]{32,128}'),
      prefix: /^napi_/,
      validate: (v) => looksRandom(v.slice(5)),
      examples: {
        positive: [`NEON_API_KEY=«napi_${fake(ALNUM, 64, 2185)}»`, `curl https://console.neon.tech/api/v2/projects -H "Authorization: Bearer «napi_${fake(ALNUM, 64, 2186)}»"`],
        negative: ['napi_create_string_utf8_with_extra_length', `napi_${fake(ALNUM, 20, 2187)}`],
      },
    },
    urlPassword('neon-connection-password', 'postgres|postgresql', ['.neon.tech'], {
      positive: [`DATABASE_URL=postgresql://neondb_owner:«npg_${fake(ALNUM, 12, 2188)}»@ep-${fake(LOWER, 6, 2189)}-pooler.us-east-2.aws.neon.tech/neondb?sslmode=require`],
      negative: ['postgresql://neondb_owner:<password>@ep-cool-darkness-123456.us-east-2.aws.neon.tech/neondb'],
    }),
  ],
});
