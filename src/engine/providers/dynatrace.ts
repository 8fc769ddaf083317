// Dynatrace: API tokens are dt0c01., a 24-character public id, '.' and a 64-character secret.

import { defineProvider } from '../rules/define';
import { bounded } from '../rules/rule';
import { fake } from '../rules/sample';

const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const token = (seed: number): string => `dt0c01.${fake(UPPER, 24, seed)}.${fake(UPPER, 64, seed + 1)}`;

export default defineProvider({
  slug: 'dynatrace',
  name: 'Dynatrace',
  category: 'cloud',
  domains: ['dynatrace.com', 'live.dynatrace.com'],
  noKeysUrl: 'Tokens live in each Dynatrace environment (Access tokens page), not on one site.',
  canDo: 'Read monitoring data and change settings of the environment, or ingest data as it, by the token\'s scopes.',
  rules: [
    {
      id: 'dynatrace-api-token',
      match: 'run',
      kind: 'token',
      severity: 'high',
      confidence: 'high',
      // The 64-character secret after "dt0c01.<id>.": a literal with a dot would be looked for
      // at every dot of a script.
      run: { min: 64, max: 64, test: (t, s) => t[s - 1] === '.' && t.startsWith('dt0c01.', s - 32) },
      pattern: bounded('dt0c01\\.[A-Z0-9]{24}\\.[A-Z0-9]{64}'),
      prefix: /^dt0c01\.[A-Z0-9]{24}\./,
      examples: {
        positive: [`DT_API_TOKEN=«${token(2290)}»`, `curl -H "Authorization: Api-Token «${token(2292)}»" https://abc12345.live.dynatrace.com/api/v2/metrics`],
        negative: [`dt0c01.${fake(UPPER, 24, 2294)}.short`],
      },
    },
  ],
});
