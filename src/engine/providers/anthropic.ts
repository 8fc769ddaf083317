// Anthropic: API and admin keys end in a fixed AA; admin keys manage the whole organisation.
// Claude subscriptions (Pro/Max) issue OAuth tokens for Claude Code: sk-ant-oat01- access tokens
// (claude setup-token makes one that lasts about a year, used as CLAUDE_CODE_OAUTH_TOKEN) and
// sk-ant-ort01- refresh tokens. Their length is not published, so the body is bounded loosely.

import { defineProvider } from '../rules/define';
import { bounded } from '../rules/rule';
import { mixedCase } from '../rules/common';
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
    {
      id: 'anthropic-oauth-token',
      match: 'keyword',
      kind: 'token',
      severity: 'high',
      confidence: 'high',
      keywords: ['sk-ant-oat01-', 'sk-ant-ort01-'],
      pattern: bounded('sk-ant-o[ar]t01-[A-Za-z0-9_-]{40,200}'),
      prefix: /^sk-ant-o[ar]t01-/,
      validate: (v) => mixedCase(v.slice(13)) && /[0-9]/.test(v.slice(13)),
      examples: {
        positive: [
          `CLAUDE_CODE_OAUTH_TOKEN=«sk-ant-oat01-${fake(URLSAFE, 93, 4231)}AA»`,
          `"refreshToken": "«sk-ant-ort01-${fake(URLSAFE, 93, 4232)}AA»"`,
        ],
        negative: ['CLAUDE_CODE_OAUTH_TOKEN=sk-ant-oat01-...', 'sk-ant-oat01-your-token-from-above', `sk-ant-oat01-${fake(URLSAFE, 20, 4233)}`],
      },
    },
  ],
});
