// Groq: API keys are gsk_ and a fixed-length random body.

import { simpleToken } from '../rules/common';
import { defineProvider } from '../rules/define';
import { ALNUM, fake } from '../rules/sample';

export default defineProvider({
  slug: 'groq',
  name: 'Groq',
  category: 'ai',
  domains: ['groq.com', 'console.groq.com'],
  keysUrl: 'https://console.groq.com/keys',
  canDo: 'Run model requests on the owner\'s account.',
  rules: [simpleToken('groq-api-key', 'gsk_', 'gsk_[A-Za-z0-9]{52}', `gsk_${fake(ALNUM, 52, 39)}`)],
});
