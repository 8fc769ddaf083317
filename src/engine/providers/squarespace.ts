// Squarespace: API keys are UUIDs, so only a UUID named as a key next to the word squarespace
// counts.

import { UUID } from '../rules/common';
import { defineProvider } from '../rules/define';
import { fakeUuid } from '../rules/sample';

export default defineProvider({
  slug: 'squarespace',
  name: 'Squarespace',
  category: 'payments',
  domains: ['squarespace.com'],
  noKeysUrl: 'Keys belong to each site: Settings → Advanced → Developer API Keys in that site\'s panel.',
  canDo: 'Read and change the site\'s orders, inventory, products and customer profiles within the key\'s permissions.',
  rules: [
    {
      id: 'squarespace-access-token',
      match: 'shape',
      kind: 'token',
      severity: 'high',
      confidence: 'medium',
      lengths: [36],
      pattern: UUID,
      context: { words: ['squarespace'], strict: true },
      examples: {
        positive: [`SQUARESPACE_API_KEY=«${fakeUuid(3210)}»`],
        negative: [`squarespace order id ${fakeUuid(3211)}`, `API_KEY=${fakeUuid(3212)}`],
      },
    },
  ],
});
