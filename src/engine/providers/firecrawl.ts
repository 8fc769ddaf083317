// Firecrawl: API keys are fc- and 32 hex.

import { defineProvider } from '../rules/define';
import { bounded } from '../rules/rule';
import { HEX, fake } from '../rules/sample';

export default defineProvider({
  slug: 'firecrawl',
  name: 'Firecrawl',
  category: 'ai',
  domains: ['firecrawl.dev'],
  keysUrl: 'https://www.firecrawl.dev/app/api-keys',
  canDo: 'Crawl and scrape sites on the owner\'s credits and read the account\'s past jobs.',
  rules: [
    {
      id: 'firecrawl-api-key',
      match: 'keyword',
      kind: 'token',
      severity: 'medium',
      confidence: 'high',
      keywords: ['fc-'],
      pattern: bounded('fc-[a-f0-9]{32}'),
      prefix: /^fc-/,
      validate: (v) => /[0-9]/.test(v.slice(3)) && /[a-f]/.test(v.slice(3)),
      examples: {
        positive: [`FIRECRAWL_API_KEY=«fc-${fake(HEX, 32, 2800)}»`, `app = FirecrawlApp(api_key="«fc-${fake(HEX, 32, 2801)}»")`],
        negative: [`fc-${fake(HEX, 24, 2802)}`, 'fc-daygrid-day-number-and-event'],
      },
    },
  ],
});
