// Resend: API keys are re_, 8 base58 characters, '_' and 24 base58 characters.

import { mixedCase } from '../rules/common';
import { defineProvider } from '../rules/define';
import { bounded } from '../rules/rule';
import { fake } from '../rules/sample';

const BASE58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';

export default defineProvider({
  slug: 'resend',
  name: 'Resend',
  category: 'messaging',
  domains: ['resend.com'],
  keysUrl: 'https://resend.com/api-keys',
  canDo: 'Send email from the account\'s verified domains (phishing that passes SPF and DKIM) and read sent mail.',
  rules: [
    {
      id: 'resend-api-key',
      match: 'keyword',
      kind: 'token',
      severity: 'high',
      confidence: 'high',
      keywords: ['re_'],
      pattern: bounded('re_[1-9A-HJ-NP-Za-km-z]{8}_[1-9A-HJ-NP-Za-km-z]{24}'),
      prefix: /^re_/,
      validate: (v) => mixedCase(v.slice(3)),
      examples: {
        positive: [`RESEND_API_KEY=«re_${fake(BASE58, 8, 3290)}_${fake(BASE58, 24, 3291)}»`, `const resend = new Resend('«re_${fake(BASE58, 8, 3292)}_${fake(BASE58, 24, 3293)}»');`],
        negative: [`re_${fake(BASE58, 8, 3294)}${fake(BASE58, 24, 3295)}`, 're_generate_subscriptionqueuewatcher'],
      },
    },
  ],
});
