// Figma: personal access tokens start figd_.

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
      keywords: ['figd_'],
      pattern: bounded('figd_[A-Za-z0-9_-]{38,45}'),
      prefix: /^figd_/,
      examples: { positive: [`X-Figma-Token: «figd_${fake(URLSAFE, 40, 21)}»`], negative: ['figd_short'] },
    },
  ],
});
