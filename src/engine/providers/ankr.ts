// Ankr: premium RPC endpoints carry a 64-hex key after the chain name
// (https://rpc.ankr.com/<chain>/<key>); whoever has the URL uses the plan.

import { defineProvider } from '../rules/define';
import { HEX, fake } from '../rules/sample';

export default defineProvider({
  slug: 'ankr',
  name: 'Ankr',
  category: 'cloud',
  domains: ['ankr.com'],
  keysUrl: 'https://www.ankr.com/rpc/projects/',
  canDo: 'Send requests through the owner\'s premium RPC plan, spending its credits.',
  rules: [
    {
      id: 'ankr-endpoint-key',
      match: 'keyword',
      kind: 'token',
      severity: 'medium',
      confidence: 'high',
      keywords: ['rpc.ankr.com/'],
      pattern: /rpc\.ankr\.com\/[a-z0-9_]{2,40}\/([a-f0-9]{64})(?![A-Za-z0-9_-])/g,
      examples: {
        positive: [`RPC: "https://rpc.ankr.com/eth/«${fake(HEX, 64, 3460)}»/"`, `transport: http("https://rpc.ankr.com/arbitrum/«${fake(HEX, 64, 3461)}»")`],
        negative: ['https://rpc.ankr.com/eth/', 'https://rpc.ankr.com/eth/${process.env.ANKR_API_KEY}', `https://rpc.ankr.com/eth/${fake(HEX, 60, 3462)}`],
      },
    },
  ],
});
