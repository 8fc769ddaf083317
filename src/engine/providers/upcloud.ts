// UpCloud: API tokens are ucat_ and a ULID (26 characters of Crockford's base32), per UpCloud's
// API token docs and Kingfisher's upcloud.yml. A token acts for the account that made it.

import { defineProvider } from '../rules/define';
import { bounded } from '../rules/rule';
import { fake } from '../rules/sample';

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

export default defineProvider({
  slug: 'upcloud',
  name: 'UpCloud',
  category: 'cloud',
  domains: ['upcloud.com'],
  keysUrl: 'https://hub.upcloud.com/',
  canDo: 'Create, change and delete the account\'s servers, storage and networks, and read its billing.',
  rules: [
    {
      id: 'upcloud-api-token',
      match: 'keyword',
      kind: 'token',
      severity: 'critical',
      confidence: 'high',
      keywords: ['ucat_'],
      pattern: bounded('ucat_[0-9A-HJKMNP-TV-Z]{26}'),
      prefix: /^ucat_/,
      validate: (v) => /[0-9]/.test(v.slice(5)) && /[A-Z]/.test(v.slice(5)),
      examples: {
        positive: [`UPCLOUD_TOKEN=«ucat_01${fake(CROCKFORD, 24, 8643)}»`, `upctl --token «ucat_01${fake(CROCKFORD, 24, 8644)}» server list`],
        negative: ['UPCLOUD_TOKEN=ucat_XXXXXXXXXXXXXXXXXXXXXXXXXX', `ucat_${fake(CROCKFORD, 20, 8645)}`],
      },
    },
  ],
});
