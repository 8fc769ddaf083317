// Shopify: app access tokens and shared secrets, shp + two letters + _ + 32 hex.

import { defineProvider } from '../rules/define';
import { bounded } from '../rules/rule';
import { HEX, fake } from '../rules/sample';

export default defineProvider({
  slug: 'shopify',
  name: 'Shopify',
  category: 'payments',
  domains: ['shopify.com', 'myshopify.com'],
  noKeysUrl: 'Tokens belong to an app in each store\'s admin (Settings → Apps and sales channels), not to one page.',
  canDo: 'Read and change the store\'s orders, customers and products within the app\'s scopes.',
  rules: [
    {
      id: 'shopify-token',
      match: 'keyword',
      kind: 'token',
      severity: 'high',
      confidence: 'high',
      keywords: ['shpat_', 'shpss_', 'shpca_', 'shppa_'],
      pattern: bounded('shp(?:at|ss|ca|pa)_[a-fA-F0-9]{32}'),
      prefix: /^shp[a-z]{2}_/,
      examples: { positive: [`X-Shopify-Access-Token: «shpat_${fake(HEX, 32, 60)}»`], negative: ['shpat_1234'] },
    },
  ],
});
