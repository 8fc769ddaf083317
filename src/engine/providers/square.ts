// Square: access tokens (EAAA…, legacy sq0atp-) and OAuth application secrets (sq0csp-). EAAA
// also occurs inside base64 blobs (fonts), so the body must look random.

import { defineProvider } from '../rules/define';
import { bounded } from '../rules/rule';
import { ALNUM, URLSAFE, fake } from '../rules/sample';

export default defineProvider({
  slug: 'square',
  name: 'Square',
  category: 'payments',
  domains: ['squareup.com', 'developer.squareup.com'],
  keysUrl: 'https://developer.squareup.com/apps',
  canDo: 'Take payments, issue refunds and read customer and sales data.',
  rules: [
    {
      id: 'square-token',
      match: 'keyword',
      kind: 'token',
      severity: 'critical',
      confidence: 'high',
      keywords: ['EAAA', 'sq0csp-', 'sq0atp-'],
      pattern: bounded('EAAA[A-Za-z0-9_-]{60}|sq0csp-[A-Za-z0-9_-]{43}|sq0atp-[A-Za-z0-9_-]{22}'),
      prefix: /^(?:EAAA|sq0csp-|sq0atp-)/,
      validate: (v) => !v.startsWith('EAAA') || /[0-9]/.test(v) && /[a-z]/.test(v) && /[A-Z]/.test(v.slice(4)),
      examples: {
        positive: [`SQUARE_ACCESS_TOKEN=«EAAA${fake(URLSAFE, 60, 56)}»`, `«sq0csp-${fake(URLSAFE, 43, 57)}»`],
        negative: [`data:font/woff2;base64,d09GMgABAAAAAEAAA${fake(ALNUM, 60, 56)}`],
      },
    },
  ],
});
