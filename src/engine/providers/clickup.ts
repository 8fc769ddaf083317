// ClickUp: personal API tokens are pk_, the user's numeric id, '_' and 32 upper-case letters
// and digits (clickup.com/api, "Personal token": tokens begin with pk_).

import { simpleToken } from '../rules/common';
import { defineProvider } from '../rules/define';
import { DIGITS, fake } from '../rules/sample';

export default defineProvider({
  slug: 'clickup',
  name: 'ClickUp',
  category: 'other',
  domains: ['clickup.com', 'app.clickup.com'],
  keysUrl: 'https://app.clickup.com/settings/apps',
  canDo: 'Read and change the tasks, docs and comments of every workspace the user belongs to.',
  rules: [
    simpleToken('clickup-api-token', 'pk_', 'pk_[0-9]{6,10}_[0-9A-Z]{32}', `pk_${fake(DIGITS, 8, 9189)}_${fake('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 32, 9190)}`),
  ],
});
