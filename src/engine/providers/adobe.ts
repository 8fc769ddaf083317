// Adobe Developer Console: OAuth client secrets are p8e- and 32 URL-safe base64 characters
// (letters, digits, '-' and '_', as the console shows them).

import { looksRandom } from '../filters';
import { defineProvider } from '../rules/define';
import { bounded } from '../rules/rule';
import { ALNUM, URLSAFE, fake } from '../rules/sample';

export default defineProvider({
  slug: 'adobe',
  name: 'Adobe',
  category: 'cloud',
  domains: ['adobe.com', 'adobe.io'],
  keysUrl: 'https://developer.adobe.com/console/',
  canDo: 'With the client id: get access tokens for the project\'s Adobe APIs and act on its data.',
  rules: [
    {
      id: 'adobe-client-secret',
      match: 'keyword',
      kind: 'secret',
      severity: 'high',
      confidence: 'high',
      keywords: ['p8e-'],
      pattern: bounded('p8e-[A-Za-z0-9_-]{32}'),
      prefix: /^p8e-/,
      validate: (v) => looksRandom(v.slice(4).replace(/[_-]/g, '')),
      examples: {
        positive: [`ADOBE_CLIENT_SECRET=«p8e-${fake(ALNUM, 32, 2030)}»`, `"client_secret": "«p8e-${fake(URLSAFE, 14, 4190)}-${fake(URLSAFE, 10, 4191)}_${fake(ALNUM, 6, 4192)}»"`, `curl -d 'client_secret=«p8e-${fake(ALNUM, 32, 2031)}»' https://ims-na1.adobelogin.com/ims/token/v3`],
        negative: [`p8e-${fake(ALNUM, 31, 2032)}`, 'p8e-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', `p8e-${fake(URLSAFE, 33, 4193)}`],
      },
    },
  ],
});
