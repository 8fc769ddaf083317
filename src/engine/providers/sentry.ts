// Sentry: auth tokens (sntrys_ org tokens with base64 JSON, sntryu_ user tokens) are secrets;
// a DSN only lets anyone send events and ships in every page that reports errors. Auth tokens
// made before the prefixes are 64 hex: the word sentry and a key-ish name.

import { defineProvider } from '../rules/define';
import { bounded } from '../rules/rule';
import { ALNUM, HEX, fake } from '../rules/sample';

export default defineProvider({
  slug: 'sentry',
  name: 'Sentry',
  category: 'code',
  domains: ['sentry.io'],
  keysUrl: 'https://sentry.io/settings/account/api/auth-tokens/',
  canDo: 'Read error reports (with user data) and change projects; a DSN only lets anyone send events.',
  rules: [
    {
      id: 'sentry-auth-token',
      match: 'keyword',
      kind: 'token',
      severity: 'high',
      confidence: 'high',
      keywords: ['sntrys_', 'sntryu_'],
      pattern: bounded('sntrys_eyJ[A-Za-z0-9+/=_]{40,600}|sntryu_[a-f0-9]{64}'),
      prefix: /^sntry[su]_/,
      examples: {
        positive: [`SENTRY_AUTH_TOKEN=«sntryu_${fake(HEX, 64, 22)}»`, `«sntrys_eyJ${fake(ALNUM, 90, 23)}_${fake(ALNUM, 43, 24)}»`],
        negative: ['sntryu_1234'],
      },
    },
    {
      id: 'sentry-dsn',
      match: 'keyword',
      kind: 'identifier',
      severity: 'info',
      confidence: 'high',
      keywords: ['sentry.io/', 'ingest.'],
      pattern: bounded('https://[a-f0-9]{32}@o?[0-9a-z.-]{1,60}\\.(?:sentry\\.io|ingest\\.[a-z.]{1,30})/[0-9]{1,12}'),
      prefix: /^https:\/\//,
      classify: () => ({ notCounted: 'public-by-design' }),
      examples: {
        positive: [`Sentry.init({ dsn: "«https://${fake(HEX, 32, 25)}@o12345.ingest.sentry.io/67890»" })`],
        negative: ['https://sentry.io/welcome/'],
      },
    },
    {
      id: 'sentry-legacy-auth-token',
      match: 'shape',
      kind: 'token',
      severity: 'high',
      confidence: 'medium',
      lengths: [64],
      pattern: /^[a-f0-9]{64}$/,
      context: { words: ['sentry'], strict: true },
      examples: {
        positive: [`SENTRY_AUTH_TOKEN=«${fake(HEX, 64, 1198)}»`, `# sentry-cli config\n[auth]\ntoken=«${fake(HEX, 64, 1199)}»`],
        negative: [`sentry release sha256 ${fake(HEX, 64, 1200)}`, `SENTRY_RELEASE=${fake(HEX, 64, 1201)}`],
      },
    },
  ],
});
