// Cloudflare: API tokens of 40 base64url characters with no prefix: the word cloudflare and a
// key-ish name are both needed.

import { looksRandom } from '../filters';
import { defineProvider } from '../rules/define';
import { URLSAFE, fake } from '../rules/sample';

export default defineProvider({
  slug: 'cloudflare',
  name: 'Cloudflare',
  category: 'cloud',
  domains: ['cloudflare.com'],
  keysUrl: 'https://dash.cloudflare.com/profile/api-tokens',
  canDo: 'Change DNS, workers and security settings of the zones the token covers.',
  rules: [
    {
      id: 'cloudflare-api-token',
      match: 'shape',
      kind: 'token',
      severity: 'critical',
      confidence: 'medium',
      lengths: [40],
      pattern: /^[A-Za-z0-9_-]{40}$/,
      validate: (v) => looksRandom(v.replace(/[_-]/g, '')),
      context: { words: ['cloudflare', 'cf_api'], strict: true },
      examples: {
        positive: [`CLOUDFLARE_API_TOKEN=«${fake(URLSAFE, 40, 111)}»`],
        negative: [`cloudflare ${fake(URLSAFE, 40, 111)}`, `token=${fake(URLSAFE, 40, 111)}`],
      },
    },
  ],
});
