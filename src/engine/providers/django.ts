// Django: `startproject` writes a SECRET_KEY of django-insecure- and 50 random characters. Meant
// for development, it is often deployed as is; whoever knows a site's key can sign its cookies.

import { defineProvider } from '../rules/define';
import { fake } from '../rules/sample';

// The alphabet Django's get_random_secret_key() draws from.
const CHARS = 'abcdefghijklmnopqrstuvwxyz0123456789!@#$%^&*(-_=+)';
const ESCAPED = 'a-z0-9!@#$%^&*(\\-_=+)';

export default defineProvider({
  slug: 'django',
  name: 'Django secret key',
  category: 'other',
  domains: ['djangoproject.com'],
  noKeysUrl: 'The key lives in the project\'s settings: replace it there and redeploy; sessions and reset links signed with the old key stop working.',
  canDo: 'Forge session cookies, password-reset links and other signed data for the site using it, and so sign in as any user.',
  rules: [
    {
      id: 'django-insecure-secret-key',
      match: 'keyword',
      kind: 'secret',
      severity: 'medium',
      confidence: 'high',
      keywords: ['django-insecure-'],
      pattern: new RegExp(`(?<![A-Za-z0-9_+/-])(django-insecure-[${ESCAPED}]{50})(?![${ESCAPED}])`, 'g'),
      prefix: /^django-insecure-/,
      validate: (v) => /[0-9]/.test(v.slice(16)),
      examples: {
        positive: [`SECRET_KEY = '«django-insecure-${fake(CHARS, 50, 2260)}»'`, `DJANGO_SECRET_KEY="«django-insecure-${fake(CHARS, 50, 2261)}»"`],
        negative: ["SECRET_KEY = 'django-insecure-change-me'", `SECRET_KEY = 'django-insecure-${fake(CHARS, 40, 2262)}'`],
      },
    },
  ],
});
