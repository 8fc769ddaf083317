// Private Packagist: organization and user update / read tokens are packagist_ and a three-letter
// kind (ort, out, uut, cut) then 68 hex; API keys (packagist_ack_) pair with API secrets
// (packagist_acs_ and 64–96 hex).

import { defineProvider } from '../rules/define';
import { bounded } from '../rules/rule';
import { HEX, fake } from '../rules/sample';

export default defineProvider({
  slug: 'packagist',
  name: 'Private Packagist',
  category: 'code',
  domains: ['packagist.com', 'packagist.org'],
  keysUrl: 'https://packagist.com/orgs/',
  canDo: 'Read the organization\'s private packages, or with update tokens and API secrets change them and their mirrors.',
  rules: [
    {
      id: 'packagist-token',
      match: 'keyword',
      kind: 'token',
      severity: 'high',
      confidence: 'high',
      keywords: ['packagist_ort_', 'packagist_out_', 'packagist_uut_', 'packagist_cut_', 'packagist_acs_'],
      pattern: bounded('packagist_(?:ort|out|uut|cut)_[a-f0-9]{68}|packagist_acs_[a-f0-9]{64,96}'),
      prefix: /^packagist_[a-z]{3}_/,
      pair: { group: 'packagist', role: 'secret' },
      examples: {
        positive: [`composer config --global --auth http-basic.repo.packagist.com token «packagist_ort_${fake(HEX, 68, 3850)}»`, `PACKAGIST_API_SECRET=«packagist_acs_${fake(HEX, 80, 3851)}»`],
        negative: [`packagist_ort_${fake(HEX, 60, 3852)}`, 'packagist_out_'],
      },
    },
    {
      id: 'packagist-api-key',
      match: 'keyword',
      kind: 'public',
      severity: 'medium',
      confidence: 'high',
      keywords: ['packagist_ack_'],
      pattern: bounded('packagist_ack_[a-f0-9]{28,32}'),
      prefix: /^packagist_ack_/,
      pair: { group: 'packagist', role: 'public' },
      examples: {
        positive: [`PACKAGIST_API_KEY=«packagist_ack_${fake(HEX, 30, 3853)}»`],
        negative: [`packagist_ack_${fake(HEX, 20, 3854)}`],
      },
    },
  ],
});
