// Lichess: personal API access tokens start lip_ (lichess.org/api, "Authentication"; the berserk
// client's sessions send them as Bearer tokens). OAuth tokens lio_ are short-lived.

import { defineProvider } from '../rules/define';
import { bounded } from '../rules/rule';
import { ALNUM, fake } from '../rules/sample';

export default defineProvider({
  slug: 'lichess',
  name: 'Lichess',
  category: 'other',
  domains: ['lichess.org'],
  keysUrl: 'https://lichess.org/account/oauth/token',
  canDo: 'Act as the player within the token\'s scopes: play and resign games, send messages and challenges, and change team and study data.',
  rules: [
    {
      id: 'lichess-api-token',
      match: 'keyword',
      kind: 'token',
      severity: 'medium',
      confidence: 'high',
      keywords: ['lip_'],
      pattern: bounded('lip_[A-Za-z0-9]{16,32}'),
      prefix: /^lip_/,
      validate: (v) => /[0-9]/.test(v.slice(4)) && /[A-Z]/.test(v.slice(4)) && /[a-z]/.test(v.slice(4)),
      examples: {
        positive: [`LICHESS_TOKEN=«lip_${fake(ALNUM, 20, 7490)}»`, `curl https://lichess.org/api/account -H "Authorization: Bearer «lip_${fake(ALNUM, 20, 7491)}»"`],
        negative: ['lip_sync_animation_controller', `lip_${fake(ALNUM, 12, 7492)}`],
      },
    },
  ],
});
