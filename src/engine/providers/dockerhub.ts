// Docker Hub: personal (dckr_pat_) and organisation (dckr_oat_) access tokens.

import { defineProvider } from '../rules/define';
import { bounded } from '../rules/rule';
import { URLSAFE, fake } from '../rules/sample';

export default defineProvider({
  slug: 'dockerhub',
  name: 'Docker Hub',
  category: 'code',
  domains: ['docker.com', 'hub.docker.com'],
  keysUrl: 'https://app.docker.com/settings/personal-access-tokens',
  canDo: 'Pull private images and, with write scope, push new ones that others deploy.',
  rules: [
    {
      id: 'dockerhub-token',
      match: 'keyword',
      kind: 'token',
      severity: 'high',
      confidence: 'high',
      keywords: ['dckr_pat_', 'dckr_oat_'],
      pattern: bounded('dckr_(?:pat|oat)_[A-Za-z0-9_-]{27,32}'),
      prefix: /^dckr_[a-z]{3}_/,
      examples: { positive: [`docker login -u me -p «dckr_pat_${fake(URLSAFE, 27, 27)}»`], negative: ['dckr_pat_short'] },
    },
  ],
});
