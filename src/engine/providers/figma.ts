// Figma: personal access tokens start figd_; plan access tokens figp_, sent in the same header.

import { defineProvider } from '../rules/define';
import { bounded } from '../rules/rule';
import { URLSAFE, fake } from '../rules/sample';

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
  ],
});
