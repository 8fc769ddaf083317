// Perplexity: API keys are pplx- and a fixed-length random body.

import { simpleToken } from '../rules/common';
import { defineProvider } from '../rules/define';
import { ALNUM, fake } from '../rules/sample';

export default defineProvider({
  slug: 'perplexity',
  name: 'Perplexity',
  category: 'ai',
  domains: ['perplexity.ai'],
  keysUrl: 'https://www.perplexity.ai/settings/api',
  canDo: 'Run paid requests on the owner\'s bill.',
  rules: [simpleToken('perplexity-api-key', 'pplx-', 'pplx-[A-Za-z0-9]{48}', `pplx-${fake(ALNUM, 48, 42)}`)],
});
