// Hetzner Cloud: API tokens are exactly 64 letters and digits with no prefix; the word hetzner
// (or hcloud) and a key-ish name are needed.

import { looksRandom } from '../filters';
import { defineProvider } from '../rules/define';
import { ALNUM, HEX, fake } from '../rules/sample';

export default defineProvider({
  slug: 'hetzner',
  name: 'Hetzner Cloud',
  category: 'cloud',
  domains: ['hetzner.com', 'hetzner.cloud', 'console.hetzner.cloud'],
  keysUrl: 'https://console.hetzner.cloud/projects',
  canDo: 'Create, rebuild and delete the project\'s servers, volumes and networks, by the token\'s permission.',
  rules: [
    {
      id: 'hetzner-cloud-token',
      match: 'shape',
      kind: 'token',
      severity: 'critical',
      confidence: 'medium',
      lengths: [64],
      pattern: /^[A-Za-z0-9]{64}$/,
      validate: looksRandom,
      context: { words: ['hetzner', 'hcloud'], strict: true },
      examples: {
        positive: [`HCLOUD_TOKEN=«${fake(ALNUM, 64, 2930)}»`, `provider "hcloud" {\n  token = "«${fake(ALNUM, 64, 2931)}»"\n}`],
        negative: [`hetzner image sha256 ${fake(HEX, 64, 2932)}`, `hcloud server ${fake(ALNUM, 64, 2933)}`],
      },
    },
  ],
});
