// Cloudflare: since 2026 credentials are prefixed (cfk_ global API key, cfut_ user token,
// cfat_ account token) with 40 characters and a CRC32 of them in hex (Cloudflare's token-format
// docs). Older API tokens are 40 base64url characters with no prefix: the word cloudflare and a
// key-ish name are both needed. The Global API Key (sent as X-Auth-Key with the account's email)
// is 37 lower-case hex. Origin CA keys (X-Auth-User-Service-Key) start v1.0-; Cloudflare's
// changelog retired them on 2026-09-30, so one found now is reported at low severity.

import { looksRandom } from '../filters';
import { hasHexCrcOfBody } from '../rules/checksums';
import { defineProvider } from '../rules/define';
import { bounded } from '../rules/rule';
import { ALNUM, HEX, URLSAFE, fake, fakeHexCrcToken } from '../rules/sample';

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
    {
      id: 'cloudflare-global-api-key',
      match: 'shape',
      kind: 'token',
      severity: 'critical',
      confidence: 'medium',
      lengths: [37],
      pattern: /^[a-f0-9]{37}$/,
      validate: (v) => /[0-9]/.test(v) && /[a-f]/.test(v),
      // 37 hex is no digest or id length, so Cloudflare named nearby is enough (a settings map's
      // "cloudflare": "…" entry has no key-ish name).
      context: { words: ['cloudflare', 'cf_api'], names: ['x-auth-key'] },
      examples: {
        positive: [
          `CLOUDFLARE_API_KEY=«${fake(HEX, 37, 4110)}»`,
          `curl https://api.cloudflare.com/client/v4/zones -H "X-Auth-Email: ops@example.org" -H "X-Auth-Key: «${fake(HEX, 37, 4111)}»"`,
          `cloudflare:\n  email: ops@example.org\n  global_api_key: "«${fake(HEX, 37, 4112)}»"`,
          `const providers = { cloudflare: "«${fake(HEX, 37, 4109)}»" };`,
        ],
        negative: [`API_KEY=${fake(HEX, 37, 4114)}`, `CLOUDFLARE_API_KEY=${fake(HEX, 36, 4115)}`, `request_id=${fake(HEX, 37, 4113)}`],
      },
    },
    {
      id: 'cloudflare-origin-ca-key',
      match: 'keyword',
      kind: 'token',
      severity: 'low',
      confidence: 'high',
      keywords: ['v1.0-'],
      pattern: bounded('v1\\.0-[a-f0-9]{24}-[a-f0-9]{146}'),
      prefix: /^v1\.0-/,
      examples: {
        positive: [
          `X-Auth-User-Service-Key: «v1.0-${fake(HEX, 24, 4116)}-${fake(HEX, 146, 4117)}»`,
          `origin_ca_key = "«v1.0-${fake(HEX, 24, 4118)}-${fake(HEX, 146, 4119)}»"`,
        ],
        negative: [`release v1.0-${fake(HEX, 24, 4116)}`, `v1.0-${fake(HEX, 24, 4116)}-${fake(HEX, 100, 4117)}`],
      },
    },
  ],
});
