// Private AI: 32-character API keys with no prefix, reported next to the provider's name and a
// key-ish name. Keys handed out by the portal are 32 lower-case hex (public code calling
// api.private-ai.com with its client shows them so; Kingfisher's privateai.yml reads [a-z0-9]{32}).

import { looksRandom } from '../filters';
import { defineProvider } from '../rules/define';
import { ALNUM, HEX, fake } from '../rules/sample';

/** Lower-case hex with both digits and letters, or a mixed-case random value. */
const keyLike = (v: string): boolean => (/^[0-9a-f]{32}$/.test(v) && /[a-f]/.test(v) && /[0-9]/.test(v)) || looksRandom(v);

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
      validate: keyLike,
      context: { words: ['privateai', 'private_ai', 'private-ai'], strict: true },
      examples: {
        positive: [`PRIVATEAI_API_KEY=«${fake(ALNUM, 32, 3100)}»`, `client = PAIClient(url="https://api.private-ai.com/community", api_key="«${fake(HEX, 32, 8614)}»")`],
        negative: [`privateai request ${fake(ALNUM, 32, 3101)}`, `PRIVATE_KEY=${fake(ALNUM, 32, 3102)}`],
      },
    },
  ],
});
