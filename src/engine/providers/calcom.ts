// Cal.com: API keys are cal_live_ and 32 characters (cal.com/docs/api-reference/v2/introduction,
// "Authentication"; Kingfisher's calcom rule reads them the same way).

import { simpleToken } from '../rules/common';
import { defineProvider } from '../rules/define';
import { HEX, fake } from '../rules/sample';

export default defineProvider({
  slug: 'calcom',
  name: 'Cal.com',
  category: 'other',
  domains: ['cal.com', 'app.cal.com'],
  keysUrl: 'https://app.cal.com/settings/developer/api-keys',
  canDo: 'Read and change the user\'s bookings, availability and event types, and see attendees\' contact details.',
  rules: [simpleToken('calcom-api-key', 'cal_live_', 'cal_live_[A-Za-z0-9]{32}', `cal_live_${fake(HEX, 32, 9187)}`)],
});
