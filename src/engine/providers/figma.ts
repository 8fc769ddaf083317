// Figma: personal access tokens start figd_; plan access tokens figp_, sent in the same header.
// Tokens made before figd_ were a number, '-' and a UUID (Figma's own name for them is the
// X-Figma-Token header; Kingfisher's figma.2 rule reads them so): that header, or the word
// figma and a key-ish name.

import { defineProvider } from '../rules/define';
import { bounded } from '../rules/rule';
import { DIGITS, URLSAFE, fake, fakeUuid } from '../rules/sample';

export default defineProvider({
  slug: 'figma',
  name: 'Figma',
  category: 'code',
  domains: ['figma.com'],
  keysUrl: 'https://www.figma.com/settings',
  canDo: 'Read the user\'s design files and comments.',
  rules: [
    {
      id: 'figma-token',
      match: 'keyword',
      kind: 'token',
      severity: 'high',
      confidence: 'high',
      keywords: ['figd_', 'figp_'],
      pattern: bounded('fig[dp]_[A-Za-z0-9_-]{38,45}'),
      prefix: /^fig[dp]_/,
      examples: { positive: [`X-Figma-Token: «figd_${fake(URLSAFE, 40, 21)}»`, `FIGMA_PLAN_TOKEN=«figp_${fake(URLSAFE, 42, 1167)}»`], negative: ['figd_short', 'figp_short'] },
    },
    {
      id: 'figma-legacy-token',
      match: 'shape',
      kind: 'token',
      severity: 'high',
      confidence: 'medium',
      lengths: [39, 40, 41, 42],
      pattern: /^[0-9]{2,6}-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
      context: { words: ['figma'], names: ['x-figma-token'], strict: true },
      examples: {
        positive: [`curl -H "X-Figma-Token: «${fake(DIGITS, 4, 9176)}-${fakeUuid(9177)}»" https://api.figma.com/v1/me`, `FIGMA_TOKEN=«${fake(DIGITS, 5, 9178)}-${fakeUuid(9179)}»`],
        negative: [`figma file ${fake(DIGITS, 4, 9180)}-${fakeUuid(9181)}`, `TOKEN=${fake(DIGITS, 4, 9182)}-${fakeUuid(9183)}`],
      },
    },
  ],
});
