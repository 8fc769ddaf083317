// OpenRouter: API keys are sk-or-v1- and a fixed-length random body.

import { simpleToken } from '../rules/common';
import { defineProvider } from '../rules/define';
import { HEX, fake } from '../rules/sample';

export default defineProvider({
  slug: 'openrouter',
  name: 'OpenRouter',
  category: 'ai',
  domains: ['openrouter.ai'],
  keysUrl: 'https://openrouter.ai/settings/keys',
  canDo: 'Spend the account\'s credits on any model.',
  rules: [simpleToken('openrouter-api-key', 'sk-or-v1-', 'sk-or-v1-[a-f0-9]{64}', `sk-or-v1-${fake(HEX, 64, 41)}`)],
});
