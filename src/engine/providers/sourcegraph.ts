// Sourcegraph: access tokens are sgp_ and 40 hex, optionally with the instance's 16-hex id or
// 'local' between (sgp_<id>_<40 hex>); older tokens are bare 40 hex next to the word sourcegraph.

import { defineProvider } from '../rules/define';
import { bounded } from '../rules/rule';
import { HEX, fake } from '../rules/sample';

export default defineProvider({
  slug: 'sourcegraph',
  name: 'Sourcegraph',
  category: 'code',
  domains: ['sourcegraph.com'],
  noKeysUrl: 'Tokens belong to a user on each Sourcegraph instance: Settings → Access tokens there.',
  canDo: 'Search and read every repository the user can see on the instance, and act through its API as them.',
  rules: [
    {
      id: 'sourcegraph-access-token',
      match: 'keyword',
      kind: 'token',
      severity: 'high',
      confidence: 'high',
      keywords: ['sgp_'],
      pattern: bounded('sgp_(?:[a-fA-F0-9]{16}_|local_)?[a-fA-F0-9]{40}'),
      prefix: /^sgp_(?:[a-fA-F0-9]{16}_|local_)?/,
      examples: {
        positive: [`SRC_ACCESS_TOKEN=«sgp_${fake(HEX, 16, 3200)}_${fake(HEX, 40, 3201)}»`, `Authorization: token «sgp_${fake(HEX, 40, 3202)}»`],
        negative: [`sgp_${fake(HEX, 39, 3203)}`, 'sgp_local_'],
      },
    },
    {
      id: 'sourcegraph-legacy-token',
      match: 'shape',
      kind: 'token',
      severity: 'high',
      confidence: 'medium',
      lengths: [40],
      pattern: /^[a-f0-9]{40}$/,
      context: { words: ['sourcegraph'], strict: true },
      examples: {
        positive: [`SOURCEGRAPH_TOKEN=«${fake(HEX, 40, 3204)}»`],
        negative: [`sourcegraph commit ${fake(HEX, 40, 3205)}`, `ACCESS_TOKEN=${fake(HEX, 40, 3206)}`],
      },
    },
  ],
});
