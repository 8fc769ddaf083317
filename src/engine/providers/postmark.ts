// Postmark: server and account tokens are UUIDs (X-Postmark-Server-Token); only a UUID named as
// a token next to the word postmark counts.

import { UUID } from '../rules/common';
import { defineProvider } from '../rules/define';
import { fakeUuid } from '../rules/sample';

export default defineProvider({
  slug: 'postmark',
  name: 'Postmark',
  category: 'messaging',
  domains: ['postmarkapp.com'],
  keysUrl: 'https://account.postmarkapp.com/servers',
  canDo: 'Send email from the server\'s verified senders and read its sent messages and bounces; account tokens manage every server.',
  rules: [
    {
      id: 'postmark-server-token',
      match: 'shape',
      kind: 'token',
      severity: 'high',
      confidence: 'medium',
      lengths: [36],
      pattern: UUID,
      context: { words: ['postmark', 'x-postmark-server-token', 'x-postmark-account-token'], strict: true },
      examples: {
        positive: [`curl "https://api.postmarkapp.com/email" -H "X-Postmark-Server-Token: «${fakeUuid(3730)}»"`, `POSTMARK_API_TOKEN=«${fakeUuid(3731)}»`],
        negative: [`postmark message id ${fakeUuid(3732)}`, `SERVER_TOKEN=${fakeUuid(3733)}`],
      },
    },
  ],
});
