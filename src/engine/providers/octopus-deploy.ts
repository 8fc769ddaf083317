// Octopus Deploy: API keys are API- and upper-case letters and digits: 26 in gitleaks'
// octopus-deploy-api-key rule, 29 to 34 in TruffleHog's octopusdeploy detector (which checks them
// against Octopus Cloud's /api/users/me), so 26 to 34.

import { defineProvider } from '../rules/define';
import { bounded } from '../rules/rule';
import { fake } from '../rules/sample';

const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

export default defineProvider({
  slug: 'octopus-deploy',
  name: 'Octopus Deploy',
  category: 'code',
  domains: ['octopus.com', 'octopus.app'],
  noKeysUrl: 'Keys belong to a user on each Octopus server or cloud instance: Profile → My API Keys there.',
  canDo: 'Act as the user on the Octopus server: run deployments and runbooks, read project variables (often other secrets).',
  rules: [
    {
      id: 'octopus-deploy-api-key',
      match: 'keyword',
      kind: 'token',
      severity: 'critical',
      confidence: 'high',
      keywords: ['API-'],
      pattern: bounded('API-[A-Z0-9]{26,34}'),
      prefix: /^API-/,
      // Upper-case words joined after API- are names, not keys: a key mixes in digits.
      validate: (v) => (v.slice(4).match(/[0-9]/g) ?? []).length >= 3,
      examples: {
        positive: [
          `curl -H "X-Octopus-ApiKey: «API-${fake(UPPER, 26, 3060)}»" https://octopus.example.com/api/projects`,
          `$octopusApiKey = "«API-${fake(UPPER, 26, 3061)}»"`,
          `OCTOPUS_URL=https://acme.octopus.app\nOCTOPUS_API_KEY=«API-${fake(UPPER, 30, 9730)}»`,
        ],
        negative: ['API-AUTHENTICATIONREQUIREDERRORS', `API-${fake(UPPER, 25, 3062)}`, `API-${fake(UPPER, 35, 9731)}`],
      },
    },
  ],
});
