// Zendesk: API tokens are 40 alphanumerics with no prefix; they need the word zendesk and a
// key-ish name.

import { looksRandom } from '../filters';
import { defineProvider } from '../rules/define';
import { ALNUM, fake } from '../rules/sample';

export default defineProvider({
  slug: 'zendesk',
  name: 'Zendesk',
  category: 'messaging',
  domains: ['zendesk.com'],
  noKeysUrl: 'Tokens belong to each Zendesk account: Admin Center → Apps and integrations → APIs → Zendesk API on that account.',
  canDo: 'Read and change every support ticket and customer record of the account, with an agent\'s or admin\'s rights.',
  rules: [
    {
      id: 'zendesk-secret-key',
      match: 'shape',
      kind: 'token',
      severity: 'high',
      confidence: 'medium',
      lengths: [40],
      pattern: /^[A-Za-z0-9]{40}$/,
      validate: looksRandom,
      context: { words: ['zendesk'], strict: true },
      examples: {
        positive: [`ZENDESK_API_TOKEN=«${fake(ALNUM, 40, 3270)}»`, `curl https://acme.zendesk.com/api/v2/tickets.json -u agent@acme.com/token:«${fake(ALNUM, 40, 3271)}»`],
        negative: [`zendesk ticket ${fake(ALNUM, 40, 3272)}`, `API_TOKEN=${fake(ALNUM, 40, 3273)}`],
      },
    },
  ],
});
