// Liveblocks: secret keys are sk_prod_ or sk_dev_ and 64 URL-safe characters (liveblocks.io/docs,
// "Authentication"; public keys pk_… ship in the browser and are not looked for).

import { looksRandom } from '../filters';
import { defineProvider } from '../rules/define';
import { bounded } from '../rules/rule';
import { URLSAFE, fake } from '../rules/sample';

export default defineProvider({
  slug: 'liveblocks',
  name: 'Liveblocks',
  category: 'code',
  domains: ['liveblocks.io'],
  keysUrl: 'https://liveblocks.io/dashboard',
  canDo: 'Read and change every room of the project and its stored documents, comments and users through the REST API, and mint access tokens for any user.',
  rules: [
    {
      id: 'liveblocks-secret-key',
      match: 'keyword',
      kind: 'secret',
      severity: 'high',
      confidence: 'high',
      keywords: ['sk_prod_', 'sk_dev_'],
      pattern: bounded('sk_(?:prod|dev)_[A-Za-z0-9_-]{64}'),
      prefix: /^sk_(?:prod|dev)_/,
      validate: (v) => looksRandom(v.slice(v.indexOf('_', 3) + 1).replace(/[_-]/g, '')),
      examples: {
        positive: [`LIVEBLOCKS_SECRET_KEY=«sk_prod_${fake(URLSAFE, 64, 7480)}»`, `const liveblocks = new Liveblocks({ secret: "«sk_dev_${fake(URLSAFE, 64, 7481)}»" });`],
        negative: [`sk_prod_${fake(URLSAFE, 63, 7482)}`, `pk_prod_${fake(URLSAFE, 64, 7483)}`],
      },
    },
  ],
});
