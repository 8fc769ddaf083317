// Blynk: a device's auth token (32 characters) rides in the HTTPS API's query string,
// https://<region>.blynk.cloud/external/api/<call>?token=<token>&<pin>. The platform API takes
// an organization's 40-character access token as a Bearer token, and that token comes from the
// OAuth client credentials: a client id oa2-client-id_ + 32 and a 40-character secret
// (docs.blynk.io, Platform HTTPS API "Authentication" and Developers > OAuth2).

import { looksRandom } from '../filters';
import { defineProvider } from '../rules/define';
import { URLSAFE, fake } from '../rules/sample';

const clientId = (seed: number): string => `oa2-client-id_${fake(URLSAFE, 32, seed)}`;

export default defineProvider({
  slug: 'blynk',
  name: 'Blynk',
  category: 'other',
  domains: ['blynk.cloud', 'blynk.io'],
  noKeysUrl: 'Each device has its own auth token, shown on the device\'s page (Device Info) in the Blynk console.',
  canDo: 'Read the device\'s data streams and send it values: switch what it controls and feed it false readings.',
  rules: [
    {
      id: 'blynk-device-token',
      match: 'keyword',
      kind: 'token',
      severity: 'high',
      confidence: 'high',
      keywords: ['blynk.cloud/external/api/'],
      pattern: /blynk\.cloud\/external\/api\/[A-Za-z0-9/]{1,40}\?token=([A-Za-z0-9_-]{32})(?![A-Za-z0-9_-])/g,
      validate: looksRandom,
      examples: {
        positive: [`curl "https://blynk.cloud/external/api/get?token=«${fake(URLSAFE, 32, 7347)}»&v1"`, `GET https://fra1.blynk.cloud/external/api/update?token=«${fake(URLSAFE, 32, 7348)}»&v2=1`],
        negative: ['https://blynk.cloud/external/api/get?token={token}&v1', `https://blynk.cloud/external/api/get?token=${fake(URLSAFE, 20, 7349)}&v1`],
      },
    },
    {
      id: 'blynk-oauth-client-secret',
      match: 'keyword',
      kind: 'secret',
      severity: 'high',
      confidence: 'high',
      keywords: ['oa2-client-id_'],
      pattern: /oa2-client-id_[A-Za-z0-9_-]{32}(?::|&client_secret=)([A-Za-z0-9_-]{40})(?![A-Za-z0-9_-])/g,
      validate: looksRandom,
      examples: {
        positive: [`curl -X POST -u ${clientId(9220)}:«${fake(URLSAFE, 40, 9221)}» "https://fra1.blynk.cloud/oauth2/token?grant_type=client_credentials"`],
        negative: [`-u ${clientId(9222)}:<client-secret>`],
      },
    },
    {
      id: 'blynk-organization-token',
      match: 'shape',
      kind: 'token',
      severity: 'high',
      confidence: 'medium',
      lengths: [40],
      pattern: /^[A-Za-z0-9_-]{40}$/,
      validate: looksRandom,
      context: { words: ['blynk'], strict: true },
      examples: {
        positive: [`curl https://fra1.blynk.cloud/api/organization/profile -H "Authorization: Bearer «${fake(URLSAFE, 40, 9223)}»"`],
        negative: [`blynk firmware build ${fake(URLSAFE, 40, 9224)}`],
      },
    },
  ],
});
