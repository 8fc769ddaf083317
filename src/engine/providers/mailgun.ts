// Mailgun: legacy API keys are key- and 32 hex.

import { defineProvider } from '../rules/define';
import { HEX, fake } from '../rules/sample';

export default defineProvider({
  slug: 'mailgun',
  name: 'Mailgun',
  category: 'messaging',
  domains: ['mailgun.com'],
  keysUrl: 'https://app.mailgun.com/settings/api_security',
  canDo: 'Send email from the owner\'s domains and read logs.',
  rules: [
    {
      id: 'mailgun-api-key',
      match: 'shape',
      kind: 'token',
      severity: 'high',
      confidence: 'high',
      lengths: [36],
      pattern: /^key-[0-9a-f]{32}$/,
      prefix: /^key-/,
      examples: { positive: [`MAILGUN_API_KEY=«key-${fake(HEX, 32, 94)}»`], negative: ['key-value-store', `monkey-${fake(HEX, 32, 94)}`] },
    },
  ],
});
