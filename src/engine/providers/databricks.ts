// Databricks: personal access tokens are dapi and 32 hex, sometimes with a -<digit> suffix.
// OAuth secrets of service principals (machine-to-machine) and of account users are dose and
// 32 characters (docs.databricks.com, "Authorize unattended access ... with OAuth"; osv-scalibr's
// Databricks detectors and Kingfisher's databricks.5 read them the same way).

import { looksRandom } from '../filters';
import { defineProvider } from '../rules/define';
import { bounded } from '../rules/rule';
import { ALNUM, HEX, fake } from '../rules/sample';

export default defineProvider({
  slug: 'databricks',
  name: 'Databricks',
  category: 'cloud',
  domains: ['databricks.com', 'cloud.databricks.com'],
  noKeysUrl: 'Tokens live in each workspace (User settings → Developer → Access tokens), not on one site.',
  canDo: 'Run jobs and queries and read data in the workspace as the token\'s user.',
  rules: [
    {
      id: 'databricks-token',
      match: 'shape',
      kind: 'token',
      severity: 'critical',
      confidence: 'high',
      lengths: [36, 38],
      pattern: /^dapi[a-f0-9]{32}(?:-[0-9])?$/,
      prefix: /^dapi/,
      examples: { positive: [`DATABRICKS_TOKEN=«dapi${fake(HEX, 32, 115)}»`], negative: ['dapiVersion'] },
    },
    {
      id: 'databricks-oauth-secret',
      match: 'keyword',
      kind: 'secret',
      severity: 'critical',
      confidence: 'high',
      keywords: ['dose'],
      pattern: bounded('dose[A-Za-z0-9_.-]{32}'),
      prefix: /^dose/,
      // A random body, not an identifier that happens to start with "dose" (doseResponse…).
      validate: (v) => /[0-9]/.test(v.slice(4)) && looksRandom(v.slice(4)),
      examples: {
        positive: [`DATABRICKS_CLIENT_SECRET="«dose${fake(ALNUM, 32, 9225)}»"`],
        negative: ['doseResponseCurveForSecondCohortData', `dose${'a1'.repeat(16)}`],
      },
    },
  ],
});
