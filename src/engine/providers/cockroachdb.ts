// CockroachDB Cloud: API keys are CCDB1_, a 22-character id, '_' and a 40-character secret.
// Connection strings to *.cockroachlabs.cloud are found as database URLs (database-url.ts).

import { defineProvider } from '../rules/define';
import { bounded } from '../rules/rule';
import { ALNUM, fake } from '../rules/sample';

export default defineProvider({
  slug: 'cockroachdb',
  name: 'CockroachDB Cloud',
  category: 'cloud',
  domains: ['cockroachlabs.com', 'cockroachlabs.cloud'],
  keysUrl: 'https://cockroachlabs.cloud/',
  canDo: 'API keys manage the organisation\'s clusters by the service account\'s roles; a connection-string password reads and changes the data as that SQL user.',
  rules: [
    {
      id: 'cockroachdb-cloud-api-key',
      match: 'keyword',
      kind: 'token',
      severity: 'critical',
      confidence: 'high',
      keywords: ['CCDB1_'],
      pattern: bounded('CCDB1_[A-Za-z0-9]{22}_[A-Za-z0-9]{40}'),
      prefix: /^CCDB1_[A-Za-z0-9]{22}_/,
      examples: {
        positive: [`COCKROACH_API_KEY=«CCDB1_${fake(ALNUM, 22, 2174)}_${fake(ALNUM, 40, 2175)}»`, `provider "cockroach" {\n  apikey = "«CCDB1_${fake(ALNUM, 22, 2176)}_${fake(ALNUM, 40, 2177)}»"\n}`],
        negative: [`CCDB1_${fake(ALNUM, 22, 2178)}`],
      },
    },
  ],
});
