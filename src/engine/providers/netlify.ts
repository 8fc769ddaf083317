// Netlify: personal access tokens start nfp_.

import { defineProvider } from '../rules/define';
import { bounded } from '../rules/rule';
import { ALNUM, fake } from '../rules/sample';

export default defineProvider({
  slug: 'netlify',
  name: 'Netlify',
  category: 'cloud',
  domains: ['netlify.com', 'netlify.app'],
  keysUrl: 'https://app.netlify.com/user/applications',
  canDo: 'Deploy sites and read their settings and environment variables.',
  rules: [
    {
      id: 'netlify-token',
      match: 'keyword',
      kind: 'token',
      severity: 'critical',
      confidence: 'high',
      keywords: ['nfp_'],
      pattern: bounded('nfp_[A-Za-z0-9]{36}'),
      prefix: /^nfp_/,
      examples: { positive: [`NETLIFY_AUTH_TOKEN=«nfp_${fake(ALNUM, 36, 123)}»`], negative: ['nfp_short'] },
    },
  ],
});
