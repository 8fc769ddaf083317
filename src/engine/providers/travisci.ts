// Travis CI: API tokens are 22 characters with no prefix; the word travis and a key-ish name are
// needed.

import { defineProvider } from '../rules/define';
import { ALNUM, fake } from '../rules/sample';

const CHARS = ALNUM + '_';

export default defineProvider({
  slug: 'travisci',
  name: 'Travis CI',
  category: 'code',
  domains: ['travis-ci.com', 'app.travis-ci.com'],
  keysUrl: 'https://app.travis-ci.com/account/preferences',
  canDo: 'Act as the user on Travis CI: trigger builds, read logs and change repositories\' settings and environment variables.',
  rules: [
    {
      id: 'travisci-api-token',
      match: 'shape',
      kind: 'token',
      severity: 'high',
      confidence: 'medium',
      lengths: [22],
      pattern: /^[A-Za-z0-9_]{22}$/,
      validate: (v) => /[0-9]/.test(v) && /[a-zA-Z]/.test(v) && !/^[a-z_]+$/i.test(v),
      context: { words: ['travis', 'travisci', 'travis-ci'], strict: true },
      examples: {
        positive: [`TRAVIS_API_TOKEN=«${fake(CHARS, 21, 2121)}4»`, `curl -H "Travis-API-Version: 3" -H "Authorization: token «${fake(CHARS, 21, 2122)}7»" https://api.travis-ci.com/user`],
        negative: [`travis build ${fake(CHARS, 22, 2123)}`, 'TRAVIS_TOKEN=travis_token_placeholder'],
      },
    },
  ],
});
