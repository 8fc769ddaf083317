// SettleMint: personal, application and service access tokens are sm_pat_, sm_aat_ or sm_sat_
// and 16 alphanumerics.

import { defineProvider } from '../rules/define';
import { bounded } from '../rules/rule';
import { ALNUM, fake } from '../rules/sample';

export default defineProvider({
  slug: 'settlemint',
  name: 'SettleMint',
  category: 'cloud',
  domains: ['settlemint.com'],
  keysUrl: 'https://console.settlemint.com/',
  canDo: 'Call the workspace\'s blockchain nodes, middleware and smart-contract APIs with the token\'s scope.',
  rules: [
    {
      id: 'settlemint-access-token',
      match: 'keyword',
      kind: 'token',
      severity: 'high',
      confidence: 'high',
      keywords: ['sm_pat_', 'sm_aat_', 'sm_sat_'],
      pattern: bounded('sm_(?:pat|aat|sat)_[A-Za-z0-9]{16}'),
      prefix: /^sm_[a-z]{3}_/,
      examples: {
        positive: [`SETTLEMINT_ACCESS_TOKEN=«sm_pat_${fake(ALNUM, 16, 3150)}»`, `x-auth-token: «sm_aat_${fake(ALNUM, 16, 3151)}»`],
        negative: [`sm_pat_${fake(ALNUM, 15, 3152)}`, 'sm_sat_configuration'],
      },
    },
  ],
});
