// New Relic: user API keys (NRAK-), Insights insert and query keys (NRII-, NRIQ-), REST API keys
// (NRRA-), the retired admin keys (NRAA-) and license keys: 40 characters ending in NRAL, hex in
// either case, EU-region ones starting eu01xx; accounts older than that format kept 40-hex license
// keys, reported only under a license-key name beside the words New Relic. Browser keys (NRJS-) sit in the
// agent snippet of every monitored page: they only send browser data in, so they are public.
// A 64-character value named for New Relic is reported as a user API key id.

import { looksRandom } from '../filters';
import { defineProvider } from '../rules/define';
import { bounded } from '../rules/rule';
import { ALNUM, HEX, URLSAFE, fake } from '../rules/sample';

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
      keywords: ['NRAK-', 'NRII-', 'NRIQ-', 'NRRA-', 'NRAA-'],
      pattern: bounded('NRAK-[A-Z0-9]{27}|NRI[IQ]-[A-Za-z0-9_-]{32}|NRRA-[a-f0-9]{42}|NRAA-[a-f0-9]{27}'),
      prefix: /^NR[A-Z]{2}-/,
      examples: {
        positive: [
          `NEW_RELIC_API_KEY=«NRAK-${fake(ALNUM.slice(0, 26) + '0123456789', 27, 28)}»`,
          `"queryKey": "«NRIQ-${fake(URLSAFE, 32, 7123)}»"`,
          `curl -H "X-Api-Key:«NRRA-${fake(HEX, 42, 7124)}»" https://api.newrelic.com/v2/applications.json`,
          `admin_api_key: «NRAA-${fake(HEX, 27, 7125)}»`,
        ],
        negative: ['NRAK-short', `NRRA-${fake(HEX, 41, 7126)}`, `NRAA-${fake(ALNUM, 27, 7127)}`],
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
    {
      id: 'newrelic-legacy-license-key',
      match: 'shape',
      kind: 'token',
      severity: 'high',
      confidence: 'medium',
      lengths: [40],
      pattern: /^[0-9a-f]{40}$/,
      context: { words: ['newrelic', 'new_relic', 'new-relic', 'new relic'], strict: true },
      examples: {
        positive: [
          `# Your New Relic license key.\nlicense_key: «${fake(HEX, 40, 7128)}»`,
          `NEW_RELIC_LICENSE_KEY=«${fake(HEX, 40, 7129)}»`,
        ],
        negative: [`# New Relic deploy marker\nrevision: ${fake(HEX, 40, 7130)}`, `license_key: ${fake(HEX, 40, 7131)}`],
      },
    },
    {
      id: 'newrelic-browser-key',
      match: 'keyword',
      kind: 'public',
      severity: 'info',
      confidence: 'high',
      keywords: ['NRJS-'],
      pattern: bounded('NRJS-[a-f0-9]{19}'),
      prefix: /^NRJS-/,
      classify: () => ({ notCounted: 'public-by-design' }),
      examples: {
        positive: [
          `;NREUM.info={beacon:"bam.nr-data.net",errorBeacon:"bam.nr-data.net",licenseKey:"«NRJS-${fake(HEX, 19, 3933)}»",applicationID:"601234567",sa:1}`,
          `NEW_RELIC_BROWSER_KEY=«NRJS-${fake(HEX, 19, 3934)}»`,
        ],
        negative: [`NRJS-${fake(HEX, 12, 3935)}`, `NRJS-${fake(ALNUM, 19, 3936)}`],
      },
    },
    {
      // New Relic's docs name no 64-character key: a value of unknown reach, so it needs the
      // provider word and a key-ish name (a name ending in ID reads as an identifier's), and it
      // alerts at medium, not high.
      id: 'newrelic-user-api-key-id',
      match: 'shape',
      kind: 'secret',
      severity: 'medium',
      confidence: 'low',
      lengths: [64],
      pattern: /^[A-Za-z0-9]{64}$/,
      validate: looksRandom,
      context: { words: ['newrelic', 'new_relic', 'new-relic'], strict: true },
      examples: {
        positive: [
          `NEW_RELIC_API_KEY=«${fake(ALNUM, 64, 3937)}»`,
          `newrelic:\n  user_api_key: «${fake(ALNUM, 64, 3938)}»`,
        ],
        negative: [`NEW_RELIC_APP_NAME=checkout\nBUILD_ID=${fake(ALNUM, 64, 3939)}`, `api_key: ${fake(ALNUM, 64, 3940)}`, `NEW_RELIC_API_KEY=${fake('0123456789abcdef', 64, 3951)}`],
      },
    },
  ],
});
