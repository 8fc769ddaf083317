// Gitter: personal access tokens are 40 hex with no prefix; the word gitter and a key-ish name
// are needed. (Gitter now runs on Matrix; old tokens may still appear in bots' code.)

import { defineProvider } from '../rules/define';
import { HEX, fake } from '../rules/sample';

export default defineProvider({
  slug: 'gitter',
  name: 'Gitter',
  category: 'messaging',
  domains: ['gitter.im', 'developer.gitter.im'],
  keysUrl: 'https://developer.gitter.im/apps',
  canDo: 'Read and post messages in the user\'s rooms, as the user.',
  rules: [
    {
      id: 'gitter-access-token',
      match: 'shape',
      kind: 'token',
      severity: 'medium',
      confidence: 'medium',
      lengths: [40],
      pattern: /^[a-f0-9]{40}$/,
      context: { words: ['gitter'], strict: true },
      examples: {
        positive: [`GITTER_TOKEN=«${fake(HEX, 40, 2460)}»`, `curl -H "Authorization: Bearer «${fake(HEX, 40, 2461)}»" https://api.gitter.im/v1/rooms`],
        negative: [`gitter commit ${fake(HEX, 40, 2462)}`, `GITTER_TOKEN=${fake(HEX, 32, 2463)}`],
      },
    },
  ],
});
