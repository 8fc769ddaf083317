// Infura (MetaMask Developer): API keys and project ids are 32 hex characters, most often inside
// the endpoint URL (…infura.io/v3/<key>); the API key secret has the same shape. Bare values need
// the word infura and a key-ish name.

import { defineProvider } from '../rules/define';
import { HEX, fake } from '../rules/sample';

export default defineProvider({
  slug: 'infura',
  name: 'Infura',
  category: 'cloud',
  domains: ['infura.io', 'metamask.io'],
  keysUrl: 'https://developer.metamask.io/',
  canDo: 'Send requests to Ethereum and other networks through the owner\'s plan, spending its request quota and credits.',
  rules: [
    {
      id: 'infura-endpoint-key',
      match: 'keyword',
      kind: 'token',
      severity: 'medium',
      confidence: 'high',
      keywords: ['infura.io/v3/', 'infura.io/ws/v3/'],
      pattern: /infura\.io\/(?:ws\/)?v3\/([0-9a-f]{32})(?![A-Za-z0-9_-])/g,
      examples: {
        positive: [`const provider = new ethers.JsonRpcProvider("https://mainnet.infura.io/v3/«${fake(HEX, 32, 3400)}»");`, `WSS_URL=wss://sepolia.infura.io/ws/v3/«${fake(HEX, 32, 3401)}»`],
        negative: ['https://mainnet.infura.io/v3/YOUR_PROJECT_ID', `https://mainnet.infura.io/v3/${fake(HEX, 31, 3402)}`],
      },
    },
    {
      id: 'infura-project-id',
      match: 'keyword',
      kind: 'token',
      severity: 'medium',
      confidence: 'high',
      // A name ending in ID reads as an identifier's to the engine, so the documented names are
      // looked for instead.
      keywords: ['INFURA_PROJECT_ID', 'INFURA_ID', 'infuraId', 'infuraProjectId'],
      anywhere: true,
      pattern: /(?:INFURA_PROJECT_ID|INFURA_ID|infuraId|infuraProjectId)["']?[ \t]{0,3}[:=][ \t]{0,3}["']?([0-9a-f]{32})(?![A-Za-z0-9_+/=-])/g,
      examples: {
        positive: [`INFURA_PROJECT_ID=«${fake(HEX, 32, 3403)}»`, `new WalletConnectProvider({ infuraId: "«${fake(HEX, 32, 3404)}»" })`],
        negative: [`INFURA_PROJECT_ID=${fake(HEX, 30, 3405)}`, 'INFURA_PROJECT_ID=<your-project-id>'],
      },
    },
    {
      id: 'infura-api-key',
      match: 'shape',
      kind: 'token',
      severity: 'medium',
      confidence: 'medium',
      lengths: [32],
      pattern: /^[a-f0-9]{32}$/,
      context: { words: ['infura'], strict: true },
      variants: ['infura-api-key-secret'],
      classify: (h) => (h.label.words.includes('secret') ? { rule: 'infura-api-key-secret', kind: 'secret', severity: 'high' } : {}),
      examples: {
        positive: [`INFURA_API_KEY=«${fake(HEX, 32, 3406)}»`, `INFURA_API_KEY_SECRET=«${fake(HEX, 32, 3407)}»`],
        negative: [`infura request md5 ${fake(HEX, 32, 3408)}`, `API_KEY=${fake(HEX, 32, 3409)}`],
      },
    },
  ],
});
