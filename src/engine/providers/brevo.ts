// Brevo (formerly Sendinblue): API keys are xkeysib-, 64 hex and 16 alphanumerics.

import { defineProvider } from '../rules/define';
import { bounded } from '../rules/rule';
import { ALNUM, HEX, fake } from '../rules/sample';

export default defineProvider({
  slug: 'brevo',
  name: 'Brevo',
  category: 'messaging',
  domains: ['brevo.com', 'sendinblue.com'],
  keysUrl: 'https://app.brevo.com/settings/keys/api',
  canDo: 'Send email and SMS and read contacts.',
  rules: [
    {
      id: 'brevo-api-key',
      match: 'keyword',
      kind: 'token',
      severity: 'high',
      confidence: 'high',
      keywords: ['xkeysib-'],
      pattern: bounded('xkeysib-[a-f0-9]{64}-[A-Za-z0-9]{16}'),
      prefix: /^xkeysib-/,
      examples: { positive: [`«xkeysib-${fake(HEX, 64, 96)}-${fake(ALNUM, 16, 97)}»`], negative: ['xkeysib-123'] },
    },
  ],
});
