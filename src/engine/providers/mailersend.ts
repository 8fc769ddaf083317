// MailerSend: API tokens start mlsn. (mailersend.com/help/managing-api-tokens; the SDKs read
// MAILERSEND_API_KEY) followed by a long random body.

import { defineProvider } from '../rules/define';
import { bounded } from '../rules/rule';
import { ALNUM, HEX, fake } from '../rules/sample';

export default defineProvider({
  slug: 'mailersend',
  name: 'MailerSend',
  category: 'messaging',
  domains: ['mailersend.com'],
  keysUrl: 'https://app.mailersend.com/api-tokens',
  canDo: 'Send email from the account\'s verified domains (phishing that passes their checks) and read its messages and recipients, within the token\'s scopes.',
  rules: [
    {
      id: 'mailersend-api-token',
      match: 'keyword',
      kind: 'token',
      severity: 'high',
      confidence: 'high',
      keywords: ['mlsn.'],
      pattern: bounded('mlsn\\.[A-Za-z0-9]{30,100}'),
      prefix: /^mlsn\./,
      validate: (v) => /[a-zA-Z]/.test(v.slice(5)) && /[0-9]/.test(v.slice(5)),
      examples: {
        positive: [`MAILERSEND_API_KEY=«mlsn.${fake(HEX, 64, 7460)}»`, `const mailerSend = new MailerSend({ apiKey: "«mlsn.${fake(ALNUM, 40, 7461)}»" });`],
        negative: [`mlsn.${fake(HEX, 20, 7462)}`, 'mlsn.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'],
      },
    },
  ],
});
