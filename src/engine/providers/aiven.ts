// Aiven: API tokens are 372 base64 characters with no prefix and need the word aiven and a
// key-ish name. Service URIs to *.aivencloud.com are found as database URLs (database-url.ts).
// Service passwords Aiven generates start AVNS_ (detect-secrets' aiven_token plugin keys on the
// prefix); the ones in public configs next to *.aivencloud.com hosts have 19 base64url
// characters after it, and DigitalOcean's managed databases hand out the same form (reported as
// DigitalOcean's beside one of its database hosts). A prefix
// that distinctive stands alone: 12 to 40 characters after it, in both cases.

import { defineProvider } from '../rules/define';
import { bounded } from '../rules/rule';
import { mixedCase } from '../rules/common';
import { B64, URLSAFE, fake } from '../rules/sample';
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
    {
      id: 'aiven-service-password',
      match: 'keyword',
      kind: 'secret',
      severity: 'high',
      confidence: 'high',
      keywords: ['AVNS_'],
      pattern: bounded('AVNS_[A-Za-z0-9_-]{12,40}'),
      prefix: /^AVNS_/,
      validate: (v) => mixedCase(v.slice(5)),
      // Beside a DigitalOcean database host it is revoked there, not in Aiven's console.
      classify: (h) => (h.near(['ondigitalocean', 'digitalocean']) ? { provider: 'digitalocean' } : {}),
      examples: {
        positive: [
          `DB_PASSWORD=«AVNS_${fake(URLSAFE, 19, 2184)}»`,
          `    "password": "«AVNS_${fake(URLSAFE, 19, 2185)}»",\n    "host": "mysql-${fake('0123456789abcdef', 8, 2186)}-acme.e.aivencloud.com",`,
          `DB_HOST=app-db-do-user-${fake('0123456789', 7, 2188)}-0.f.db.ondigitalocean.com\nDB_PASSWORD=«AVNS_${fake(URLSAFE, 19, 2189)}»`,
        ],
        negative: ['AVNS_', 'AVNS_short1A', 'AVNS_password_here', `XAVNS_${fake(URLSAFE, 19, 2187)}`],
      },
    },
  ],
});
