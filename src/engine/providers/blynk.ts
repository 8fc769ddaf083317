// Blynk: a device's auth token (32 characters) rides in the HTTPS API's query string,
// https://<region>.blynk.cloud/external/api/<call>?token=<token>&<pin>.

import { looksRandom } from '../filters';
import { defineProvider } from '../rules/define';
import { URLSAFE, fake } from '../rules/sample';

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
  ],
});
