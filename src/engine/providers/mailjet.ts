// Mailjet: an API key and its secret key are both 32 hex characters (MJ_APIKEY_PUBLIC and
// MJ_APIKEY_PRIVATE); the name, or which comes second, tells them apart.

import { defineProvider } from '../rules/define';
import { halfByName } from '../rules/common';
import type { Verdict } from '../rules/rule';
import { HEX, fake } from '../rules/sample';

const secret: Verdict = { rule: 'mailjet-secret-key', kind: 'secret', severity: 'high' };
const key = fake(HEX, 32, 3750);
const secretKey = fake(HEX, 32, 3751);

export default defineProvider({
  slug: 'mailjet',
  name: 'Mailjet',
  category: 'messaging',
  domains: ['mailjet.com'],
  keysUrl: 'https://app.mailjet.com/account/apikeys',
  canDo: 'With its secret key: send email from the account\'s senders and read contacts, lists and campaign statistics.',
  rules: [
    {
      id: 'mailjet-api-key',
      match: 'shape',
      kind: 'public',
      severity: 'medium',
      confidence: 'medium',
      lengths: [32],
      pattern: /^[a-f0-9]{32}$/,
      context: { words: ['mailjet', 'mj_apikey'], strict: true, pair: true },
      classify: halfByName(secret),
      variants: ['mailjet-secret-key'],
      pair: { group: 'mailjet', role: 'public', secretVerdict: secret },
      examples: {
        positive: [`MJ_APIKEY_PUBLIC=«${key}»\nMJ_APIKEY_PRIVATE=${secretKey}`, `MJ_APIKEY_PUBLIC=${key}\nMJ_APIKEY_PRIVATE=«${secretKey}»`, `mailjet = Client(auth=(api_key, api_secret))\napi_secret = "«${fake(HEX, 32, 3752)}»"`],
        negative: [`mailjet message ${key}`, `API_SECRET=${secretKey}`],
      },
    },
  ],
});
