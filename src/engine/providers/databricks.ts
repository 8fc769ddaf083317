// Databricks: personal access tokens are dapi and 32 hex, sometimes with a -<digit> suffix.

import { defineProvider } from '../rules/define';
import { HEX, fake } from '../rules/sample';

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
  ],
});
