// Helius (Solana RPC and APIs): API keys are UUIDs, passed as ?api-key= to mainnet.helius-rpc.com
// or api.helius.xyz; a bare UUID needs the word helius and a key-ish name.

import { UUID } from '../rules/common';
import { defineProvider } from '../rules/define';
import { fakeUuid } from '../rules/sample';

export default defineProvider({
  slug: 'helius',
  name: 'Helius',
  category: 'cloud',
  domains: ['helius.dev', 'helius.xyz', 'helius-rpc.com'],
  keysUrl: 'https://dashboard.helius.dev/api-keys',
  canDo: 'Send Solana RPC and API requests and manage webhooks on the owner\'s plan, spending its credits.',
  rules: [
    {
      id: 'helius-endpoint-key',
      match: 'keyword',
      kind: 'token',
      severity: 'medium',
      confidence: 'high',
      keywords: ['helius-rpc.com/', 'helius-rpc.com?', 'api.helius.xyz/'],
      pattern: /(?:helius-rpc\.com\/?|api\.helius\.xyz\/v[0-9]\/[A-Za-z0-9/_-]{1,100})\?api-key=([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![A-Za-z0-9_-])/g,
      examples: {
        positive: [`const connection = new Connection("https://mainnet.helius-rpc.com/?api-key=«${fakeUuid(3480)}»");`, `fetch("https://api.helius.xyz/v0/addresses/ADDR/transactions?api-key=«${fakeUuid(3481)}»")`],
        negative: ['https://mainnet.helius-rpc.com/?api-key=YOUR_HELIUS_KEY', 'https://mainnet.helius-rpc.com/?api-key=${HELIUS_API_KEY}'],
      },
    },
    {
      id: 'helius-api-key',
      match: 'shape',
      kind: 'token',
      severity: 'medium',
      confidence: 'medium',
      lengths: [36],
      pattern: UUID,
      context: { words: ['helius'], strict: true },
      examples: {
        positive: [`HELIUS_API_KEY=«${fakeUuid(3482)}»`],
        negative: [`helius webhook id ${fakeUuid(3483)}`, `API_KEY=${fakeUuid(3484)}`],
      },
    },
  ],
});
