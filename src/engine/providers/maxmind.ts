// MaxMind: license keys are 6 alphanumerics, '_', 29 alphanumerics and the fixed suffix _mmk.

import { looksRandom } from '../filters';
import { defineProvider } from '../rules/define';
import { bounded } from '../rules/rule';
import { ALNUM, fake } from '../rules/sample';

export default defineProvider({
  slug: 'maxmind',
  name: 'MaxMind',
  category: 'other',
  domains: ['maxmind.com'],
  keysUrl: 'https://www.maxmind.com/en/accounts/current/license-key',
  canDo: 'Download the account\'s GeoIP databases and spend its web-service credits.',
  rules: [
    {
      id: 'maxmind-license-key',
      match: 'keyword',
      kind: 'token',
      severity: 'medium',
      confidence: 'high',
      keywords: ['_mmk'],
      anywhere: true,
      pattern: bounded('[A-Za-z0-9]{6}_[A-Za-z0-9]{29}_mmk'),
      validate: (v) => looksRandom(v.slice(0, -4)),
      examples: {
        positive: [`GEOIPUPDATE_LICENSE_KEY=«${fake(ALNUM, 6, 3010)}_${fake(ALNUM, 29, 3011)}_mmk»`, `LicenseKey «${fake(ALNUM, 6, 3012)}_${fake(ALNUM, 29, 3013)}_mmk»`],
        negative: [`${fake(ALNUM, 6, 3010)}_${fake(ALNUM, 28, 3011)}_mmk`, 'build_intermediate_output_files_mmk'],
      },
    },
  ],
});
