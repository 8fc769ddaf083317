// Fastly: API tokens are 32 base64url characters with no prefix; the word fastly and a key-ish
// name are needed.

import { looksRandom } from '../filters';
import { defineProvider } from '../rules/define';
import { URLSAFE, fake } from '../rules/sample';

export default defineProvider({
  slug: 'fastly',
  name: 'Fastly',
  category: 'cloud',
  domains: ['fastly.com', 'manage.fastly.com'],
  keysUrl: 'https://manage.fastly.com/account/personal/tokens',
  canDo: 'Change and purge the account\'s CDN services: redirect traffic, alter caching and read logs, by the token\'s scope.',
  rules: [
    {
      id: 'fastly-api-token',
      match: 'shape',
      kind: 'token',
      severity: 'critical',
      confidence: 'medium',
      lengths: [32],
      pattern: /^[A-Za-z0-9_-]{32}$/,
      validate: looksRandom,
      context: { words: ['fastly'], strict: true },
      examples: {
        positive: [`FASTLY_API_TOKEN=«${fake(URLSAFE, 32, 2340)}»`, `curl -H "Fastly-Key: «${fake(URLSAFE, 32, 2341)}»" https://api.fastly.com/service`],
        negative: [`fastly service ${fake(URLSAFE, 32, 2342)}`, `FASTLY_API_TOKEN=${fake(URLSAFE, 28, 2343)}`],
      },
    },
  ],
});
