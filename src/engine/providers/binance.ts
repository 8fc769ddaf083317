// Binance: key and secret are both 64 alphanumerics with no prefix. The word binance must be
// near; the name (secretKey) or the order of two halves tells which is the secret.

import { looksRandom } from '../filters';
import { halfByName } from '../rules/common';
import { defineProvider } from '../rules/define';
import type { Verdict } from '../rules/rule';
import { ALNUM, HEX, fake } from '../rules/sample';

const secret: Verdict = { rule: 'binance-secret-key', kind: 'secret', severity: 'critical' };
const key = fake(ALNUM, 64, 201);
const secretValue = fake(ALNUM, 64, 202);

export default defineProvider({
  slug: 'binance',
  name: 'Binance',
  category: 'exchange',
  domains: ['binance.com'],
  keysUrl: 'https://www.binance.com/en/my/settings/api-management',
  canDo: 'Depending on its permissions: read the account, trade, and withdraw to allow-listed addresses.',
  badge: '#7a5b00',
  rules: [
    {
      id: 'binance-api-key',
      match: 'shape',
      kind: 'public',
      severity: 'medium',
      confidence: 'medium',
      lengths: [64],
      pattern: /^[A-Za-z0-9]{64}$/,
      validate: looksRandom,
      context: { words: ['binance'] },
      classify: halfByName(secret),
      variants: ['binance-secret-key'],
      pair: { group: 'binance', role: 'public', secretVerdict: secret },
      examples: {
        positive: [`BINANCE_API_KEY=«${key}»`, `binance secretKey: «${secretValue}»`, `binance\n«${key}»\n${secretValue}`],
        negative: [key, `binance sha256 ${fake(HEX, 64, 205)}`, 'binance vmPUZE6mv9SD5VNHk4HlWFsOr6aKE2zvsw0MuIgwCIPy6utIco14y7Ju91duEh8A'],
      },
    },
  ],
});
