// Alchemy: API keys are 32 URL-safe characters, most often at the end of the endpoint URL
// (https://<network>.g.alchemy.com/v2/<key>); bare keys need the word alchemy and a key-ish name.
// Newer keys are alcht_ and 30 letters and digits, in the same URLs or alone (TruffleHog's alchemy
// detector reads them so: 30 after alcht_ found, 31 not; public code shows them in /v2/ URLs).

import { looksRandom } from '../filters';
import { defineProvider } from '../rules/define';
import { ALNUM, URLSAFE, fake } from '../rules/sample';

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
      id: 'alchemy-prefixed-key',
      match: 'keyword',
      kind: 'token',
      severity: 'medium',
      confidence: 'high',
      keywords: ['alcht_'],
      // Also right after the endpoint's /v2/, which bounded() would refuse ('/' is a token character).
      anywhere: true,
      pattern: /(?<![A-Za-z0-9_+-])(alcht_[A-Za-z0-9]{30})(?![A-Za-z0-9_+/=-])/g,
      prefix: /^alcht_/,
      validate: (v) => looksRandom(v.slice(6)),
      examples: {
        positive: [
          `const RPC_URL = "https://eth-mainnet.g.alchemy.com/v2/«alcht_${fake(ALNUM, 30, 3417)}»";`,
          `ALCHEMY_API_KEY=«alcht_${fake(ALNUM, 30, 3418)}»`,
          `api_key = "«alcht_${fake(ALNUM, 30, 3419)}»"`,
        ],
        negative: [`alcht_${fake(ALNUM, 31, 3420)}`, `alcht_${fake(ALNUM, 29, 3421)}`, 'ALCHEMY_API_KEY=alcht_your_api_key_here'],
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
