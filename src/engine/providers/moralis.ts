// Moralis: legacy API keys are 64 alphanumerics with no prefix (current keys are JWTs, which the
// JWT rule reports); a 64-character value needs the word moralis and a key-ish name.

import { looksRandom } from '../filters';
import { defineProvider } from '../rules/define';
import { ALNUM, fake } from '../rules/sample';

export default defineProvider({
  slug: 'moralis',
  name: 'Moralis',
  category: 'cloud',
  domains: ['moralis.io', 'moralis.com'],
  keysUrl: 'https://admin.moralis.com/',
  canDo: 'Query wallet, token and NFT data and manage streams on the owner\'s plan, spending its compute units.',
  rules: [
    {
      id: 'moralis-api-key',
      match: 'shape',
      kind: 'token',
      severity: 'medium',
      confidence: 'medium',
      lengths: [64],
      pattern: /^[A-Za-z0-9]{64}$/,
      validate: looksRandom,
      context: { words: ['moralis'], strict: true },
      examples: {
        positive: [`MORALIS_API_KEY=«${fake(ALNUM, 64, 3440)}»`, `await Moralis.start({ apiKey: "«${fake(ALNUM, 64, 3441)}»" });`],
        negative: [`moralis stream id ${fake(ALNUM, 64, 3442)}`, `API_KEY=${fake(ALNUM, 64, 3443)}`],
      },
    },
  ],
});
