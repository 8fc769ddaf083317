// PyPI: API tokens are macaroons whose base64 starts with the encoded "pypi.org" location.

import { defineProvider } from '../rules/define';
import { bounded } from '../rules/rule';
import { URLSAFE, fake } from '../rules/sample';

export default defineProvider({
  slug: 'pypi',
  name: 'PyPI',
  category: 'code',
  domains: ['pypi.org'],
  keysUrl: 'https://pypi.org/manage/account/token/',
  canDo: 'Upload new releases of the owner\'s Python packages.',
  rules: [
    {
      id: 'pypi-token',
      match: 'keyword',
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
  ],
});
