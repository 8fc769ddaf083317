// SendGrid: API keys are SG., 22 characters, a dot and 43 more.

import { defineProvider } from '../rules/define';
import { bounded } from '../rules/rule';
import { URLSAFE, fake } from '../rules/sample';

export default defineProvider({
  slug: 'sendgrid',
  name: 'SendGrid',
  category: 'messaging',
  domains: ['sendgrid.com'],
  keysUrl: 'https://app.sendgrid.com/settings/api_keys',
  canDo: 'Send email from the owner\'s verified domains (phishing) and read contact lists.',
  rules: [
    {
      id: 'sendgrid-api-key',
      match: 'run',
      kind: 'token',
      severity: 'high',
      confidence: 'high',
      run: { min: 22, max: 22, test: (t, s) => t.startsWith('SG.', s - 3) },
      pattern: bounded('SG\\.[A-Za-z0-9_-]{22}\\.[A-Za-z0-9_-]{43}'),
      prefix: /^SG\./,
      examples: { positive: [`SENDGRID_API_KEY=«SG.${fake(URLSAFE, 22, 90)}.${fake(URLSAFE, 43, 91)}»`], negative: ['SG.short.x'] },
    },
  ],
});
