// Airtable: personal access tokens are pat, a 14-character id, a dot and 64 hex. (The older
// 17-character API keys stopped working in February 2024.) OAuth access tokens are oaa, a
// 14-character id, .v1., base64url JSON (userId, expiresAt, oauthApplicationId, secret), a dot and
// 64 hex (TruffleHog's airtableoauth detector and its tests; the JSON part is checked).

import { decodeBase64Url } from '../base64';
import { parseJsonObject } from '../rules/common';
import { defineProvider } from '../rules/define';
import { ALNUM, HEX, base64UrlJson, fake } from '../rules/sample';

const pat = (seed: number): string => `pat${fake(ALNUM, 14, seed)}.${fake(HEX, 64, seed + 1)}`;
const oauth = (seed: number, version = 'v1'): string =>
  `oaa${fake(ALNUM, 14, seed)}.${version}.${base64UrlJson({ userId: `usr${fake(ALNUM, 14, seed + 1)}`, expiresAt: '2026-03-01T10:00:00.000Z', oauthApplicationId: `oap${fake(ALNUM, 14, seed + 2)}`, secret: fake(HEX, 64, seed + 3) })}.${fake(HEX, 64, seed + 4)}`;

export default defineProvider({
  slug: 'airtable',
  name: 'Airtable',
  category: 'other',
  domains: ['airtable.com'],
  keysUrl: 'https://airtable.com/create/tokens',
  canDo: 'Read and change the records of the bases the token was granted, within its scopes.',
  rules: [
    {
      id: 'airtable-personal-access-token',
      match: 'run',
      kind: 'token',
      severity: 'high',
      confidence: 'high',
      // The 64-hex secret after "pat<14>.": the literal is too short to look for on its own.
      run: { min: 64, max: 64, test: (t, s) => t[s - 1] === '.' && s >= 18 && t.startsWith('pat', s - 18) },
      pattern: /(?<![A-Za-z0-9_+/-])(pat[A-Za-z0-9]{14}\.[a-f0-9]{64})(?![A-Za-z0-9_+/=-])/g,
      prefix: /^pat[A-Za-z0-9]{14}\./,
      examples: {
        positive: [`AIRTABLE_TOKEN=«${pat(2050)}»`, `curl https://api.airtable.com/v0/meta/bases -H "Authorization: Bearer «${pat(2052)}»"`],
        negative: [`pat${fake(ALNUM, 14, 2054)}.${fake(HEX, 64, 2055).toUpperCase()}`, `pat${fake(ALNUM, 14, 2056)}.${fake(HEX, 40, 2057)}`],
      },
    },
    {
      id: 'airtable-oauth-token',
      match: 'keyword',
      kind: 'token',
      severity: 'high',
      confidence: 'high',
      keywords: ['.v1.eyJ'],
      anywhere: true,
      pattern: /(?<![A-Za-z0-9_+/-])(oaa[A-Za-z0-9]{14}\.v1\.eyJ[A-Za-z0-9_-]{20,1200}\.[a-f0-9]{64})(?![A-Za-z0-9_+/=-])/g,
      prefix: /^oaa[A-Za-z0-9]{14}\.v1\./,
      validate: (v) => parseJsonObject(decodeBase64Url(v.split('.')[2] as string)) !== null,
      examples: {
        positive: [`AIRTABLE_OAUTH_TOKEN=«${oauth(9527)}»`, `curl https://api.airtable.com/v0/meta/whoami -H "Authorization: Bearer «${oauth(9532)}»"`],
        negative: [oauth(9537, 'v2'), `oaa${fake(ALNUM, 14, 9542)}.v1.eyJ${fake(ALNUM, 60, 9543)}.${fake(HEX, 64, 9544)}`],
      },
    },
  ],
});
