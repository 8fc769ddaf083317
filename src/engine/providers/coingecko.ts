// CoinGecko: Pro and Demo API keys are CG- and 24 alphanumerics.

import { defineProvider } from '../rules/define';
import { bounded } from '../rules/rule';
import { ALNUM, fake } from '../rules/sample';

export default defineProvider({
  slug: 'coingecko',
  name: 'CoinGecko',
  category: 'other',
  domains: ['coingecko.com'],
  keysUrl: 'https://www.coingecko.com/en/developers/dashboard',
  canDo: 'Call the market-data API on the owner\'s paid plan, spending its monthly call credits.',
  rules: [
    {
      id: 'coingecko-api-key',
      match: 'keyword',
      kind: 'token',
      severity: 'medium',
      confidence: 'high',
      keywords: ['CG-'],
      pattern: bounded('CG-[A-Za-z0-9]{24}'),
      prefix: /^CG-/,
      examples: {
        positive: [`https://pro-api.coingecko.com/api/v3/simple/price?ids=bitcoin&vs_currencies=usd&x_cg_pro_api_key=«CG-${fake(ALNUM, 24, 3510)}»`, `headers: { "x-cg-demo-api-key": "«CG-${fake(ALNUM, 24, 3511)}»" }`],
        negative: ['x_cg_pro_api_key=CG-YOUR_KEY', `CG-${fake(ALNUM, 23, 3512)}`],
      },
    },
  ],
});
