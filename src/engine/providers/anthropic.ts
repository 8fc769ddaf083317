// Anthropic: API and admin keys end in a fixed AA; admin keys manage the whole organisation.

import { defineProvider } from '../rules/define';
import { bounded } from '../rules/rule';
import { URLSAFE, fake } from '../rules/sample';

export default defineProvider({
  slug: 'anthropic',
  name: 'Anthropic',
  category: 'ai',
  domains: ['anthropic.com', 'console.anthropic.com'],
  keysUrl: 'https://console.anthropic.com/settings/keys',
  canDo: 'Run paid Claude requests on the owner\'s bill.',
  badge: '#8a4a2f',
  rules: [
    {
      id: 'anthropic-api-key',
      match: 'keyword',
      kind: 'token',
      severity: 'high',
      confidence: 'high',
      keywords: ['sk-ant-'],
      pattern: bounded('sk-ant-(?:api03|admin01)-[A-Za-z0-9_-]{93}AA'),
      prefix: /^sk-ant-(?:api03|admin01)-/,
      classify: (h) => (h.value.startsWith('sk-ant-admin01-') ? { severity: 'critical' } : {}),
      examples: {
        positive: [`ANTHROPIC_API_KEY=«sk-ant-api03-${fake(URLSAFE, 93, 38)}AA»`],
        negative: [`sk-ant-api03-${fake(URLSAFE, 93, 38)}AB`, 'sk-ant-api03-...'],
      },
    },
  ],
});
