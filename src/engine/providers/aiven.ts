// Aiven: API tokens are 372 base64 characters with no prefix and need the word aiven and a
// key-ish name. Service URIs to *.aivencloud.com are found as database URLs (database-url.ts).

import { defineProvider } from '../rules/define';
import { B64, fake } from '../rules/sample';
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
  ],
});
