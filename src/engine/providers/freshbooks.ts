// FreshBooks: OAuth access and refresh tokens are 64 hex with no prefix; the word freshbooks and
// a key-ish name are needed.

import { defineProvider } from '../rules/define';
import { HEX, fake } from '../rules/sample';

export default defineProvider({
  slug: 'freshbooks',
  name: 'FreshBooks',
  category: 'payments',
  domains: ['freshbooks.com'],
  keysUrl: 'https://my.freshbooks.com/#/developer',
  canDo: 'Read and change the business\'s invoices, clients, expenses and payments.',
  rules: [
    {
      id: 'freshbooks-access-token',
      match: 'shape',
      kind: 'token',
      severity: 'high',
      confidence: 'medium',
      lengths: [64],
      pattern: /^[a-f0-9]{64}$/,
      context: { words: ['freshbooks'], strict: true },
      examples: {
        positive: [`FRESHBOOKS_ACCESS_TOKEN=«${fake(HEX, 64, 2450)}»`, `freshbooks:\n  refresh_token: «${fake(HEX, 64, 2451)}»`],
        negative: [`freshbooks invoice sha256 ${fake(HEX, 64, 2452)}`, `FRESHBOOKS_ACCESS_TOKEN=${fake(HEX, 60, 2453)}`],
      },
    },
  ],
});
