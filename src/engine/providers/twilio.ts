// Twilio: API key SIDs (SK…) act with their secret; account SIDs (AC…) are identifiers.

import { defineProvider } from '../rules/define';
import { HEX, fake } from '../rules/sample';

export default defineProvider({
  slug: 'twilio',
  name: 'Twilio',
  category: 'messaging',
  domains: ['twilio.com'],
  keysUrl: 'https://console.twilio.com/',
  canDo: 'With its secret: send SMS and calls on the owner\'s bill. An account SID alone is an identifier.',
  rules: [
    {
      id: 'twilio-api-key',
      match: 'shape',
      kind: 'secret',
      severity: 'high',
      confidence: 'high',
      lengths: [34],
      pattern: /^SK[0-9a-f]{32}$/,
      prefix: /^SK/,
      examples: { positive: [`TWILIO_API_KEY=«SK${fake(HEX, 32, 92)}»`], negative: [`SK${fake(HEX, 31, 92)}`] },
    },
    {
      id: 'twilio-account-sid',
      match: 'shape',
      kind: 'identifier',
      severity: 'info',
      confidence: 'high',
      lengths: [34],
      pattern: /^AC[0-9a-f]{32}$/,
      prefix: /^AC/,
      examples: { positive: [`accountSid = '«AC${fake(HEX, 32, 93)}»'`], negative: [`AC${fake(HEX, 32, 93)}`] },
    },
  ],
});
