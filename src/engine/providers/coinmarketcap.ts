// CoinMarketCap: API keys are UUIDs sent as X-CMC_PRO_API_KEY; only a UUID named as a key next
// to CoinMarketCap's name (or CMC) counts.

import { UUID } from '../rules/common';
import { defineProvider } from '../rules/define';
import { fakeUuid } from '../rules/sample';

export default defineProvider({
  slug: 'coinmarketcap',
  name: 'CoinMarketCap',
  category: 'other',
  domains: ['coinmarketcap.com'],
  keysUrl: 'https://pro.coinmarketcap.com/account',
  canDo: 'Call the market-data API on the owner\'s plan, spending its monthly credits.',
  rules: [
    {
      id: 'coinmarketcap-api-key',
      match: 'shape',
      kind: 'token',
      severity: 'medium',
      confidence: 'medium',
      lengths: [36],
      pattern: UUID,
      context: { words: ['coinmarketcap', 'cmc'], strict: true },
      examples: {
        positive: [`curl -H "X-CMC_PRO_API_KEY: «${fakeUuid(3520)}»" "https://pro-api.coinmarketcap.com/v1/cryptocurrency/listings/latest"`, `COINMARKETCAP_API_KEY=«${fakeUuid(3521)}»`],
        negative: [`coinmarketcap listing id ${fakeUuid(3522)}`, `API_KEY=${fakeUuid(3523)}`],
      },
    },
  ],
});
