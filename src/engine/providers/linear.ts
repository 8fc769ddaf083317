// Linear: personal API keys are lin_api_ and 40 alphanumerics. An OAuth2 application's client id
// (public, in authorize URLs) and client secret are both 32 hex: Linear named and a key-ish name
// are needed (linear is also a common word), and the name tells the halves apart.

import { publicUnlessNamedSecret } from '../rules/common';
import { defineProvider } from '../rules/define';
import type { Verdict } from '../rules/rule';
import { bounded } from '../rules/rule';
import { ALNUM, HEX, fake } from '../rules/sample';

const clientSecret: Verdict = { rule: 'linear-client-secret', kind: 'secret', severity: 'high' };

export default defineProvider({
  slug: 'linear',
  name: 'Linear',
  category: 'code',
  domains: ['linear.app'],
  keysUrl: 'https://linear.app/settings/api',
  canDo: 'Read and change the workspace\'s issues and projects as the user.',
  rules: [
    {
      id: 'linear-api-key',
      match: 'keyword',
      kind: 'token',
      severity: 'high',
      confidence: 'high',
      keywords: ['lin_api_'],
      pattern: bounded('lin_api_[A-Za-z0-9]{40}'),
      prefix: /^lin_api_/,
      examples: { positive: [`«lin_api_${fake(ALNUM, 40, 15)}»`], negative: [`lin_api_${fake(ALNUM, 20, 15)}`] },
    },
    {
      id: 'linear-client-id',
      match: 'shape',
      kind: 'public',
      severity: 'info',
      confidence: 'medium',
      lengths: [32],
      pattern: /^[a-f0-9]{32}$/,
      validate: (v) => /[0-9]/.test(v) && /[a-f]/.test(v),
      context: { words: ['linear'], strict: true },
      classify: publicUnlessNamedSecret(clientSecret),
      variants: ['linear-client-secret'],
      pair: { group: 'linear', role: 'public', secretVerdict: clientSecret },
      examples: {
        positive: [
          `LINEAR_CLIENT_SECRET=«${fake(HEX, 32, 4160)}»`,
          `const linear = { clientId: "${fake(HEX, 32, 4161)}", clientSecret: "«${fake(HEX, 32, 4162)}»" };`,
        ],
        negative: [`LINEAR_CLIENT_ID=${fake(HEX, 32, 4163)}`, `linear regression ${fake(HEX, 32, 4164)}`, `CLIENT_SECRET=${fake(HEX, 32, 4165)}`],
      },
    },
  ],
});
