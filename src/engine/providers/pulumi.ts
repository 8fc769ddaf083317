// Pulumi: access tokens are pul- and 40 hex.

import { defineProvider } from '../rules/define';
import { bounded } from '../rules/rule';
import { HEX, fake } from '../rules/sample';

export default defineProvider({
  slug: 'pulumi',
  name: 'Pulumi',
  category: 'cloud',
  domains: ['pulumi.com'],
  keysUrl: 'https://app.pulumi.com/account/tokens',
  canDo: 'Read stack state (which holds cloud secrets) and run deployments.',
  rules: [
    {
      id: 'pulumi-access-token',
      match: 'keyword',
      kind: 'token',
      severity: 'critical',
      confidence: 'high',
      keywords: ['pul-'],
      pattern: bounded('pul-[a-f0-9]{40}'),
      prefix: /^pul-/,
      examples: { positive: [`PULUMI_ACCESS_TOKEN=«pul-${fake(HEX, 40, 119)}»`], negative: ['pul-1234'] },
    },
  ],
});
