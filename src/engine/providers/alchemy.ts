// Alchemy: API keys are 32 URL-safe characters, most often at the end of the endpoint URL
// (https://<network>.g.alchemy.com/v2/<key>); bare keys need the word alchemy and a key-ish name.

import { looksRandom } from '../filters';
import { defineProvider } from '../rules/define';
import { URLSAFE, fake } from '../rules/sample';

export default defineProvider({
  slug: 'alchemy',
  name: 'Alchemy',
  category: 'cloud',
  domains: ['alchemy.com'],
  keysUrl: 'https://dashboard.alchemy.com/apps',
  canDo: 'Send requests to blockchain networks through the owner\'s app, spending its compute units and plan credits.',
  rules: [
    {
      id: 'alchemy-endpoint-key',
      match: 'keyword',
      kind: 'token',
      severity: 'medium',
      confidence: 'high',
      keywords: ['.g.alchemy.com/v2/', 'alchemyapi.io/v2/'],
      pattern: /(?:\.g\.alchemy\.com|alchemyapi\.io)\/v2\/([A-Za-z0-9_-]{32})(?![A-Za-z0-9_-])/g,
      validate: looksRandom,
      examples: {
        positive: [`const RPC_URL = "https://eth-mainnet.g.alchemy.com/v2/«${fake(URLSAFE, 32, 3410)}»";`, `forking: { url: "https://polygon-amoy.g.alchemy.com/v2/«${fake(URLSAFE, 32, 3411)}»" }`],
        negative: ['https://eth-mainnet.g.alchemy.com/v2/demo', 'https://eth-mainnet.g.alchemy.com/v2/YOUR_API_KEY', `https://eth-mainnet.g.alchemy.com/v2/${fake(URLSAFE, 31, 3412)}`],
      },
    },
    {
      id: 'alchemy-api-key',
      match: 'shape',
      kind: 'token',
      severity: 'medium',
      confidence: 'medium',
      lengths: [32],
      pattern: /^[A-Za-z0-9_-]{32}$/,
      validate: looksRandom,
      context: { words: ['alchemy'], strict: true },
      examples: {
        positive: [`ALCHEMY_API_KEY=«${fake(URLSAFE, 32, 3413)}»`, `const alchemy = new Alchemy({ apiKey: "«${fake(URLSAFE, 32, 3414)}»", network: Network.ETH_MAINNET });`],
        negative: [`alchemy request ${fake(URLSAFE, 32, 3415)}`, `API_KEY=${fake(URLSAFE, 32, 3416)}`],
      },
    },
  ],
});
