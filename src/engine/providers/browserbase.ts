// Browserbase (headless browsers): API keys are bb_live_ (or bb_test_) and 27 URL-safe characters
// (docs.browserbase.com, API overview: the X-BB-API-Key header; the SDK reads BROWSERBASE_API_KEY).

import { defineProvider } from '../rules/define';
import { bounded } from '../rules/rule';
import { URLSAFE, fake } from '../rules/sample';

export default defineProvider({
  slug: 'browserbase',
  name: 'Browserbase',
  category: 'ai',
  domains: ['browserbase.com'],
  keysUrl: 'https://www.browserbase.com/settings',
  canDo: 'Start browser sessions on the project\'s plan and read their recordings, logs and downloads.',
  rules: [
    {
      id: 'browserbase-api-key',
      match: 'keyword',
      kind: 'token',
      severity: 'high',
      confidence: 'high',
      keywords: ['bb_live_', 'bb_test_'],
      pattern: bounded('bb_(?:live|test)_[A-Za-z0-9_-]{27}'),
      prefix: /^bb_(?:live|test)_/,
      examples: {
        positive: [`BROWSERBASE_API_KEY=«bb_live_${fake(URLSAFE, 27, 9232)}»`],
        negative: ['bb_live_short', `bb_live_${fake(URLSAFE, 40, 9233)}`],
      },
    },
  ],
});
