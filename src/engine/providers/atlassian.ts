// Atlassian: API tokens for Jira, Confluence and Bitbucket start ATATT3 and end in a hex checksum.
// Tokens made before that format are 24 alphanumerics: a product word and a key-ish name.
// Data Center (self-hosted Jira, Confluence, Bamboo) personal access tokens are base64 of a
// 12-digit id, ':' and 20 random bytes (rules/common.ts isDataCenterToken), beside a product word
// or a key-ish name.

import { looksRandom } from '../filters';
import { isDataCenterToken } from '../rules/common';
import { defineProvider } from '../rules/define';
import { bounded } from '../rules/rule';
import { ALNUM, HEX, URLSAFE, base64Ascii, fake } from '../rules/sample';

/** A Data Center token as the server issues it: 12-digit id, ':', 20 bytes (here some not printable). */
export function fakeDataCenterToken(seed: number): string {
  const id = fake('0123456789', 12, seed);
  const tail = fake(ALNUM, 20, seed + 1).split('').map((c, i) => (i % 3 === 0 ? String.fromCharCode(0x80 + c.charCodeAt(0)) : c)).join('');
  return base64Ascii(`${id}:${tail}`);
}

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
    {
      id: 'atlassian-data-center-pat',
      match: 'shape',
      kind: 'token',
      severity: 'high',
      confidence: 'high',
      lengths: [44],
      pattern: /^[MNO][A-Za-z0-9+/]{15}O[g-v][A-Za-z0-9+/]{26}$/,
      validate: isDataCenterToken,
      // The decoding is the evidence; a product word or a key-ish name keeps the page's gate from
      // passing every long run of letters (gate-summary.ts).
      context: { words: ['jira', 'confluence', 'bamboo', 'atlassian', 'wiki'], label: true },
      examples: {
        positive: [`JIRA_PAT="«${fakeDataCenterToken(9130)}»"`, `curl -H "Authorization: Bearer «${fakeDataCenterToken(9132)}»" https://confluence.example.org/rest/api/user/current`],
        negative: [`CONFLUENCE_PAT=${base64Ascii(`123456789012:${fake(ALNUM, 20, 9134)}`)}`, `sha = ${fake(ALNUM, 44, 9135)}`],
      },
    },
  ],
});
