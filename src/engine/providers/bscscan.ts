// BscScan: API keys are 34 upper-case letters and digits, like the rest of Etherscan's family.

import { explorerApiKey } from '../rules/common';
import { defineProvider } from '../rules/define';
import { fake } from '../rules/sample';

const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

export default defineProvider({
  slug: 'bscscan',
  name: 'BscScan',
  category: 'cloud',
  domains: ['bscscan.com'],
  keysUrl: 'https://bscscan.com/myapikey',
  canDo: 'Query BNB Chain data and verify contracts on the owner\'s rate limit and plan.',
  rules: [
    explorerApiKey('bscscan-api-key', ['bscscan'], {
      positive: [`BSCSCAN_API_KEY=«${fake(UPPER, 34, 3430)}»`, `https://api.bscscan.com/api?module=contract&action=getabi&address=0x0&apikey=«${fake(UPPER, 34, 3431)}»`],
      negative: [`bscscan block ${fake(UPPER, 34, 3432)}`, `APIKEY=${fake(UPPER, 34, 3433)}`],
    }),
  ],
});
