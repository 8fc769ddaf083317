// Arcjet (app security SDK): site keys are ajkey_ and 26 lower-case base-32 characters, a ULID
// (docs.arcjet.com, "Environment": ARCJET_KEY; the SDK sends it with every decision request).

import { simpleToken } from '../rules/common';
import { defineProvider } from '../rules/define';
import { fake } from '../rules/sample';

export default defineProvider({
  slug: 'arcjet',
  name: 'Arcjet',
  category: 'code',
  domains: ['arcjet.com', 'app.arcjet.com'],
  keysUrl: 'https://app.arcjet.com/',
  canDo: 'Send decision requests as the site, spending its quota and reading the rules Arcjet applies to it.',
  rules: [{ ...simpleToken('arcjet-site-key', 'ajkey_', 'ajkey_[0-9a-z]{26}', `ajkey_01${fake('0123456789abcdefghjkmnpqrstvwxyz', 24, 9234)}`), severity: 'medium' }],
});
