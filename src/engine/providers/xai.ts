// xAI: API keys are xai- and a fixed-length random body.

import { simpleToken } from '../rules/common';
import { defineProvider } from '../rules/define';
import { ALNUM, fake } from '../rules/sample';

export default defineProvider({
  slug: 'xai',
  name: 'xAI',
  category: 'ai',
  domains: ['x.ai', 'console.x.ai'],
  keysUrl: 'https://console.x.ai/',
  canDo: 'Run paid Grok requests on the owner\'s bill.',
  rules: [simpleToken('xai-api-key', 'xai-', 'xai-[A-Za-z0-9]{80}', `xai-${fake(ALNUM, 80, 40)}`)],
});
