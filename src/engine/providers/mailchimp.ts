// Mailchimp: API keys are 32 hex and the data centre (-us14).

import { defineProvider } from '../rules/define';
import { HEX, fake } from '../rules/sample';

export default defineProvider({
  slug: 'mailchimp',
  name: 'Mailchimp',
  category: 'messaging',
  domains: ['mailchimp.com'],
  keysUrl: 'https://admin.mailchimp.com/account/api/',
  canDo: 'Read audiences and send campaigns.',
  rules: [
    {
      id: 'mailchimp-api-key',
      match: 'shape',
      kind: 'token',
      severity: 'high',
      confidence: 'high',
      lengths: [36, 37],
      pattern: /^[0-9a-f]{32}-us[0-9]{1,2}$/,
      examples: { positive: [`«${fake(HEX, 32, 95)}-us14»`], negative: [`${fake(HEX, 32, 95)}-usa`] },
    },
  ],
});
