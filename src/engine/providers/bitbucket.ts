// Bitbucket Cloud: app passwords start ATBB; OAuth consumer secrets have no prefix and need the
// word bitbucket and a key-ish name.

import { looksRandom } from '../filters';
import { defineProvider } from '../rules/define';
import { bounded } from '../rules/rule';
import { ALNUM, URLSAFE, fake } from '../rules/sample';

export default defineProvider({
  slug: 'bitbucket',
  name: 'Bitbucket',
  category: 'code',
  domains: ['bitbucket.org'],
  keysUrl: 'https://bitbucket.org/account/settings/app-passwords/',
  canDo: 'Act as the user on Bitbucket within the token\'s permissions: read private code, push, and change pipelines.',
  rules: [
    {
      id: 'bitbucket-app-password',
      match: 'keyword',
      kind: 'token',
      severity: 'critical',
      confidence: 'high',
      keywords: ['ATBB'],
      pattern: bounded('ATBB[A-Za-z0-9_=-]{24,60}'),
      prefix: /^ATBB/,
      validate: (v) => looksRandom(v.slice(4)),
      examples: {
        positive: [`BITBUCKET_APP_PASSWORD=«ATBB${fake(ALNUM, 32, 2100)}»`, `git clone https://me:«ATBB${fake(ALNUM, 36, 2101)}»@bitbucket.org/team/repo.git`],
        negative: ['ATBBREVIATIONS_FOR_THE_STATUS_TABLE', `ATBB${fake(ALNUM, 12, 2102)}`],
      },
    },
    {
      id: 'bitbucket-client-secret',
      match: 'shape',
      kind: 'secret',
      severity: 'high',
      confidence: 'medium',
      lengths: [32, 64],
      pattern: /^(?:[A-Za-z0-9]{32}|[A-Za-z0-9_-]{64})$/,
      validate: looksRandom,
      context: { words: ['bitbucket'], strict: true },
      examples: {
        positive: [`BITBUCKET_CLIENT_SECRET=«${fake(ALNUM, 32, 2103)}»`, `bitbucket:\n  oauth_secret: «${fake(URLSAFE, 64, 2104)}»`],
        negative: [`bitbucket commit ${fake(ALNUM, 32, 2105)}`, `BITBUCKET_CLIENT_SECRET=${fake('abcdef0123456789', 32, 2106)}`],
      },
    },
  ],
});
