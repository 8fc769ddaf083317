// Apify: personal API tokens start apify_api_, then 36 letters and digits.

import { defineProvider } from '../rules/define';
import { bounded } from '../rules/rule';
import { ALNUM, fake } from '../rules/sample';

export default defineProvider({
  slug: 'apify',
  name: 'Apify',
  category: 'other',
  domains: ['apify.com', 'console.apify.com'],
  keysUrl: 'https://console.apify.com/settings/integrations',
  canDo: 'Run the account\'s scrapers on its balance and read everything they collected: datasets, key-value stores and logs.',
  rules: [
    {
      id: 'apify-api-token',
      match: 'keyword',
      kind: 'token',
      severity: 'high',
      confidence: 'high',
      keywords: ['apify_api_'],
      pattern: bounded('apify_api_[A-Za-z0-9]{34,40}'),
      prefix: /^apify_api_/,
      examples: {
        positive: [`APIFY_TOKEN=«apify_api_${fake(ALNUM, 36, 7330)}»`, `client = ApifyClient("«apify_api_${fake(ALNUM, 36, 7331)}»")`],
        negative: ['apify_api_YOUR_TOKEN_HERE', `apify_api_${fake(ALNUM, 20, 7332)}`],
      },
    },
  ],
});
