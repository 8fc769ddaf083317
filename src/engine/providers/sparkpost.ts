// SparkPost (Bird): API keys are 40 alphanumerics with no prefix; they need the word sparkpost
// and a key-ish name.

import { defineProvider } from '../rules/define';
import { ALNUM, HEX, fake } from '../rules/sample';

export default defineProvider({
  slug: 'sparkpost',
  name: 'SparkPost',
  category: 'messaging',
  domains: ['sparkpost.com'],
  keysUrl: 'https://app.sparkpost.com/account/api-keys',
  canDo: 'Send email from the account\'s sending domains and read recipients and message events, within the key\'s grants.',
  rules: [
    {
      id: 'sparkpost-api-key',
      match: 'shape',
      kind: 'token',
      severity: 'high',
      confidence: 'medium',
      lengths: [40],
      pattern: /^[A-Za-z0-9]{40}$/,
      context: { words: ['sparkpost'], strict: true },
      examples: {
        positive: [`SPARKPOST_API_KEY=«${fake(HEX, 40, 3740)}»`, `sparkpost:\n  api_key: «${fake(ALNUM, 40, 3741)}»`],
        negative: [`sparkpost transmission ${fake(HEX, 40, 3742)}`, `API_KEY=${fake(HEX, 40, 3743)}`],
      },
    },
  ],
});
