// Beamer: API keys are b_ and 44 characters, with no checksum: the word beamer must be near.

import { looksRandom } from '../filters';
import { defineProvider } from '../rules/define';
import { URLSAFE, fake } from '../rules/sample';

export default defineProvider({
  slug: 'beamer',
  name: 'Beamer',
  category: 'other',
  domains: ['getbeamer.com'],
  keysUrl: 'https://app.getbeamer.com/settings',
  canDo: 'Publish, edit and delete the product\'s announcements and read the feedback its users left.',
  rules: [
    {
      id: 'beamer-api-key',
      match: 'shape',
      kind: 'token',
      severity: 'high',
      confidence: 'medium',
      lengths: [46],
      pattern: /^b_[A-Za-z0-9_-]{44}$/,
      prefix: /^b_/,
      validate: (v) => looksRandom(v.slice(2)),
      context: { words: ['beamer'] },
      examples: {
        positive: [`BEAMER_API_KEY=«b_${fake(URLSAFE, 44, 2090)}»`, `curl -H "Beamer-Api-Key: «b_${fake(URLSAFE, 44, 2091)}»" https://api.getbeamer.com/v0/posts`],
        negative: [`b_${fake(URLSAFE, 44, 2092)}`, `beamer: b_${fake(URLSAFE, 40, 2093)}`],
      },
    },
  ],
});
