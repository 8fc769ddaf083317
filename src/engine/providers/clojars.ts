// Clojars: deploy tokens are CLOJARS_ and 60 characters.

import { defineProvider } from '../rules/define';
import { bounded } from '../rules/rule';
import { HEX, fake } from '../rules/sample';

export default defineProvider({
  slug: 'clojars',
  name: 'Clojars',
  category: 'code',
  domains: ['clojars.org'],
  keysUrl: 'https://clojars.org/tokens',
  canDo: 'Publish new versions of the user\'s libraries, which every project depending on them then downloads.',
  rules: [
    {
      id: 'clojars-deploy-token',
      match: 'keyword',
      kind: 'token',
      severity: 'high',
      confidence: 'high',
      keywords: ['CLOJARS_', 'clojars_'],
      pattern: bounded('(?:CLOJARS|clojars)_[A-Za-z0-9]{60}'),
      prefix: /^clojars_/i,
      validate: (v) => /[0-9]/.test(v.slice(8)) && /[a-zA-Z]/.test(v.slice(8)),
      examples: {
        positive: [`CLOJARS_PASSWORD=«CLOJARS_${fake(HEX, 60, 2170)}»`, `:repositories [["clojars" {:username "me" :password "«CLOJARS_${fake(HEX, 60, 2171)}»"}]]`],
        negative: ['CLOJARS_DEPLOY_TOKEN_ENVIRONMENT_VARIABLE_NAME_IN_THE_CI_SETTINGS_PAGE', `CLOJARS_${fake(HEX, 40, 2172)}`],
      },
    },
  ],
});
