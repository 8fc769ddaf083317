// Nightfall (data loss prevention): API keys are NF- and 32 letters or digits (TruffleHog's
// nightfall detector, pkg/detectors/nightfall, which also wants the word nightfall nearby: NF-
// alone is short enough to start other identifiers).

import { looksRandom } from '../filters';
import { defineProvider } from '../rules/define';
import { bounded } from '../rules/rule';
import { ALNUM, fake } from '../rules/sample';

export default defineProvider({
  slug: 'nightfall',
  name: 'Nightfall',
  category: 'other',
  domains: ['nightfall.ai'],
  keysUrl: 'https://app.nightfall.ai/developer-platform/api-keys',
  canDo: 'Send text and files to the account\'s Nightfall scans and read what they find, which can be the very secrets and personal data the scans look for.',
  rules: [
    {
      id: 'nightfall-api-key',
      match: 'run',
      kind: 'token',
      severity: 'high',
      confidence: 'medium',
      run: { min: 35, max: 35, test: (t, s) => t.charCodeAt(s) === 78 && t.charCodeAt(s + 1) === 70 && t.charCodeAt(s + 2) === 45 },
      pattern: bounded('NF-[A-Za-z0-9]{32}'),
      prefix: /^NF-/,
      validate: (v) => looksRandom(v.slice(3)),
      context: { words: ['nightfall'] },
      examples: {
        positive: [`NIGHTFALL_API_KEY=«NF-${fake(ALNUM, 32, 9720)}»`, `const nightfall = new Nightfall("«NF-${fake(ALNUM, 32, 9721)}»");`],
        negative: [`part NF-${fake(ALNUM, 32, 9722)} shipped`, `NIGHTFALL_API_KEY=NF-${fake(ALNUM, 30, 9723)}`],
      },
    },
  ],
});
