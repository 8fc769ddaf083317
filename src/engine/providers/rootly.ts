// Rootly: API keys (global, team and personal) are rootly_ and 64 hex characters (TruffleHog's
// rootly detector, pkg/detectors/rootly, which checks them against api.rootly.com).

import { defineProvider } from '../rules/define';
import { bounded } from '../rules/rule';
import { HEX, fake } from '../rules/sample';

export default defineProvider({
  slug: 'rootly',
  name: 'Rootly',
  category: 'other',
  domains: ['rootly.com'],
  noKeysUrl: 'Global and team API keys are under Organization Settings → API Keys in Rootly; personal keys under the user\'s own account settings.',
  canDo: 'Read and change the organisation\'s incidents, alerts and on-call data through the Rootly API, as far as the key\'s role allows.',
  rules: [
    {
      id: 'rootly-api-key',
      match: 'keyword',
      kind: 'token',
      severity: 'high',
      confidence: 'high',
      keywords: ['rootly_'],
      pattern: bounded('rootly_[0-9a-f]{64}'),
      prefix: /^rootly_/,
      examples: {
        positive: [`ROOTLY_API_TOKEN=«rootly_${fake(HEX, 64, 9700)}»`, `curl https://api.rootly.com/v1/incidents -H "Authorization: Bearer «rootly_${fake(HEX, 64, 9701)}»"`],
        negative: [`rootly_${fake(HEX, 40, 9702)}`, 'ROOTLY_API_TOKEN=rootly_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'],
      },
    },
  ],
});
