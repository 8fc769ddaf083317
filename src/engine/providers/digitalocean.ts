// DigitalOcean: personal (dop_v1_), OAuth (doo_v1_) and refresh (dor_v1_) tokens, 64 hex.

import { defineProvider } from '../rules/define';
import { bounded } from '../rules/rule';
import { HEX, fake } from '../rules/sample';

export default defineProvider({
  slug: 'digitalocean',
  name: 'DigitalOcean',
  category: 'cloud',
  domains: ['digitalocean.com'],
  keysUrl: 'https://cloud.digitalocean.com/account/api/tokens',
  canDo: 'Create, change and destroy droplets, databases and other resources on the account.',
  rules: [
    {
      id: 'digitalocean-token',
      match: 'keyword',
      kind: 'token',
      severity: 'critical',
      confidence: 'high',
      keywords: ['dop_v1_', 'doo_v1_', 'dor_v1_'],
      pattern: bounded('do[por]_v1_[a-f0-9]{64}'),
      prefix: /^do[por]_v1_/,
      examples: { positive: [`DIGITALOCEAN_TOKEN=«dop_v1_${fake(HEX, 64, 110)}»`], negative: ['dop_v1_abc'] },
    },
  ],
});
