// Covalent (now GoldRush): API keys are ckey_ and 27 hex characters, or cqt_ and 26–30 base58
// characters in the current format.

import { defineProvider } from '../rules/define';
import { bounded } from '../rules/rule';
import { HEX, fake } from '../rules/sample';

const BASE58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';

export default defineProvider({
  slug: 'covalent',
  name: 'Covalent (GoldRush)',
  category: 'cloud',
  domains: ['covalenthq.com', 'goldrush.dev'],
  keysUrl: 'https://goldrush.dev/platform/apikey/',
  canDo: 'Query wallet balances, transactions and token data across chains on the owner\'s credits.',
  rules: [
    {
      id: 'covalent-api-key',
      match: 'keyword',
      kind: 'token',
      severity: 'medium',
      confidence: 'high',
      keywords: ['ckey_', 'cqt_'],
      pattern: bounded('ckey_[a-f0-9]{27}|cqt_[1-9A-HJ-NP-Za-km-z]{26,30}'),
      prefix: /^(?:ckey|cqt)_/,
      examples: {
        positive: [`https://api.covalenthq.com/v1/1/address/0x0/balances_v2/?key=«ckey_${fake(HEX, 27, 3500)}»`, `GOLDRUSH_API_KEY=«cqt_${fake(BASE58, 28, 3501)}»`],
        negative: ['GOLDRUSH_API_KEY=cqt_your_key_here', `ckey_${fake(HEX, 26, 3502)}`],
      },
    },
  ],
});
