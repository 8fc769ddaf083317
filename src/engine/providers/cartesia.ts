// Cartesia (voice AI): API keys are sk_car_ and 20 letters, digits and underscores
// (docs.cartesia.ai, "API conventions": the key in X-API-Key or as a Bearer token).

import { simpleToken } from '../rules/common';
import { defineProvider } from '../rules/define';
import { ALNUM, fake } from '../rules/sample';

export default defineProvider({
  slug: 'cartesia',
  name: 'Cartesia',
  category: 'ai',
  domains: ['cartesia.ai', 'play.cartesia.ai'],
  keysUrl: 'https://play.cartesia.ai/keys',
  canDo: 'Generate and clone voices on the account\'s credits and read its voices and usage.',
  rules: [simpleToken('cartesia-api-key', 'sk_car_', 'sk_car_[A-Za-z0-9_]{20}', `sk_car_${fake(ALNUM, 20, 9231)}`)],
});
