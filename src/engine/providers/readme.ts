// ReadMe: API keys are rdme_ and 70 lower-case alphanumerics.

import { defineProvider } from '../rules/define';
import { bounded } from '../rules/rule';
import { fake } from '../rules/sample';

const LOWER = 'abcdefghijklmnopqrstuvwxyz0123456789';

export default defineProvider({
  slug: 'readme',
  name: 'ReadMe',
  category: 'code',
  domains: ['readme.com', 'readme.io'],
  keysUrl: 'https://dash.readme.com/',
  canDo: 'Change and delete the project\'s API documentation and read its API usage logs.',
  rules: [
    {
      id: 'readme-api-token',
      match: 'keyword',
      kind: 'token',
      severity: 'high',
      confidence: 'high',
      keywords: ['rdme_'],
      pattern: bounded('rdme_[a-z0-9]{70}'),
      prefix: /^rdme_/,
      examples: { positive: [`README_API_KEY=«rdme_${fake(LOWER, 70, 3120)}»`], negative: [`rdme_${fake(LOWER, 69, 3121)}`] },
    },
  ],
});
