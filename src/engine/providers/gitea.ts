// Gitea (and Forgejo) access tokens are 40 hex characters, the shape of a git commit, so the word
// gitea and a key-ish name must both be there.

import { defineProvider } from '../rules/define';
import { HEX, fake } from '../rules/sample';

export default defineProvider({
  slug: 'gitea',
  name: 'Gitea',
  category: 'code',
  domains: ['gitea.com', 'gitea.io'],
  noKeysUrl: 'Tokens belong to a user on each Gitea server: Settings → Applications → Access Tokens there.',
  canDo: 'Read and push to the user\'s repositories and change issues and organizations, within the token\'s scopes.',
  rules: [
    {
      id: 'gitea-access-token',
      match: 'shape',
      kind: 'token',
      severity: 'high',
      confidence: 'medium',
      lengths: [40],
      pattern: /^[a-f0-9]{40}$/,
      context: { words: ['gitea', 'forgejo'], strict: true },
      examples: {
        positive: [`GITEA_TOKEN=«${fake(HEX, 40, 3830)}»`, `curl -H "Authorization: token «${fake(HEX, 40, 3831)}»" https://gitea.example.com/api/v1/user`],
        negative: [`gitea commit ${fake(HEX, 40, 3832)}`, `ACCESS_TOKEN=${fake(HEX, 40, 3833)}`],
      },
    },
  ],
});
