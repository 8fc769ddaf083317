// Private AI: 32-character API keys with no prefix, reported next to the provider's name and a
// key-ish name.

import { looksRandom } from '../filters';
import { defineProvider } from '../rules/define';
import { ALNUM, fake } from '../rules/sample';

export default defineProvider({
  slug: 'privateai',
  name: 'Private AI',
  category: 'ai',
  domains: ['private-ai.com'],
  keysUrl: 'https://portal.private-ai.com/',
  canDo: 'Send text to the de-identification API on the owner\'s quota.',
  rules: [
    {
      id: 'privateai-api-token',
      match: 'shape',
      kind: 'token',
      severity: 'medium',
      confidence: 'medium',
      lengths: [32],
      pattern: /^[A-Za-z0-9]{32}$/,
      validate: looksRandom,
      context: { words: ['privateai', 'private_ai', 'private-ai'], strict: true },
      examples: {
        positive: [`PRIVATEAI_API_KEY=«${fake(ALNUM, 32, 3100)}»`],
        negative: [`privateai request ${fake(ALNUM, 32, 3101)}`, `PRIVATE_KEY=${fake(ALNUM, 32, 3102)}`],
      },
    },
  ],
});
