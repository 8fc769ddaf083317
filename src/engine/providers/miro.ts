// Miro: REST API access tokens start with the base64 of {"miro.origin":"<region>"}, then '_' and
// the random part (developers.miro.com, REST API authorization; the tokens its docs and apps show).
// The decoded JSON is checked.

import { decodeBase64Url } from '../base64';
import { looksRandom } from '../filters';
import { defineProvider } from '../rules/define';
import { bounded } from '../rules/rule';
import { ALNUM, URLSAFE, base64Ascii, fake } from '../rules/sample';

const ORIGIN = /^\{"miro\.origin":"[a-z0-9-]{2,12}"\}$/;

function isMiroToken(v: string): boolean {
  const cut = v.indexOf('_');
  return cut > 0 && ORIGIN.test(decodeBase64Url(v.slice(0, cut)) ?? '') && looksRandom(v.slice(cut + 1).replace(/[_-]/g, ''));
}

const head = (region: string): string => base64Ascii(`{"miro.origin":"${region}"}`).replace(/=+$/, '');

export default defineProvider({
  slug: 'miro',
  name: 'Miro',
  category: 'other',
  domains: ['miro.com'],
  keysUrl: 'https://miro.com/app/settings/user-profile/apps',
  canDo: 'Read, change and share the boards the app was granted, as the user who installed it.',
  rules: [
    {
      id: 'miro-access-token',
      match: 'keyword',
      kind: 'token',
      severity: 'high',
      confidence: 'high',
      keywords: ['eyJtaXJvLm9yaWdpbiI6'],
      pattern: bounded('eyJtaXJvLm9yaWdpbiI6[A-Za-z0-9]{6,40}_[A-Za-z0-9_-]{20,64}'),
      prefix: /^eyJtaXJvLm9yaWdpbiI6[A-Za-z0-9]{6,40}_/,
      validate: isMiroToken,
      examples: {
        positive: [`MIRO_ACCESS_TOKEN=«${head('eu01')}_${fake(URLSAFE, 27, 7440)}»`, `curl -H "Authorization: Bearer «${head('us01')}_${fake(ALNUM, 27, 7441)}»" https://api.miro.com/v2/boards`],
        negative: [`${base64Ascii('{"miro.other":"eu01"}').replace(/=+$/, '')}_${fake(URLSAFE, 27, 7442)}`, `${head('eu01')}_${fake(URLSAFE, 12, 7443)}`],
      },
    },
  ],
});
