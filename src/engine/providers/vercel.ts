// Vercel: prefixed tokens (vcp_ personal, vci_ integration, vca_ app, vcr_ refresh, vck_ key).
// Older tokens are 24 alphanumerics with no prefix: the word vercel and a key-ish name.

import { looksRandom } from '../filters';
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
    {
      id: 'vercel-legacy-token',
      match: 'shape',
      kind: 'token',
      severity: 'critical',
      confidence: 'medium',
      lengths: [24],
      pattern: /^[A-Za-z0-9]{24}$/,
      validate: looksRandom,
      context: { words: ['vercel'], strict: true },
      examples: {
        positive: [`VERCEL_TOKEN=«${fake(ALNUM, 24, 1194)}»`, `{"vercel": {"token": "«${fake(ALNUM, 24, 1195)}»"}}`],
        negative: [`vercel project ${fake(ALNUM, 24, 1196)}`, `VERCEL_ORG_ID=${fake(ALNUM, 24, 1197)}`],
      },
    },
  ],
});
