// Code hosts and developer platforms. GitHub and npm tokens end in a CRC32 checksum of their
// random part, so lookalikes that fail it are dropped; Grafana's carries a hex CRC32.

import { base62, crc32, crc32HexLE } from '../crc32';
import { bounded, type Rule } from './rule';
import { ALNUM, HEX, URLSAFE, fake, fakeCrcToken, fakeGrafanaToken } from './sample';

/** gh?_ / npm_ tokens: the last 6 characters are base62(CRC32(the 30 before)). */
export function hasBase62Crc(value: string, prefixLength: number): boolean {
  const body = value.slice(prefixLength);
  return body.length === 36 && base62(crc32(body.slice(0, 30)), 6) === body.slice(30);
}

/** glsa_<32>_<8 hex>: the suffix is CRC32 of everything before the last '_', little-endian hex. */
export function hasGrafanaCrc(value: string): boolean {
  const cut = value.lastIndexOf('_');
  return crc32HexLE(crc32(value.slice(0, cut))) === value.slice(cut + 1);
}

const ghp = fakeCrcToken('ghp_', 1);
const ghs = fakeCrcToken('ghs_', 2);
const npm = fakeCrcToken('npm_', 3);

export const CODE_HOST_RULES: Rule[] = [
  {
    id: 'github-token',
    provider: 'github',
    kind: 'token',
    severity: 'critical',
    confidence: 'high',
    keywords: ['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_'],
    pattern: bounded('gh[pousr]_[A-Za-z0-9]{36}'),
    prefix: /^gh[pousr]_/,
    validate: (v) => hasBase62Crc(v, 4),
    // Installation (ghs_) and refresh (ghr_) tokens are short-lived or need a client secret.
    classify: (h) => (/^gh[sr]_/.test(h.value) ? { severity: 'high' } : {}),
    examples: {
      positive: [`GITHUB_TOKEN=«${ghp}»`, `token «${ghs}» expires`],
      negative: [`${ghp.slice(0, -1)}${ghp.endsWith('A') ? 'B' : 'A'}`, 'ghp_' + 'x'.repeat(36), `x${ghp}`],
    },
  },
  {
    id: 'github-fine-grained-token',
    provider: 'github',
    kind: 'token',
    severity: 'critical',
    confidence: 'high',
    keywords: ['github_pat_'],
    pattern: bounded('github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}'),
    prefix: /^github_pat_/,
    examples: {
      positive: [`«github_pat_${fake(ALNUM, 22, 4)}_${fake(ALNUM, 59, 5)}»`],
      negative: [`github_pat_${fake(ALNUM, 22, 4)}_short`],
    },
  },
  {
    id: 'gitlab-token',
    provider: 'gitlab',
    kind: 'token',
    severity: 'critical',
    confidence: 'high',
    keywords: ['glpat-', 'glptt-', 'glrt-', 'gldt-', 'glft-', 'glsoat-'],
    pattern: bounded('gl(?:pat|ptt|rt|dt|ft|soat)-[A-Za-z0-9_-]{20,64}(?:\\.[0-9a-z]{2}\\.[0-9a-z]{9})?'),
    prefix: /^gl[a-z]+-/,
    classify: (h) => (h.value.startsWith('glpat-') ? {} : { severity: 'high' }),
    examples: {
      positive: [`private-token: «glpat-${fake(URLSAFE, 20, 6)}»`, `«glptt-${fake(HEX, 40, 7)}»`],
      negative: ['glpat-short', 'glpat-xxxxxxxxxxxxxxxxxxxx'],
    },
  },
  {
    id: 'npm-token',
    provider: 'npm',
    kind: 'token',
    severity: 'high',
    confidence: 'high',
    keywords: ['npm_'],
    pattern: bounded('npm_[A-Za-z0-9]{36}'),
    prefix: /^npm_/,
    validate: (v) => hasBase62Crc(v, 4),
    examples: {
      positive: [`//registry.npmjs.org/:_authToken=«${npm}»`],
      negative: [`npm_${fake(ALNUM, 36, 8)}`, 'npm_config_registry_url_with_long_name_x'],
    },
  },
  {
    id: 'pypi-token',
    provider: 'pypi',
    kind: 'token',
    severity: 'high',
    confidence: 'high',
    keywords: ['pypi-AgEIcHlwaS5vcmc'],
    pattern: bounded('pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,400}'),
    prefix: /^pypi-AgEIcHlwaS5vcmc/,
    examples: {
      positive: [`password = «pypi-AgEIcHlwaS5vcmc${fake(URLSAFE, 70, 9)}»`],
      negative: ['pypi-AgEIcHlwaS5vcmcshort'],
    },
  },
  {
    id: 'grafana-service-account-token',
    provider: 'grafana',
    kind: 'token',
    severity: 'high',
    confidence: 'high',
    keywords: ['glsa_'],
    pattern: bounded('glsa_[A-Za-z0-9]{32}_[0-9a-f]{8}'),
    prefix: /^glsa_/,
    validate: hasGrafanaCrc,
    examples: {
      positive: [`Authorization: Bearer «${fakeGrafanaToken(10)}»`],
      negative: [`glsa_${fake(ALNUM, 32, 11)}_deadbeef`],
    },
  },
  {
    id: 'grafana-cloud-token',
    provider: 'grafana',
    kind: 'token',
    severity: 'high',
    confidence: 'high',
    keywords: ['glc_eyJ'],
    pattern: bounded('glc_eyJ[A-Za-z0-9+/]{40,600}={0,2}'),
    prefix: /^glc_/,
    examples: { positive: [`«glc_eyJ${fake(ALNUM, 80, 12)}»`], negative: ['glc_eyJshort'] },
  },
  {
    id: 'atlassian-api-token',
    provider: 'atlassian',
    kind: 'token',
    severity: 'high',
    confidence: 'high',
    keywords: ['ATATT3'],
    pattern: bounded('ATATT3[A-Za-z0-9_=-]{186}'),
    prefix: /^ATATT3/,
    examples: {
      positive: [`JIRA_API_TOKEN=«ATATT3${fake(URLSAFE, 177, 13)}=${fake(HEX.toUpperCase(), 8, 14)}»`],
      negative: [`ATATT3${fake(URLSAFE, 40, 13)}`],
    },
  },
  {
    id: 'linear-api-key',
    provider: 'linear',
    kind: 'token',
    severity: 'high',
    confidence: 'high',
    keywords: ['lin_api_'],
    pattern: bounded('lin_api_[A-Za-z0-9]{40}'),
    prefix: /^lin_api_/,
    examples: { positive: [`«lin_api_${fake(ALNUM, 40, 15)}»`], negative: [`lin_api_${fake(ALNUM, 20, 15)}`] },
  },
  {
    id: 'notion-token',
    provider: 'notion',
    kind: 'token',
    severity: 'high',
    confidence: 'high',
    keywords: ['ntn_', 'secret_'],
    pattern: bounded('ntn_[0-9]{11}[A-Za-z0-9]{35}|secret_[A-Za-z0-9]{43}'),
    prefix: /^(?:ntn_|secret_)/,
    validate: (v) => v.startsWith('ntn_') || /[0-9]/.test(v.slice(7)) && /[A-Z]/.test(v.slice(7)),
    classify: (h) => (h.value.startsWith('secret_') ? { confidence: 'medium' } : {}),
    examples: {
      positive: [`NOTION_TOKEN=«ntn_${fake('0123456789', 11, 16)}${fake(ALNUM, 35, 17)}»`, `«secret_${fake(ALNUM, 43, 18)}»`],
      negative: ['secret_key_base_for_the_application_config_file_x', `secret_${'a'.repeat(43)}`],
    },
  },
  {
    id: 'postman-api-key',
    provider: 'postman',
    kind: 'token',
    severity: 'high',
    confidence: 'high',
    keywords: ['PMAK-'],
    pattern: bounded('PMAK-[a-f0-9]{24}-[a-f0-9]{34}'),
    prefix: /^PMAK-/,
    examples: { positive: [`«PMAK-${fake(HEX, 24, 19)}-${fake(HEX, 34, 20)}»`], negative: ['PMAK-1234'] },
  },
  {
    id: 'figma-token',
    provider: 'figma',
    kind: 'token',
    severity: 'high',
    confidence: 'high',
    keywords: ['figd_'],
    pattern: bounded('figd_[A-Za-z0-9_-]{38,45}'),
    prefix: /^figd_/,
    examples: { positive: [`X-Figma-Token: «figd_${fake(URLSAFE, 40, 21)}»`], negative: ['figd_short'] },
  },
  {
    id: 'sentry-auth-token',
    provider: 'sentry',
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
    provider: 'sentry',
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
    id: 'rubygems-api-key',
    provider: 'rubygems',
    kind: 'token',
    severity: 'high',
    confidence: 'high',
    keywords: ['rubygems_'],
    pattern: bounded('rubygems_[a-f0-9]{48}'),
    prefix: /^rubygems_/,
    examples: { positive: [`:rubygems_api_key: «rubygems_${fake(HEX, 48, 26)}»`], negative: ['rubygems_version_3'] },
  },
  {
    id: 'dockerhub-token',
    provider: 'dockerhub',
    kind: 'token',
    severity: 'high',
    confidence: 'high',
    keywords: ['dckr_pat_', 'dckr_oat_'],
    pattern: bounded('dckr_(?:pat|oat)_[A-Za-z0-9_-]{27,32}'),
    prefix: /^dckr_[a-z]{3}_/,
    examples: { positive: [`docker login -u me -p «dckr_pat_${fake(URLSAFE, 27, 27)}»`], negative: ['dckr_pat_short'] },
  },
  {
    id: 'newrelic-api-key',
    provider: 'newrelic',
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
    provider: 'newrelic',
    kind: 'token',
    severity: 'high',
    confidence: 'high',
    pattern: /^[a-f0-9]{36}NRAL$/,
    shapeLengths: [40],
    examples: { positive: [`license_key: «${fake(HEX, 36, 29)}NRAL»`], negative: [`${fake(HEX, 36, 29)}NRAX`] },
  },
];
