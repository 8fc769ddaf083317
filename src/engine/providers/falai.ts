// fal.ai (generative media APIs): a key is its id, a UUID, ':' and a 32-hex secret
// (docs.fal.ai, platform API "Create key": key_id and key_secret, used joined as FAL_KEY),
// beside the word fal.

import { UUID } from '../rules/common';
import { defineProvider } from '../rules/define';
import { HEX, fake, fakeUuid } from '../rules/sample';

const falKey = (seed: number): string => `${fakeUuid(seed)}:${fake(HEX, 32, seed + 1)}`;

export default defineProvider({
  slug: 'falai',
  name: 'fal.ai',
  category: 'ai',
  domains: ['fal.ai'],
  keysUrl: 'https://fal.ai/dashboard/keys',
  canDo: 'Run image, video and audio models on the account\'s credit and, with an admin key, manage its keys.',
  rules: [
    {
      id: 'falai-api-key',
      match: 'run',
      kind: 'token',
      severity: 'high',
      confidence: 'medium',
      // The token run after the UUID's ':' is the 32-hex secret.
      run: { min: 32, max: 32, test: (t, s) => t[s - 1] === ':' && UUID.test(t.slice(Math.max(0, s - 37), s - 1)) },
      pattern: /(?<![A-Za-z0-9_+/-])([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}:[0-9a-f]{32})(?![A-Za-z0-9_+/=-])/g,
      validate: (v) => /[a-f]/.test(v.slice(37)) && /[0-9]/.test(v.slice(37)),
      context: { words: ['fal', 'falai', 'fal.ai', 'fal_key'] },
      examples: {
        positive: [`FAL_KEY=«${falKey(9210)}»`, `import fal_client  # fal.ai\nos.environ["FAL_KEY"] = "«${falKey(9212)}»"`],
        negative: [`session ${falKey(9214)}`, `FAL_KEY=${fakeUuid(9216)}`],
      },
    },
  ],
});
