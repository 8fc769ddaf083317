// npm: granular and automation tokens carry GitHub's CRC32 scheme (lookalikes: checksumMismatch).

import { checksumMismatch, hasBase62Crc } from '../rules/checksums';
import { defineProvider } from '../rules/define';
import { bounded } from '../rules/rule';
import { ALNUM, fake, fakeCrcToken } from '../rules/sample';

export default defineProvider({
  slug: 'npm',
  name: 'npm',
  category: 'code',
  domains: ['npmjs.com'],
  keysUrl: 'https://www.npmjs.com/settings/~/tokens',
  canDo: 'Publish new versions of the owner\'s packages: a supply-chain attack on everyone who installs them.',
  rules: [
    {
      id: 'npm-token',
      match: 'keyword',
      kind: 'token',
      severity: 'high',
      confidence: 'high',
      keywords: ['npm_'],
      pattern: bounded('npm_[A-Za-z0-9]{36}'),
      prefix: /^npm_/,
      variants: ['npm-token-checksum-mismatch'],
      classify: (h) => (hasBase62Crc(h.value, 4) ? {} : checksumMismatch('npm-token')),
      examples: {
        positive: [`//registry.npmjs.org/:_authToken=«${fakeCrcToken('npm_', 3)}»`, `NPM_TOKEN=«npm_${fake(ALNUM, 36, 8)}»`],
        negative: ['npm_config_registry_url_with_long_name_x', `npm_${'0'.repeat(36)}`],
      },
    },
  ],
});
