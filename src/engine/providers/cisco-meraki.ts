// Cisco Meraki: Dashboard API keys are 40 hex with no prefix; the word meraki and a key-ish name
// are needed.

import { defineProvider } from '../rules/define';
import { HEX, fake } from '../rules/sample';

export default defineProvider({
  slug: 'cisco-meraki',
  name: 'Cisco Meraki',
  category: 'cloud',
  domains: ['meraki.com', 'meraki.cisco.com'],
  keysUrl: 'https://dashboard.meraki.com/',
  canDo: 'Administer the organisation\'s networks: change firewall and Wi-Fi settings, read clients and devices.',
  rules: [
    {
      id: 'cisco-meraki-api-key',
      match: 'shape',
      kind: 'token',
      severity: 'critical',
      confidence: 'medium',
      lengths: [40],
      pattern: /^[0-9a-f]{40}$/,
      context: { words: ['meraki'], strict: true },
      examples: {
        positive: [`MERAKI_DASHBOARD_API_KEY=«${fake(HEX, 40, 2150)}»`, `dashboard = meraki.DashboardAPI(api_key='«${fake(HEX, 40, 2151)}»')`],
        negative: [`meraki firmware commit ${fake(HEX, 40, 2152)}`, `MERAKI_API_KEY=${fake(HEX, 39, 2153)}`],
      },
    },
  ],
});
