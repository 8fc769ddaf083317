// BitMEX: a 24-character key and a 48-character secret, base64url, no prefix.

import { looksRandom } from '../filters';
import { defineProvider } from '../rules/define';
import { URLSAFE, fake } from '../rules/sample';

export default defineProvider({
  slug: 'bitmex',
  name: 'BitMEX',
  category: 'exchange',
  domains: ['bitmex.com'],
  keysUrl: 'https://www.bitmex.com/app/apiKeys',
  canDo: 'Depending on its permissions: read positions, place orders, and withdraw.',
  rules: [
    {
      id: 'bitmex-api-key',
      match: 'shape',
      kind: 'public',
      severity: 'medium',
      confidence: 'medium',
      lengths: [24],
      pattern: /^[A-Za-z0-9_-]{24}$/,
      validate: (v) => looksRandom(v.replace(/[_-]/g, '')),
      context: { words: ['bitmex'], strict: true, pair: true },
      pair: { group: 'bitmex', role: 'public' },
      examples: { positive: [`BITMEX_API_KEY=«${fake(URLSAFE, 24, 218)}»`], negative: [`bitmex ${fake(URLSAFE, 24, 218)}`] },
    },
    {
      id: 'bitmex-api-secret',
      match: 'shape',
      kind: 'secret',
      severity: 'critical',
      confidence: 'medium',
      lengths: [48],
      pattern: /^[A-Za-z0-9_-]{48}$/,
      validate: (v) => looksRandom(v.replace(/[_-]/g, '')),
      context: { words: ['bitmex'], pair: true },
      pair: { group: 'bitmex', role: 'secret' },
      examples: { positive: [`BITMEX_API_SECRET=«${fake(URLSAFE, 48, 219)}»`], negative: [fake(URLSAFE, 48, 219)] },
    },
  ],
});
