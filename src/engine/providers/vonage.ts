// Vonage (formerly Nexmo): an 8-hex API key pairs with a 16-character API secret. The key is too
// short to find by shape, so it is found by its names (VONAGE_API_KEY, NEXMO_API_KEY); the
// secret needs the word vonage or nexmo and a key-ish name, or the key.

import { defineProvider } from '../rules/define';
import { mixedCase } from '../rules/common';
import { HEX, URLSAFE, fake } from '../rules/sample';

const key = fake(HEX, 8, 3820);
const secret = fake(URLSAFE, 16, 3821);

export default defineProvider({
  slug: 'vonage',
  name: 'Vonage (Nexmo)',
  category: 'messaging',
  domains: ['vonage.com', 'nexmo.com'],
  keysUrl: 'https://dashboard.nexmo.com/settings',
  canDo: 'With its secret: send SMS and make calls on the owner\'s balance, and read messages and call records.',
  rules: [
    {
      id: 'vonage-api-key',
      match: 'keyword',
      kind: 'public',
      severity: 'medium',
      confidence: 'high',
      keywords: ['VONAGE_API_KEY', 'NEXMO_API_KEY'],
      anywhere: true,
      pattern: /(?:VONAGE|NEXMO)_API_KEY["']?[ \t]{0,3}[:=][ \t]{0,3}["']?([a-f0-9]{8})(?![A-Za-z0-9_+/=-])/g,
      pair: { group: 'vonage', role: 'public' },
      examples: {
        positive: [`VONAGE_API_KEY=«${key}»\nVONAGE_API_SECRET=${secret}`],
        negative: ['VONAGE_API_KEY=your_key_here', 'NEXMO_API_KEY=1234abc'],
      },
    },
    {
      id: 'vonage-api-secret',
      match: 'shape',
      kind: 'secret',
      severity: 'high',
      confidence: 'medium',
      lengths: [16],
      pattern: /^[A-Za-z0-9_-]{16}$/,
      validate: mixedCase,
      context: { words: ['vonage', 'nexmo'], strict: true, pair: true },
      pair: { group: 'vonage', role: 'secret' },
      examples: {
        positive: [`VONAGE_API_KEY=${key}\nVONAGE_API_SECRET=«${secret}»`, `const vonage = new Vonage({ apiKey: "${key}", apiSecret: "«${fake(URLSAFE, 16, 3822)}»" });`],
        negative: [`vonage message ${secret}`, `API_SECRET=${fake(URLSAFE, 16, 3823)}`],
      },
    },
  ],
});
