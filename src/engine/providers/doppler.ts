// Doppler: personal, service, service-account, CLI, SCIM and audit tokens, dp.<type>.<body>.

import { defineProvider } from '../rules/define';
import { bounded } from '../rules/rule';
import { ALNUM, fake } from '../rules/sample';

export default defineProvider({
  slug: 'doppler',
  name: 'Doppler',
  category: 'cloud',
  domains: ['doppler.com'],
  keysUrl: 'https://dashboard.doppler.com/',
  canDo: 'Read the secrets stored in the project or workplace.',
  rules: [
    {
      id: 'doppler-token',
      match: 'keyword',
      kind: 'token',
      severity: 'critical',
      confidence: 'high',
      keywords: ['dp.pt.', 'dp.st.', 'dp.sa.', 'dp.ct.', 'dp.scim.', 'dp.audit.'],
      pattern: bounded('dp\\.(?:pt|st|sa|ct|scim|audit)\\.[A-Za-z0-9_.-]{40,60}'),
      prefix: /^dp\.[a-z]+\./,
      examples: { positive: [`DOPPLER_TOKEN=«dp.pt.${fake(ALNUM, 43, 118)}»`], negative: ['dp.pt.short'] },
    },
  ],
});
