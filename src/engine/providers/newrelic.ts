// New Relic: user API keys (NRAK-), insert keys (NRII-) and license keys: 40 characters ending
// in NRAL, hex in either case, EU-region ones starting eu01xx.

import { defineProvider } from '../rules/define';
import { bounded } from '../rules/rule';
import { ALNUM, HEX, fake } from '../rules/sample';

export default defineProvider({
  slug: 'newrelic',
  name: 'New Relic',
  category: 'code',
  domains: ['newrelic.com'],
  keysUrl: 'https://one.newrelic.com/api-keys',
  canDo: 'Query the account\'s telemetry and change its configuration; license keys send data into it.',
  rules: [
    {
      id: 'newrelic-api-key',
      match: 'keyword',
      kind: 'token',
      severity: 'high',
      confidence: 'high',
      keywords: ['NRAK-', 'NRII-'],
      pattern: bounded('NRAK-[A-Z0-9]{27}|NRII-[A-Za-z0-9_-]{32}'),
      prefix: /^NR[A-Z]{2}-/,
      examples: {
        positive: [`NEW_RELIC_API_KEY=«NRAK-${fake(ALNUM.slice(0, 26) + '0123456789', 27, 28)}»`],
        negative: ['NRAK-short'],
      },
    },
    {
      id: 'newrelic-license-key',
      match: 'shape',
      kind: 'token',
      severity: 'high',
      confidence: 'high',
      lengths: [40],
      pattern: /^(?:[a-fA-F0-9]{36}|eu01xx[a-fA-F0-9]{30})NRAL$/,
      examples: {
        positive: [
          `license_key: «${fake(HEX, 36, 29)}NRAL»`,
          `NEW_RELIC_LICENSE_KEY=«${fake(HEX.toUpperCase(), 36, 1164)}NRAL»`,
          `newrelic.ConfigLicense("«eu01xx${fake(HEX, 26, 1165)}FFFFNRAL»")`,
        ],
        negative: [`${fake(HEX, 36, 29)}NRAX`, `eu01xx${fake(HEX, 29, 1166)}NRAL`],
      },
    },
  ],
});
