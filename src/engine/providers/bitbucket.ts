// Bitbucket Cloud: app passwords start ATBB; OAuth consumer secrets have no prefix and need the
// word bitbucket and a key-ish name. Access tokens (repository, project, workspace) start
// ATCTT3xFfGN0, as Atlassian's community answer on token prefixes lists with ATATT3xFfGF0 and
// ATBB. Bitbucket Data Center HTTP access tokens are BBDC- and a Data Center token
// (support.atlassian.com, Bitbucket Data Center KB on token authentication).

import { looksRandom } from '../filters';
import { isDataCenterToken } from '../rules/common';
import { defineProvider } from '../rules/define';
import { bounded } from '../rules/rule';
import { ALNUM, HEX, URLSAFE, fake } from '../rules/sample';
import { fakeDataCenterToken } from './atlassian';

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
    {
      id: 'bitbucket-access-token',
      match: 'keyword',
      kind: 'token',
      severity: 'critical',
      confidence: 'high',
      keywords: ['ATCTT3xFfGN0'],
      pattern: bounded('ATCTT3xFfGN0[A-Za-z0-9_=-]{80,800}'),
      prefix: /^ATCTT3xFfGN0/,
      validate: (v) => looksRandom(v.slice(12)),
      examples: {
        positive: [`BITBUCKET_ACCESS_TOKEN=«ATCTT3xFfGN0${fake(URLSAFE, 171, 9136)}=${fake(HEX.toUpperCase(), 8, 9137)}»`],
        negative: [`ATCTT3xFfGN0${fake(URLSAFE, 30, 9138)}`],
      },
    },
    {
      id: 'bitbucket-data-center-token',
      match: 'keyword',
      kind: 'token',
      severity: 'critical',
      confidence: 'high',
      keywords: ['BBDC-'],
      pattern: bounded('BBDC-[MNO][A-Za-z0-9+/]{15}O[g-v][A-Za-z0-9+/]{26}'),
      prefix: /^BBDC-/,
      validate: (v) => isDataCenterToken(v.slice(5)),
      examples: {
        positive: [`git -c http.extraHeader="Authorization: Bearer «BBDC-${fakeDataCenterToken(9139)}»" clone https://bitbucket.example.org/scm/app/app.git`],
        negative: [`BBDC-${fake(ALNUM, 44, 9141)}`],
      },
    },
  ],
});
