// 42 (Intra API): application secrets are s-s4t2ud- or s-s4t2af- and 64 hex.

import { defineProvider } from '../rules/define';
import { bounded } from '../rules/rule';
import { HEX, fake } from '../rules/sample';

export default defineProvider({
  slug: 'intra42',
  name: '42 Intra',
  category: 'other',
  domains: ['42.fr', 'intra.42.fr', 'api.intra.42.fr'],
  keysUrl: 'https://profile.intra.42.fr/oauth/applications',
  canDo: 'With the app\'s uid: call the 42 API as the application and read students\' profiles and progress.',
  rules: [
    {
      id: 'intra42-client-secret',
      match: 'keyword',
      kind: 'secret',
      severity: 'high',
      confidence: 'high',
      keywords: ['s-s4t2ud-', 's-s4t2af-'],
      pattern: bounded('s-s4t2(?:ud|af)-[a-f0-9]{64}'),
      prefix: /^s-s4t2(?:ud|af)-/,
      examples: {
        positive: [`FT_CLIENT_SECRET=«s-s4t2ud-${fake(HEX, 64, 2530)}»`, `secret: '«s-s4t2af-${fake(HEX, 64, 2531)}»'`],
        negative: [`s-s4t2ud-${fake(HEX, 40, 2532)}`],
      },
    },
  ],
});
