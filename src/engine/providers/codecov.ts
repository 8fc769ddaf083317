// Codecov: repository upload tokens are UUIDs, API access tokens 32 characters; neither has a
// prefix, so both need the word codecov and a key-ish name.

import { UUID } from '../rules/common';
import { defineProvider } from '../rules/define';
import { HEX, fake, fakeUuid } from '../rules/sample';

export default defineProvider({
  slug: 'codecov',
  name: 'Codecov',
  category: 'code',
  domains: ['codecov.io', 'app.codecov.io'],
  keysUrl: 'https://app.codecov.io/account/',
  canDo: 'Upload coverage reports as the repository (upload token), or read private repositories\' coverage and source (API token).',
  rules: [
    {
      id: 'codecov-token',
      match: 'shape',
      kind: 'token',
      severity: 'medium',
      confidence: 'medium',
      lengths: [32, 36],
      pattern: /^(?:[a-z0-9]{32}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/,
      validate: (v) => v.length === 36 ? UUID.test(v) : /[0-9]/.test(v) && /[a-z]/.test(v),
      context: { words: ['codecov'], strict: true },
      examples: {
        positive: [`CODECOV_TOKEN=«${fakeUuid(2200)}»`, `- uses: codecov/codecov-action@v4\n  with:\n    token: «${fakeUuid(2201)}»`, `codecov_api_token: «${fake('abcdefghijklmnopqrstuvwxyz0123456789', 32, 2202)}»`],
        negative: [`codecov report id ${fakeUuid(2203)}`, `CODECOV_TOKEN=${fake(HEX, 30, 2204)}`],
      },
    },
  ],
});
