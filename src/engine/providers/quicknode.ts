// QuickNode: an endpoint URL ends in its 40-hex auth token
// (https://<name>.<network>.quiknode.pro/<token>/); whoever has the URL uses the endpoint.

import { defineProvider } from '../rules/define';
import { HEX, fake } from '../rules/sample';

export default defineProvider({
  slug: 'quicknode',
  name: 'QuickNode',
  category: 'cloud',
  domains: ['quicknode.com', 'quiknode.pro'],
  keysUrl: 'https://dashboard.quicknode.com/endpoints',
  canDo: 'Send requests through the owner\'s blockchain endpoint, spending its plan credits.',
  rules: [
    {
      id: 'quicknode-endpoint-token',
      match: 'keyword',
      kind: 'token',
      severity: 'medium',
      confidence: 'high',
      keywords: ['.quiknode.pro/'],
      pattern: /\.quiknode\.pro\/([a-f0-9]{40})(?![A-Za-z0-9_-])/g,
      examples: {
        positive: [`SOLANA_RPC_URL=https://wispy-late-river.solana-mainnet.quiknode.pro/«${fake(HEX, 40, 3450)}»/`, `new Web3("wss://misty-red-dawn.bsc.quiknode.pro/«${fake(HEX, 40, 3451)}»")`],
        negative: ['wss://example.solana-devnet.quiknode.pro/000/', `https://x.quiknode.pro/${fake(HEX, 39, 3452)}/`],
      },
    },
  ],
});
