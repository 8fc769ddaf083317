// Chainstack: node endpoints are https://nd-<n>-<n>-<n>.p2pify.com/<32 hex> (ws-nd-… for
// WebSocket); the hex path is the endpoint's credential.

import { defineProvider } from '../rules/define';
import { HEX, fake } from '../rules/sample';

export default defineProvider({
  slug: 'chainstack',
  name: 'Chainstack',
  category: 'cloud',
  domains: ['chainstack.com', 'p2pify.com'],
  keysUrl: 'https://console.chainstack.com/projects',
  canDo: 'Send requests through the owner\'s blockchain node, spending its plan\'s request units.',
  rules: [
    {
      id: 'chainstack-endpoint-key',
      match: 'keyword',
      kind: 'token',
      severity: 'medium',
      confidence: 'high',
      keywords: ['.p2pify.com/'],
      pattern: /nd-[0-9]{3}-[0-9]{3}-[0-9]{3}\.p2pify\.com\/([a-f0-9]{32})(?![A-Za-z0-9_-])/g,
      examples: {
        positive: [`url: "https://nd-123-456-789.p2pify.com/«${fake(HEX, 32, 3470)}»"`, `ws = Web3(Web3.WebsocketProvider("wss://ws-nd-321-654-987.p2pify.com/«${fake(HEX, 32, 3471)}»"))`],
        negative: ['wss://ws-nd-xxx.p2pify.com/{key}', `https://nd-123-456-789.p2pify.com/${fake(HEX, 31, 3472)}`],
      },
    },
  ],
});
