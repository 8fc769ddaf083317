// Linear: personal API keys are lin_api_ and 40 alphanumerics.

import { defineProvider } from '../rules/define';
import { bounded } from '../rules/rule';
import { ALNUM, fake } from '../rules/sample';

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
  ],
});
