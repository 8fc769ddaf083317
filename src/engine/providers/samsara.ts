// Samsara (fleet and IoT platform): API tokens start samsara_api_ and a random body (Samsara's
// developer docs on authentication; Kingfisher's samsara.yml).

import { looksRandom } from '../filters';
import { defineProvider } from '../rules/define';
import { bounded } from '../rules/rule';
import { ALNUM, fake } from '../rules/sample';

export default defineProvider({
  slug: 'samsara',
  name: 'Samsara',
  category: 'other',
  domains: ['samsara.com'],
  keysUrl: 'https://cloud.samsara.com/',
  canDo: 'Read the organization\'s vehicles, drivers, locations and sensor data, and change them within the token\'s scopes.',
  rules: [
    {
      id: 'samsara-api-token',
      match: 'keyword',
      kind: 'token',
      severity: 'high',
      confidence: 'high',
      keywords: ['samsara_api_'],
      pattern: bounded('samsara_api_[A-Za-z0-9]{26,32}'),
      prefix: /^samsara_api_/,
      validate: (v) => looksRandom(v.slice(12)),
      examples: {
        positive: [`SAMSARA_API_TOKEN=«samsara_api_${fake(ALNUM, 30, 8650)}»`, `curl https://api.samsara.com/fleet/vehicles -H "Authorization: Bearer «samsara_api_${fake(ALNUM, 30, 8651)}»"`],
        negative: ['samsara_api_token_for_the_fleet_dashboard', `samsara_api_${fake(ALNUM, 12, 8652)}`],
      },
    },
  ],
});
