// Vultr: API keys are 36 upper-case letters and digits with no prefix; the word vultr and a
// key-ish name are needed.

import { defineProvider } from '../rules/define';
import { fake } from '../rules/sample';

const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

export default defineProvider({
  slug: 'vultr',
  name: 'Vultr',
  category: 'cloud',
  domains: ['vultr.com', 'my.vultr.com'],
  keysUrl: 'https://my.vultr.com/settings/#settingsapi',
  canDo: 'Create, reinstall and destroy the account\'s servers, read their root passwords and change DNS and firewalls.',
  rules: [
    {
      id: 'vultr-api-key',
      match: 'shape',
      kind: 'token',
      severity: 'critical',
      confidence: 'medium',
      lengths: [36],
      pattern: /^[A-Z0-9]{36}$/,
      validate: (v) => /[0-9]/.test(v) && /[A-Z]/.test(v),
      context: { words: ['vultr'], strict: true },
      examples: {
        positive: [`VULTR_API_KEY=«${fake(UPPER, 36, 2920)}»`, `curl "https://api.vultr.com/v2/instances" -H "Authorization: Bearer «${fake(UPPER, 36, 2921)}»"`],
        negative: [`vultr instance ${fake(UPPER, 36, 2922)}`, `VULTR_API_KEY=${fake(UPPER, 30, 2923)}`],
      },
    },
  ],
});
