// Heroku: current API keys start HRKU-; legacy keys are bare UUIDs and need the word heroku and
// a key-ish name.

import { UUID } from '../rules/common';
import { defineProvider } from '../rules/define';
import { bounded } from '../rules/rule';
import { URLSAFE, fake, fakeUuid } from '../rules/sample';

export default defineProvider({
  slug: 'heroku',
  name: 'Heroku',
  category: 'cloud',
  domains: ['heroku.com'],
  keysUrl: 'https://dashboard.heroku.com/account',
  canDo: 'Manage apps: deploy code, read config vars (often other secrets), scale and delete.',
  rules: [
    {
      id: 'heroku-api-key',
      match: 'keyword',
      kind: 'token',
      severity: 'critical',
      confidence: 'high',
      keywords: ['HRKU-'],
      pattern: bounded('HRKU-AA[A-Za-z0-9_-]{58}'),
      prefix: /^HRKU-/,
      examples: { positive: [`«HRKU-AA${fake(URLSAFE, 58, 112)}»`], negative: ['HRKU-AAshort'] },
    },
    {
      id: 'heroku-legacy-api-key',
      match: 'shape',
      kind: 'token',
      severity: 'critical',
      confidence: 'medium',
      lengths: [36],
      pattern: UUID,
      context: { words: ['heroku'], strict: true },
      examples: {
        positive: [`HEROKU_API_KEY=«${fakeUuid(113)}»`],
        negative: [`heroku app id ${fakeUuid(113)}`, `request_id: "${fakeUuid(114)}"`],
      },
    },
  ],
});
