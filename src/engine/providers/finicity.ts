// Finicity (Mastercard Open Banking): app keys are 32 hex and partner secrets 20 letters and
// digits, with no prefix; the word finicity and a key-ish name are needed.

import { looksRandom } from '../filters';
import { defineProvider } from '../rules/define';
import { ALNUM, HEX, fake } from '../rules/sample';

export default defineProvider({
  slug: 'finicity',
  name: 'Finicity',
  category: 'payments',
  domains: ['finicity.com', 'developer.mastercard.com'],
  keysUrl: 'https://developer.mastercard.com/dashboard',
  canDo: 'With the partner id: read connected customers\' bank accounts, balances and transactions.',
  rules: [
    {
      id: 'finicity-app-key',
      match: 'shape',
      kind: 'public',
      severity: 'medium',
      confidence: 'medium',
      lengths: [32],
      pattern: /^[a-f0-9]{32}$/,
      context: { words: ['finicity'], strict: true },
      pair: { group: 'finicity', role: 'public' },
      examples: {
        positive: [`FINICITY_APP_KEY=«${fake(HEX, 32, 2350)}»`],
        negative: [`finicity customer ${fake(HEX, 32, 2351)}`],
      },
    },
    {
      id: 'finicity-partner-secret',
      match: 'shape',
      kind: 'secret',
      severity: 'high',
      confidence: 'medium',
      lengths: [20],
      pattern: /^[A-Za-z0-9]{20}$/,
      validate: looksRandom,
      context: { words: ['finicity'], strict: true },
      pair: { group: 'finicity', role: 'secret' },
      examples: {
        positive: [`FINICITY_PARTNER_SECRET=«${fake(ALNUM, 20, 2352)}»`, `{"finicity": {"partnerId": "2445581234567", "partnerSecret": "«${fake(ALNUM, 20, 2353)}»"}}`],
        negative: [`finicity institution ${fake(ALNUM, 20, 2354)}`],
      },
    },
  ],
});
