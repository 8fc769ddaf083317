// Defined Networking (managed Nebula): API keys are dnkey-, 26 characters, '-' and 52 more.

import { defineProvider } from '../rules/define';
import { bounded } from '../rules/rule';
import { ALNUM, fake } from '../rules/sample';

const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

export default defineProvider({
  slug: 'defined-networking',
  name: 'Defined Networking',
  category: 'cloud',
  domains: ['defined.net', 'admin.defined.net'],
  keysUrl: 'https://admin.defined.net/settings/api-keys',
  canDo: 'Enrol hosts into the overlay network and change its firewall rules and roles, by the key\'s scopes.',
  rules: [
    {
      id: 'defined-networking-api-key',
      match: 'keyword',
      kind: 'token',
      severity: 'critical',
      confidence: 'high',
      keywords: ['dnkey-'],
      pattern: bounded('dnkey-[A-Za-z0-9_]{26}-[A-Za-z0-9_]{52}'),
      prefix: /^dnkey-/,
      examples: {
        positive: [`DN_API_KEY=«dnkey-${fake(UPPER, 26, 2250)}-${fake(ALNUM, 52, 2251)}»`, `curl -H "Authorization: Bearer «dnkey-${fake(UPPER, 26, 2252)}-${fake(ALNUM, 52, 2253)}»" https://api.defined.net/v1/hosts`],
        negative: [`dnkey-${fake(UPPER, 26, 2254)}`],
      },
    },
  ],
});
