// Atlassian: API tokens for Jira, Confluence and Bitbucket start ATATT3 and end in a hex checksum.
// Tokens made before that format are 24 alphanumerics: a product word and a key-ish name.
// Jira and Confluence Data Center personal access tokens (Bearer) are 44 base64 characters: a
// 12-digit token id, ':' and 20 random bytes (the structure Kingfisher's jira rule states, from
// tokens in public code); the decoded id and colon are checked, so a product word or a key-ish
// name is context enough.

import { base64ByteAt, isBase64OfSize } from '../base64';
import { looksRandom } from '../filters';
import { defineProvider } from '../rules/define';
import { bounded } from '../rules/rule';
import { ALNUM, DIGITS, HEX, URLSAFE, base64Ascii, fake } from '../rules/sample';

/** A Data Center personal access token: base64 of a 12-digit id, ':' and 20 random bytes. */
function isDataCenterPat(v: string): boolean {
  if (!isBase64OfSize(v, 33)) return false;
  for (let i = 0; i < 12; i++) {
    const b = base64ByteAt(v, i);
    if (b < 48 || b > 57) return false;
  }
  return base64ByteAt(v, 12) === 58 && looksRandom(v.slice(18));
}

/** A sample Data Center token: a fake id and 20 fake bytes. */
function fakeDataCenterPat(seed: number): string {
  const hex = fake(HEX, 40, seed + 1);
  let bytes = '';
  for (let i = 0; i < 40; i += 2) bytes += String.fromCharCode(parseInt(hex.slice(i, i + 2), 16));
  return base64Ascii(`${fake(DIGITS, 12, seed)}:${bytes}`);
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
      confidence: 'medium',
      lengths: [44],
      pattern: /^[MNO][A-Za-z0-9+/]{43}$/,
      validate: isDataCenterPat,
      context: { words: ['atlassian', 'jira', 'confluence'], label: true },
      examples: {
        positive: [
          `curl -H "Authorization: Bearer «${fakeDataCenterPat(1206)}»" https://jira.example.com/rest/api/2/myself`,
          `confluence_pat: «${fakeDataCenterPat(1207)}»`,
        ],
        // Not a 12-digit id and a colon, or no name and no product word.
        negative: [`jira_pat: ${base64Ascii(`${fake(DIGITS, 11, 1208)}x:${fake(ALNUM, 20, 1209)}`)}`, `checksum ${fakeDataCenterPat(1210)}`],
      },
    },
  ],
});
