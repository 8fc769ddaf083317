// Plivo: an Auth ID (MA… for accounts, SA… for subaccounts, 20 upper-case letters and digits)
// pairs with a 40-character Auth Token, which needs the word plivo and a key-ish name or the ID.

import { looksRandom } from '../filters';
import { defineProvider } from '../rules/define';
import { URLSAFE, fake } from '../rules/sample';

const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
const authId = `MA${fake(UPPER, 18, 3760)}`;
const token = fake(URLSAFE, 40, 3761);

export default defineProvider({
  slug: 'plivo',
  name: 'Plivo',
  category: 'messaging',
  domains: ['plivo.com'],
  keysUrl: 'https://console.plivo.com/dashboard/',
  canDo: 'With the Auth Token: send SMS and place calls on the owner\'s balance and read message and call logs.',
  rules: [
    {
      // A name ending in ID reads as an identifier's to the engine: the Auth ID is found by its
      // documented names and in API paths instead.
      id: 'plivo-auth-id',
      match: 'keyword',
      kind: 'public',
      severity: 'medium',
      confidence: 'high',
      keywords: ['PLIVO_AUTH_ID', 'auth_id', 'plivo.com/v1/Account/'],
      anywhere: true,
      pattern: /(?:(?:PLIVO_AUTH_ID|auth_id)["']?[ \t]{0,3}[:=][ \t]{0,3}["']?|plivo\.com\/v1\/Account\/)([MS]A[A-Z0-9]{18})(?![A-Za-z0-9_+=-])/g,
      validate: (v) => /[0-9]/.test(v) && /[A-Z]{2}/.test(v.slice(2)),
      pair: { group: 'plivo', role: 'public' },
      examples: {
        positive: [`PLIVO_AUTH_ID=«${authId}»\nPLIVO_AUTH_TOKEN=${token}`, `client = plivo.RestClient(auth_id="«MA${fake(UPPER, 18, 3764)}»", auth_token=token)`, `curl -u "$ID:$TOKEN" https://api.plivo.com/v1/Account/«SA${fake(UPPER, 18, 3765)}»/Message/`],
        negative: [`plivo call MA${fake(UPPER, 18, 3762)}`, 'PLIVO_AUTH_ID=MAXXXXXXXXXXXXXXXXXX'],
      },
    },
    {
      id: 'plivo-auth-token',
      match: 'shape',
      kind: 'secret',
      severity: 'high',
      confidence: 'medium',
      lengths: [40],
      pattern: /^[A-Za-z0-9_-]{40}$/,
      validate: looksRandom,
      context: { words: ['plivo'], strict: true, pair: true },
      pair: { group: 'plivo', role: 'secret' },
      examples: {
        positive: [`PLIVO_AUTH_TOKEN=«${token}»`],
        negative: [`plivo message uuid ${token}`, `AUTH_TOKEN=${fake(URLSAFE, 40, 3763)}`],
      },
    },
  ],
});
