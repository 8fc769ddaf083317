// Segment (Twilio Segment): Public API tokens start sgp_ (Segment's post on protecting customers'
// API tokens; GitHub secret scanning reports them to Segment), then 60 to 70 letters, digits, '_'
// and '-' (Kingfisher's segment.yml). Sourcegraph's tokens also start sgp_ but are hex, 40
// characters or 16_40 (providers/sourcegraph.ts).

import { looksRandom } from '../filters';
import { defineProvider } from '../rules/define';
import { bounded } from '../rules/rule';
import { ALNUM, fake } from '../rules/sample';

export default defineProvider({
  slug: 'segment',
  name: 'Segment',
  category: 'other',
  domains: ['segment.com', 'segmentapis.com'],
  keysUrl: 'https://app.segment.com/',
  canDo: 'Manage the workspace through the Public API: read and change sources, destinations, tracking plans and users\' profiles, within the token\'s role.',
  rules: [
    {
      id: 'segment-public-api-token',
      match: 'keyword',
      kind: 'token',
      severity: 'high',
      confidence: 'high',
      keywords: ['sgp_'],
      // Not Sourcegraph's sgp_<16 hex>_local_<40 hex>, which is as long.
      pattern: bounded('sgp_(?![0-9a-f]{16}_local_)[A-Za-z0-9_-]{60,70}'),
      prefix: /^sgp_/,
      validate: (v) => looksRandom(v.slice(4)),
      examples: {
        positive: [`curl https://api.segmentapis.com/sources -H "Authorization: Bearer «sgp_${fake(ALNUM, 64, 8646)}»"`],
        negative: ['SEGMENT_TOKEN=sgp_your_public_api_token_goes_here_from_the_workspace_settings', `sgp_${fake(ALNUM, 30, 8649)}`],
      },
    },
  ],
});
