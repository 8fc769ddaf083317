// Etherscan: API keys are 34 upper-case letters and digits. Since API V2 one Etherscan key
// serves every chain Etherscan runs an explorer for, so the family's names count as context.

import { explorerApiKey } from '../rules/common';
import { defineProvider } from '../rules/define';
import { fake } from '../rules/sample';

const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

export default defineProvider({
  slug: 'etherscan',
  name: 'Etherscan',
  category: 'cloud',
  domains: ['etherscan.io'],
  keysUrl: 'https://etherscan.io/myapikey',
  canDo: 'Query chain data and verify contracts on the owner\'s rate limit and plan.',
  rules: [
    explorerApiKey('etherscan-api-key', ['etherscan', 'polygonscan', 'arbiscan', 'basescan', 'lineascan', 'scrollscan', 'blastscan', 'snowscan'], {
      positive: [
        `ETHERSCAN_API_KEY=«${fake(UPPER, 34, 3420)}»`,
        `curl "https://api.etherscan.io/v2/api?chainid=1&module=account&action=balance&address=0x0&apikey=«${fake(UPPER, 34, 3421)}»"`,
        `etherscan: {\n  apiKey: "«${fake(UPPER, 34, 3422)}»"\n}`,
      ],
      negative: [`etherscan tx ${fake(UPPER, 34, 3423)}`, `API_KEY=${fake(UPPER, 34, 3424)}`, 'ETHERSCAN_API_KEY=YourApiKeyToken'],
    }),
  ],
});
