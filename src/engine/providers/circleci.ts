// CircleCI: personal and project API tokens are CCIPAT_ or CCIPRJ_, 22 characters, '_' and 40
// hex; older tokens are bare 40 hex and need a CircleCI name and a key-ish name.

import { defineProvider } from '../rules/define';
import { bounded } from '../rules/rule';
import { ALNUM, HEX, fake } from '../rules/sample';

export default defineProvider({
  slug: 'circleci',
  name: 'CircleCI',
  category: 'code',
  domains: ['circleci.com', 'app.circleci.com'],
  keysUrl: 'https://app.circleci.com/settings/user/tokens',
  canDo: 'Act as the user on CircleCI: trigger and rerun pipelines, read build logs and artifacts, and change project settings.',
  rules: [
    {
      id: 'circleci-api-token',
      match: 'keyword',
      kind: 'token',
      severity: 'high',
      confidence: 'high',
      keywords: ['CCIPAT_', 'CCIPRJ_'],
      pattern: bounded('CCI(?:PAT|PRJ)_[A-Za-z0-9]{22}_[a-f0-9]{40}'),
      prefix: /^CCI(?:PAT|PRJ)_/,
      examples: {
        positive: [`CIRCLECI_TOKEN=«CCIPAT_${fake(ALNUM, 22, 2194)}_${fake(HEX, 40, 2195)}»`, `curl -H "Circle-Token: «CCIPRJ_${fake(ALNUM, 22, 2196)}_${fake(HEX, 40, 2197)}»" https://circleci.com/api/v2/me`],
        negative: [`CCIPAT_${fake(ALNUM, 22, 2198)}`],
      },
    },
    {
      id: 'circleci-legacy-api-token',
      match: 'shape',
      kind: 'token',
      severity: 'high',
      confidence: 'medium',
      lengths: [40],
      pattern: /^[a-f0-9]{40}$/,
      context: { words: ['circleci', 'circle-token', 'circle_token', 'circle_ci'], strict: true },
      examples: {
        positive: [`CIRCLECI_API_TOKEN=«${fake(HEX, 40, 2199)}»`],
        negative: [`circleci commit ${fake(HEX, 40, 2120)}`],
      },
    },
  ],
});
