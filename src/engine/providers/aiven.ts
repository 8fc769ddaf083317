// Aiven: API tokens are 372 base64 characters with no prefix and need the word aiven and a
// key-ish name; service URIs to *.aivencloud.com carry the service user's password.

import { defineProvider } from '../rules/define';
import { urlPassword } from '../rules/url-password';
import { ALNUM, B64, DIGITS, fake } from '../rules/sample';
import { looksRandom } from '../filters';

export default defineProvider({
  slug: 'aiven',
  name: 'Aiven',
  category: 'cloud',
  domains: ['aiven.io', 'console.aiven.io', 'aivencloud.com'],
  keysUrl: 'https://console.aiven.io/profile/tokens',
  canDo: 'API tokens create, change and delete the organisation\'s managed databases; a service URI password reads and changes one service\'s data.',
  rules: [
    {
      id: 'aiven-api-token',
      match: 'shape',
      kind: 'token',
      severity: 'critical',
      confidence: 'medium',
      lengths: [372],
      pattern: /^[A-Za-z0-9+/=]{372}$/,
      validate: looksRandom,
      context: { words: ['aiven'], strict: true },
      examples: {
        positive: [`AIVEN_API_TOKEN=«${fake(B64, 372, 2180)}»`],
        negative: [`aiven certificate ${fake(B64, 372, 2181)}`],
      },
    },
    urlPassword('aiven-service-password', 'postgres|postgresql|mysql|rediss?|valkey|amqps?', ['.aivencloud.com'], {
      positive: [`DATABASE_URL=postgres://avnadmin:«AVNS_${fake(ALNUM, 19, 2182)}»@pg-${fake(DIGITS, 6, 2183)}-acme.aivencloud.com:17234/defaultdb?sslmode=require`],
      negative: ['postgres://avnadmin:<password>@pg-1234-acme.aivencloud.com:17234/defaultdb'],
    }),
  ],
});
