// Neon: API keys are napi_ and a random body. Postgres URLs to *.neon.tech are found as database
// URLs (database-url.ts).

import { looksRandom } from '../filters';
import { defineProvider } from '../rules/define';
import { bounded } from '../rules/rule';
import { ALNUM, fake } from '../rules/sample';

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
  ],
});
