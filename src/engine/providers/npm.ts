// npm: granular and automation tokens carry GitHub's CRC32 scheme.

import { hasBase62Crc } from '../rules/checksums';
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
      validate: (v) => hasBase62Crc(v, 4),
      examples: {
        positive: [`//registry.npmjs.org/:_authToken=«${fakeCrcToken('npm_', 3)}»`],
        negative: [`npm_${fake(ALNUM, 36, 8)}`, 'npm_config_registry_url_with_long_name_x'],
      },
    },
  ],
});
