// Replicate: API keys are r8_ and a fixed-length random body.

import { simpleToken } from '../rules/common';
import { defineProvider } from '../rules/define';
import { ALNUM, fake } from '../rules/sample';

export default defineProvider({
  slug: 'replicate',
  name: 'Replicate',
  category: 'ai',
  domains: ['replicate.com'],
  keysUrl: 'https://replicate.com/account/api-tokens',
  canDo: 'Run paid models and read the account\'s predictions.',
  rules: [simpleToken('replicate-api-token', 'r8_', 'r8_[A-Za-z0-9]{37}', `r8_${fake(ALNUM, 37, 43)}`)],
});
