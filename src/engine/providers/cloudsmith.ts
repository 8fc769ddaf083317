// Cloudsmith: API keys are 40 hex characters (X-Api-Key), so the word cloudsmith and a key-ish
// name must both be there.

import { defineProvider } from '../rules/define';
import { HEX, fake } from '../rules/sample';

export default defineProvider({
  slug: 'cloudsmith',
  name: 'Cloudsmith',
  category: 'code',
  domains: ['cloudsmith.io', 'cloudsmith.com'],
  keysUrl: 'https://cloudsmith.io/user/settings/api/',
  canDo: 'Read, push and delete packages in the user\'s repositories: a supply-chain attack on their consumers.',
  rules: [
    {
      id: 'cloudsmith-api-key',
      match: 'shape',
      kind: 'token',
      severity: 'high',
      confidence: 'medium',
      lengths: [40],
      pattern: /^[a-f0-9]{40}$/,
      context: { words: ['cloudsmith'], strict: true },
      examples: {
        positive: [`CLOUDSMITH_API_KEY=«${fake(HEX, 40, 3840)}»`, `curl -H "X-Api-Key: «${fake(HEX, 40, 3841)}»" https://api.cloudsmith.io/v1/user/self/`],
        negative: [`cloudsmith package sha ${fake(HEX, 40, 3842)}`, `API_KEY=${fake(HEX, 40, 3843)}`],
      },
    },
  ],
});
