// Bittrex: key and secret are both 32 hex with no prefix; the word bittrex and a key-ish name are
// needed, and the name (secret) tells the halves apart. Bittrex's exchanges have wound down, but
// keys of accounts that were never closed may still be found in old code.

import { halfByName } from '../rules/common';
import { defineProvider } from '../rules/define';
import type { Verdict } from '../rules/rule';
import { HEX, fake } from '../rules/sample';

const secret: Verdict = { rule: 'bittrex-api-secret', kind: 'secret', severity: 'high' };

export default defineProvider({
  slug: 'bittrex',
  name: 'Bittrex',
  category: 'exchange',
  domains: ['bittrex.com', 'global.bittrex.com'],
  noKeysUrl: 'Bittrex\'s exchanges have closed; keys can only be deleted from an account that can still sign in.',
  canDo: 'Read balances and history and, with the permission, trade and withdraw, while the account still exists.',
  rules: [
    {
      id: 'bittrex-api-key',
      match: 'shape',
      kind: 'public',
      severity: 'medium',
      confidence: 'medium',
      lengths: [32],
      pattern: /^[a-f0-9]{32}$/,
      context: { words: ['bittrex'], strict: true },
      classify: halfByName(secret),
      variants: ['bittrex-api-secret'],
      pair: { group: 'bittrex', role: 'public', secretVerdict: secret },
      examples: {
        positive: [`BITTREX_API_KEY=«${fake(HEX, 32, 2110)}»`, `bittrex:\n  api_secret: «${fake(HEX, 32, 2111)}»`],
        negative: [`bittrex order ${fake(HEX, 32, 2112)}`, `BITTREX_API_KEY=${fake(HEX, 31, 2113)}`],
      },
    },
  ],
});
