// GitHub: classic tokens end in a CRC32 checksum of their random part, so lookalikes that fail
// it are dropped. Installation (ghs_) and refresh (ghr_) tokens are short-lived or need a
// client secret.

import { hasBase62Crc } from '../rules/checksums';
import { defineProvider } from '../rules/define';
import { bounded } from '../rules/rule';
import { ALNUM, fake, fakeCrcToken } from '../rules/sample';

const ghp = fakeCrcToken('ghp_', 1);
const ghs = fakeCrcToken('ghs_', 2);

export default defineProvider({
  slug: 'github',
  name: 'GitHub',
  category: 'code',
  domains: ['github.com'],
  keysUrl: 'https://github.com/settings/tokens',
  keysPath: 'Settings → Developer settings → Personal access tokens',
  canDo: 'Act as the user on GitHub within the token\'s scopes: read private code, push, change settings.',
  badge: '#24292f',
  rules: [
    {
      id: 'github-token',
      match: 'keyword',
      kind: 'token',
      severity: 'critical',
      confidence: 'high',
      keywords: ['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_'],
      pattern: bounded('gh[pousr]_[A-Za-z0-9]{36}'),
      prefix: /^gh[pousr]_/,
      validate: (v) => hasBase62Crc(v, 4),
      classify: (h) => (/^gh[sr]_/.test(h.value) ? { severity: 'high' } : {}),
      examples: {
        positive: [`GITHUB_TOKEN=«${ghp}»`, `token «${ghs}» expires`],
        negative: [`${ghp.slice(0, -1)}${ghp.endsWith('A') ? 'B' : 'A'}`, 'ghp_' + 'x'.repeat(36), `x${ghp}`],
      },
    },
    {
      id: 'github-fine-grained-token',
      match: 'keyword',
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
  ],
});
