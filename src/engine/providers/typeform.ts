// Typeform: personal access tokens are tfp_ and 59 characters of [A-Za-z0-9_.=-].

import { defineProvider } from '../rules/define';
import { bounded } from '../rules/rule';
import { URLSAFE, fake } from '../rules/sample';

export default defineProvider({
  slug: 'typeform',
  name: 'Typeform',
  category: 'other',
  domains: ['typeform.com'],
  keysUrl: 'https://admin.typeform.com/user/tokens',
  canDo: 'Read every response to the account\'s forms (often personal data) and change or delete the forms.',
  rules: [
    {
      id: 'typeform-api-token',
      match: 'keyword',
      kind: 'token',
      severity: 'high',
      confidence: 'high',
      keywords: ['tfp_'],
      pattern: bounded('tfp_[A-Za-z0-9_.=-]{59}'),
      prefix: /^tfp_/,
      examples: {
        positive: [`curl https://api.typeform.com/forms -H "Authorization: Bearer «tfp_${fake(URLSAFE, 44, 3252)}_${fake(URLSAFE, 14, 3253)}»"`],
        negative: [`tfp_${fake(URLSAFE, 50, 3254)}`, 'tfp_'],
      },
    },
  ],
});
