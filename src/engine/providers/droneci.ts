// Drone CI: personal tokens are 32 letters and digits with no prefix; the word drone and a
// key-ish name are needed.

import { looksRandom } from '../filters';
import { defineProvider } from '../rules/define';
import { ALNUM, HEX, fake } from '../rules/sample';

export default defineProvider({
  slug: 'droneci',
  name: 'Drone CI',
  category: 'code',
  domains: ['drone.io'],
  noKeysUrl: 'Drone runs on the owner\'s own server: the token is on that server\'s account page (User settings).',
  canDo: 'Act as the user on the Drone server: read build logs and secrets\' names, restart and promote builds.',
  rules: [
    {
      id: 'droneci-access-token',
      match: 'shape',
      kind: 'token',
      severity: 'high',
      confidence: 'medium',
      lengths: [32],
      pattern: /^[A-Za-z0-9]{32}$/,
      validate: looksRandom,
      context: { words: ['drone', 'droneci'], strict: true },
      examples: {
        positive: [`export DRONE_TOKEN=«${fake(ALNUM, 32, 2270)}»`, `drone:\n  token: «${fake(ALNUM, 32, 2271)}»`],
        negative: [`drone build ${fake(ALNUM, 32, 2272)}`, `DRONE_TOKEN=${fake(HEX, 32, 2273)}`],
      },
    },
  ],
});
