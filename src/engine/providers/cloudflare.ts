// Cloudflare: since 2026 credentials are prefixed (cfk_ global API key, cfut_ user token,
// cfat_ account token) with 40 characters and a CRC32 of them in hex (Cloudflare's token-format
// docs). Older API tokens are 40 base64url characters with no prefix: the word cloudflare and a
// key-ish name are both needed.

import { looksRandom } from '../filters';
import { hasHexCrcOfBody } from '../rules/checksums';
import { defineProvider } from '../rules/define';
import { bounded } from '../rules/rule';
import { ALNUM, URLSAFE, fake, fakeHexCrcToken } from '../rules/sample';

export default defineProvider({
  slug: 'cloudflare',
  name: 'Cloudflare',
  category: 'cloud',
  domains: ['cloudflare.com'],
  keysUrl: 'https://dash.cloudflare.com/profile/api-tokens',
  canDo: 'Change DNS, workers and security settings of the zones the token covers.',
  rules: [
    {
      id: 'cloudflare-scannable-token',
      match: 'keyword',
      kind: 'token',
      severity: 'critical',
      confidence: 'high',
      keywords: ['cfk_', 'cfut_', 'cfat_'],
      pattern: bounded('cf(?:k|ut|at)_[A-Za-z0-9]{40}[a-f0-9]{8}'),
      prefix: /^cf(?:k|ut|at)_/,
      validate: (v) => hasHexCrcOfBody(v, v.indexOf('_') + 1, 40),
      examples: {
        positive: [`CLOUDFLARE_API_TOKEN=«${fakeHexCrcToken('cfut_', 1160)}»`, `-H "Authorization: Bearer «${fakeHexCrcToken('cfat_', 1161)}»"`, `X-Auth-Key: «${fakeHexCrcToken('cfk_', 1162)}»`],
        negative: [`cfut_${fake(ALNUM, 40, 1163)}0badc0de`, 'cfut_short'],
      },
    },
    {
      id: 'cloudflare-api-token',
      match: 'shape',
      kind: 'token',
      severity: 'critical',
      confidence: 'medium',
      lengths: [40],
      pattern: /^[A-Za-z0-9_-]{40}$/,
      validate: (v) => looksRandom(v.replace(/[_-]/g, '')),
      context: { words: ['cloudflare', 'cf_api'], strict: true },
      examples: {
        positive: [`CLOUDFLARE_API_TOKEN=«${fake(URLSAFE, 40, 111)}»`],
        negative: [`cloudflare ${fake(URLSAFE, 40, 111)}`, `token=${fake(URLSAFE, 40, 111)}`],
      },
    },
  ],
});
