// OKX: a UUID key and a 32-character upper-case hex secret (plus a passphrase): both need the
// word okx and a key-ish name or the other half.

import { UUID } from '../rules/common';
import { defineProvider } from '../rules/define';
import { HEX, fake, fakeUuid } from '../rules/sample';

export default defineProvider({
  slug: 'okx',
  name: 'OKX',
  category: 'exchange',
  domains: ['okx.com'],
  keysUrl: 'https://www.okx.com/account/my-api',
  canDo: 'With the passphrase: read the account, trade and possibly withdraw.',
  rules: [
    {
      id: 'okx-api-key',
      match: 'shape',
      kind: 'public',
      severity: 'medium',
      confidence: 'medium',
      lengths: [36],
      pattern: UUID,
      context: { words: ['okx', 'okex'], strict: true, pair: true },
      pair: { group: 'okx', role: 'public' },
      examples: { positive: [`OKX_API_KEY=«${fakeUuid(213)}»`], negative: [`okx trade id ${fakeUuid(213)}`] },
    },
    {
      id: 'okx-secret-key',
      match: 'shape',
      kind: 'secret',
      severity: 'critical',
      confidence: 'medium',
      lengths: [32],
      pattern: /^[0-9A-F]{32}$/,
      context: { words: ['okx', 'okex'], strict: true, pair: true },
      pair: { group: 'okx', role: 'secret' },
      examples: { positive: [`OKX_SECRET_KEY=«${fake(HEX.toUpperCase(), 32, 214)}»`], negative: [`okx md5 ${fake(HEX.toUpperCase(), 32, 214)}`] },
    },
  ],
});
