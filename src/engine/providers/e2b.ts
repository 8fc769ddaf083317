// E2B (code-interpreter sandboxes): API keys are e2b_ and 40 hex (e2b.dev docs, "API key"; as
// Kingfisher's e2b rule reads them).

import { simpleToken } from '../rules/common';
import { defineProvider } from '../rules/define';
import { HEX, fake } from '../rules/sample';

export default defineProvider({
  slug: 'e2b',
  name: 'E2B',
  category: 'ai',
  domains: ['e2b.dev'],
  keysUrl: 'https://e2b.dev/dashboard?tab=keys',
  canDo: 'Start, run code in and kill the team\'s cloud sandboxes, on the team\'s usage bill.',
  rules: [simpleToken('e2b-api-key', 'e2b_', 'e2b_[0-9a-f]{40}', `e2b_${fake(HEX, 40, 9186)}`)],
});
