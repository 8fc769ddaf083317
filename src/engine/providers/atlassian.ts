// Atlassian: API tokens for Jira, Confluence and Bitbucket start ATATT3 and end in a hex checksum.
// Tokens made before that format are 24 alphanumerics: a product word and a key-ish name.

import { looksRandom } from '../filters';
import { defineProvider } from '../rules/define';
import { bounded } from '../rules/rule';
import { ALNUM, HEX, URLSAFE, fake } from '../rules/sample';

export default defineProvider({
  slug: 'atlassian',
  name: 'Atlassian',
  category: 'code',
  domains: ['atlassian.com', 'atlassian.net', 'bitbucket.org'],
  keysUrl: 'https://id.atlassian.com/manage-profile/security/api-tokens',
  canDo: 'Act as the user in Jira and Confluence: read and change issues and pages.',
  rules: [
    {
      id: 'atlassian-api-token',
      match: 'keyword',
      kind: 'token',
      severity: 'high',
      confidence: 'high',
      keywords: ['ATATT3'],
      pattern: bounded('ATATT3[A-Za-z0-9_=-]{186}'),
      prefix: /^ATATT3/,
      examples: {
        positive: [`JIRA_API_TOKEN=«ATATT3${fake(URLSAFE, 177, 13)}=${fake(HEX.toUpperCase(), 8, 14)}»`],
        negative: [`ATATT3${fake(URLSAFE, 40, 13)}`],
      },
    },
    {
      id: 'atlassian-legacy-api-token',
      match: 'shape',
      kind: 'token',
      severity: 'high',
      confidence: 'medium',
      lengths: [24],
      pattern: /^[A-Za-z0-9]{24}$/,
      validate: looksRandom,
      context: { words: ['atlassian', 'jira', 'confluence'], strict: true },
      examples: {
        positive: [`JIRA_API_TOKEN=«${fake(ALNUM, 24, 1202)}»`, `confluence:\n  api_token: «${fake(ALNUM, 24, 1203)}»`],
        negative: [`jira issue ${fake(ALNUM, 24, 1204)}`, `JIRA_ISSUE_ID=${fake(ALNUM, 24, 1205)}`],
      },
    },
  ],
});
