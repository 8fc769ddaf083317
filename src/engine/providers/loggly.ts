// Loggly: customer tokens are UUIDs, in the ingest URL (logs-01.loggly.com/inputs/<token>/) or
// named next to the word loggly.

import { UUID } from '../rules/common';
import { defineProvider } from '../rules/define';
import { fakeUuid } from '../rules/sample';

export default defineProvider({
  slug: 'loggly',
  name: 'Loggly',
  category: 'cloud',
  domains: ['loggly.com'],
  keysUrl: 'https://www.loggly.com/docs/customer-token-authentication-token/',
  canDo: 'Send log events into the account (polluting or flooding it); API tokens also read its logs.',
  rules: [
    {
      id: 'loggly-ingest-url',
      match: 'keyword',
      kind: 'token',
      severity: 'medium',
      confidence: 'high',
      keywords: ['.loggly.com/inputs/', '.loggly.com/bulk/'],
      pattern: /\.loggly\.com\/(?:inputs|bulk)\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![A-Za-z0-9_-])/g,
      examples: {
        positive: [`curl -H "content-type:text/plain" -d 'hello' http://logs-01.loggly.com/inputs/«${fakeUuid(3620)}»/tag/http/`],
        negative: ['http://logs-01.loggly.com/inputs/TOKEN/tag/http/'],
      },
    },
    {
      id: 'loggly-token',
      match: 'shape',
      kind: 'token',
      severity: 'medium',
      confidence: 'medium',
      lengths: [36],
      pattern: UUID,
      context: { words: ['loggly'], strict: true },
      examples: {
        positive: [`LOGGLY_TOKEN=«${fakeUuid(3621)}»`],
        negative: [`loggly event id ${fakeUuid(3622)}`, `TOKEN=${fakeUuid(3623)}`],
      },
    },
  ],
});
