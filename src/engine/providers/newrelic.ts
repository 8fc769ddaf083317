// New Relic: user API keys (NRAK-), insert keys (NRII-) and license keys that end in NRAL.

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
      pattern: /^[a-f0-9]{36}NRAL$/,
      examples: { positive: [`license_key: «${fake(HEX, 36, 29)}NRAL»`], negative: [`${fake(HEX, 36, 29)}NRAX`] },
    },
  ],
});
