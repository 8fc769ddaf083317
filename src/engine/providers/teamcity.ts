// TeamCity: access tokens start with the base64 of {"typ": "TCV2"} and end with the base64 of a
// UUID, which is decoded to check them.

import { decodeBase64Url } from '../base64';
import { defineProvider } from '../rules/define';
import { bounded } from '../rules/rule';
import { URLSAFE, base64Ascii, fake, fakeUuid } from '../rules/sample';

const HEAD = 'eyJ0eXAiOiAiVENWMiJ9';
const token = (seed: number): string =>
  `${HEAD}.${base64Ascii(fake(URLSAFE, 27, seed)).replace(/=+$/, '')}.${base64Ascii(fakeUuid(seed + 1)).replace(/=+$/, '')}`;

export default defineProvider({
  slug: 'teamcity',
  name: 'TeamCity',
  category: 'code',
  domains: ['jetbrains.com'],
  noKeysUrl: 'TeamCity runs on the owner\'s server (or TeamCity Cloud): tokens are revoked in the user\'s profile there.',
  canDo: 'Act as the user on the TeamCity server: run builds, read their logs and parameters, and change project settings.',
  rules: [
    {
      id: 'teamcity-access-token',
      match: 'keyword',
      kind: 'token',
      severity: 'critical',
      confidence: 'high',
      keywords: [HEAD],
      pattern: bounded(`${HEAD}\\.[A-Za-z0-9_-]{20,80}\\.[A-Za-z0-9_-]{40,80}={0,2}`),
      prefix: new RegExp(`^${HEAD}\\.`),
      validate: (v) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(decodeBase64Url(v.slice(v.lastIndexOf('.') + 1).replace(/=+$/, '')) ?? ''),
      examples: {
        positive: [`TEAMCITY_TOKEN=«${token(2138)}»`, `curl -H "Authorization: Bearer «${token(2143)}»" https://ci.example.org/app/rest/server`],
        negative: [`${HEAD}.${fake(URLSAFE, 36, 2144)}.${fake(URLSAFE, 48, 2145)}`],
      },
    },
  ],
});
