// Crossmint (wallets, NFT minting, stablecoin payments): server keys are sk_production_ or
// sk_staging_ and client keys ck_…, then 24 to 48 letters and digits (docs.crossmint.com,
// "API keys": client keys are meant for front ends, server keys must stay secret).

import { defineProvider } from '../rules/define';
import { bounded } from '../rules/rule';
import { ALNUM, fake } from '../rules/sample';

export default defineProvider({
  slug: 'crossmint',
  name: 'Crossmint',
  category: 'payments',
  domains: ['crossmint.com', 'www.crossmint.com', 'staging.crossmint.com'],
  keysUrl: 'https://www.crossmint.com/console/projects/apiKeys',
  canDo: 'Server keys: create and use the project\'s custodial wallets, mint and transfer tokens and pay from its balance, by the key\'s scopes.',
  rules: [
    {
      id: 'crossmint-server-key',
      match: 'keyword',
      kind: 'secret',
      severity: 'critical',
      confidence: 'high',
      keywords: ['sk_production_', 'sk_staging_', 'ck_production_', 'ck_staging_'],
      pattern: bounded('[sc]k_(?:production|staging)_[A-Za-z0-9]{24,48}'),
      prefix: /^[sc]k_(?:production|staging)_/,
      variants: ['crossmint-staging-key', 'crossmint-client-key'],
      classify: (h) =>
        h.value.startsWith('ck_')
          ? { rule: 'crossmint-client-key', kind: 'public', notCounted: 'public-by-design' }
          : h.value.startsWith('sk_staging_')
            ? { rule: 'crossmint-staging-key', notCounted: 'test-mode' }
            : {},
      examples: {
        positive: [`CROSSMINT_SERVER_API_KEY=«sk_production_${fake(ALNUM, 40, 9235)}»`],
        negative: [`NEXT_PUBLIC_CROSSMINT_CLIENT_KEY=ck_production_${fake(ALNUM, 40, 9236)}`, `sk_staging_${fake(ALNUM, 40, 9237)}`, 'sk_production_short'],
      },
    },
  ],
});
