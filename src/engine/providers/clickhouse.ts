// ClickHouse Cloud: API key secrets start 4b1d followed by 38 letters and digits.

import { looksRandom } from '../filters';
import { defineProvider } from '../rules/define';
import { bounded } from '../rules/rule';
import { ALNUM, HEX, fake } from '../rules/sample';

export default defineProvider({
  slug: 'clickhouse',
  name: 'ClickHouse Cloud',
  category: 'cloud',
  domains: ['clickhouse.com', 'clickhouse.cloud'],
  keysUrl: 'https://console.clickhouse.cloud/',
  canDo: 'With the key id: manage the organisation\'s services (create, stop, delete) and its members, by the key\'s role.',
  rules: [
    {
      id: 'clickhouse-cloud-api-secret',
      match: 'keyword',
      kind: 'secret',
      severity: 'high',
      confidence: 'high',
      keywords: ['4b1d'],
      pattern: bounded('4b1d[A-Za-z0-9]{38}'),
      prefix: /^4b1d/,
      validate: (v) => looksRandom(v.slice(4)),
      examples: {
        positive: [`CLICKHOUSE_KEY_SECRET=«4b1d${fake(ALNUM, 38, 2160)}»`, `curl --user "${fake(ALNUM, 20, 2161)}:«4b1d${fake(ALNUM, 38, 2162)}»" https://api.clickhouse.cloud/v1/organizations`],
        negative: [`4b1d${fake(HEX, 38, 2163)}`, `4b1d${fake(ALNUM, 30, 2164)}`],
      },
    },
  ],
});
