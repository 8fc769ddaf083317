// Vercel: prefixed tokens (vcp_ personal, vci_ integration, vca_ app, vcr_ refresh, vck_ key).

import { defineProvider } from '../rules/define';
import { bounded } from '../rules/rule';
import { ALNUM, fake } from '../rules/sample';

export default defineProvider({
  slug: 'vercel',
  name: 'Vercel',
  category: 'cloud',
  domains: ['vercel.com'],
  keysUrl: 'https://vercel.com/account/tokens',
  canDo: 'Deploy, read environment variables and change projects of the account.',
  rules: [
    {
      id: 'vercel-token',
      match: 'keyword',
      kind: 'token',
      severity: 'critical',
      confidence: 'high',
      keywords: ['vcp_', 'vci_', 'vca_', 'vcr_', 'vck_'],
      pattern: bounded('vc[pciark]_[A-Za-z0-9]{56}'),
      prefix: /^vc[a-z]_/,
      examples: { positive: [`VERCEL_TOKEN=«vcp_${fake(ALNUM, 56, 122)}»`], negative: ['vcp_short'] },
    },
  ],
});
