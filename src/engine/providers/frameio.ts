// Frame.io: developer tokens are fio-u- and 64 characters.

import { defineProvider } from '../rules/define';
import { bounded } from '../rules/rule';
import { URLSAFE, fake } from '../rules/sample';

export default defineProvider({
  slug: 'frameio',
  name: 'Frame.io',
  category: 'other',
  domains: ['frame.io', 'developer.frame.io'],
  keysUrl: 'https://developer.frame.io/app/tokens',
  canDo: 'Read, upload, comment on and delete the team\'s video projects, by the token\'s scopes.',
  rules: [
    {
      id: 'frameio-api-token',
      match: 'keyword',
      kind: 'token',
      severity: 'high',
      confidence: 'high',
      keywords: ['fio-u-'],
      pattern: bounded('fio-u-[A-Za-z0-9_-]{64}'),
      prefix: /^fio-u-/,
      examples: {
        positive: [`FRAMEIO_TOKEN=«fio-u-${fake(URLSAFE, 64, 2430)}»`, `curl -H "Authorization: Bearer «fio-u-${fake(URLSAFE, 64, 2431)}»" https://api.frame.io/v2/me`],
        negative: [`fio-u-${fake(URLSAFE, 40, 2432)}`],
      },
    },
  ],
});
