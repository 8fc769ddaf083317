// Ubidots (IoT platform): account and device tokens start BBFF- (older) or BBUS- and a random body
// (Ubidots' authentication docs; TruffleHog's ubidots detector reads BBFF- and 30 characters,
// Kingfisher's ubidots.yml BBUS- and 28 to 40).

import { looksRandom } from '../filters';
import { defineProvider } from '../rules/define';
import { bounded } from '../rules/rule';
import { ALNUM, fake } from '../rules/sample';

export default defineProvider({
  slug: 'ubidots',
  name: 'Ubidots',
  category: 'other',
  domains: ['ubidots.com'],
  keysUrl: 'https://industrial.ubidots.com/accounts/me/apiCredentials',
  canDo: 'Read and write the account\'s devices and sensor data, and change its dashboards, within the token\'s permissions.',
  rules: [
    {
      id: 'ubidots-token',
      match: 'keyword',
      kind: 'token',
      severity: 'medium',
      confidence: 'high',
      keywords: ['BBFF-', 'BBUS-'],
      pattern: bounded('BB(?:FF|US)-[A-Za-z0-9]{28,40}'),
      prefix: /^BB(?:FF|US)-/,
      validate: (v) => looksRandom(v.slice(5)),
      examples: {
        positive: [`UBIDOTS_TOKEN=«BBUS-${fake(ALNUM, 30, 8660)}»`, `curl -H "X-Auth-Token: «BBFF-${fake(ALNUM, 30, 8661)}»" https://industrial.api.ubidots.com/api/v2.0/devices/`],
        negative: ['X-Auth-Token: BBFF-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', `BBUS-${fake(ALNUM, 12, 8662)}`],
      },
    },
  ],
});
