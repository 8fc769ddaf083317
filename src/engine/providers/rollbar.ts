// Rollbar: project access tokens are 32 hex characters. post_client_item tokens are meant for
// browsers; server, read and write tokens are secrets. Only values named as tokens next to the
// word rollbar count.

import { defineProvider } from '../rules/define';
import { HEX, fake } from '../rules/sample';

export default defineProvider({
  slug: 'rollbar',
  name: 'Rollbar',
  category: 'code',
  domains: ['rollbar.com'],
  keysUrl: 'https://rollbar.com/settings/accounts/',
  canDo: 'Server and read tokens: read error reports (with request data) and send items; write tokens change projects.',
  rules: [
    {
      id: 'rollbar-access-token',
      match: 'shape',
      kind: 'token',
      severity: 'high',
      confidence: 'medium',
      lengths: [32],
      pattern: /^[a-f0-9]{32}$/,
      context: { words: ['rollbar'], strict: true },
      variants: ['rollbar-client-token'],
      classify: (h) => (h.label.words.includes('client') ? { rule: 'rollbar-client-token', kind: 'public', notCounted: 'public-by-design' } : {}),
      examples: {
        positive: [`ROLLBAR_ACCESS_TOKEN=«${fake(HEX, 32, 3660)}»`, `rollbar.init(access_token="«${fake(HEX, 32, 3661)}»", environment="production")`],
        negative: [`var _rollbarConfig = { clientAccessToken: "${fake(HEX, 32, 3662)}" }; // rollbar`, `rollbar item uuid ${fake(HEX, 32, 3663)}`],
      },
    },
  ],
});
