// Okta: API tokens are 00 and 40 URL-safe characters, with no other marker; the word okta
// must be near.

import { looksRandom } from '../filters';
import { defineProvider } from '../rules/define';
import { URLSAFE, fake } from '../rules/sample';

export default defineProvider({
  slug: 'okta',
  name: 'Okta',
  category: 'cloud',
  domains: ['okta.com', 'oktapreview.com'],
  noKeysUrl: 'Tokens belong to each Okta org: Admin Console → Security → API → Tokens on that org.',
  canDo: 'Call the Okta org\'s management API with the creating admin\'s rights: read and change users, groups and sign-on policies.',
  rules: [
    {
      id: 'okta-access-token',
      match: 'shape',
      kind: 'token',
      severity: 'critical',
      confidence: 'medium',
      lengths: [42],
      pattern: /^00[A-Za-z0-9_-]{40}$/,
      validate: (v) => looksRandom(v.slice(2)),
      context: { words: ['okta', 'ssws'] },
      // Okta's authentication state tokens share the 00 prefix; they last minutes and are not keys.
      classify: (h) => (h.label.words.includes('state') ? null : {}),
      examples: {
        positive: [`OKTA_API_TOKEN=«00${fake(URLSAFE, 40, 3070)}»`, `curl -H "Authorization: SSWS «00${fake(URLSAFE, 40, 3071)}»" https://dev-123456.okta.com/api/v1/users`],
        negative: [`00${fake(URLSAFE, 40, 3072)}`, `okta session 00${fake(URLSAFE, 39, 3073)}`, `{"stateToken": "00${fake(URLSAFE, 40, 3074)}", "type": "SESSION_STEP_UP"} // okta`],
      },
    },
  ],
});
