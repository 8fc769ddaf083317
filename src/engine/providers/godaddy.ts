// GoDaddy: API calls carry "Authorization: sso-key <key>:<secret>" (developer.godaddy.com, Getting
// Started); a production key manages the account's domains and DNS. Only that header form is
// looked for: key and secret apart have no shape of their own.

import { looksRandom } from '../filters';
import { defineProvider } from '../rules/define';
import { ALNUM, URLSAFE, fake } from '../rules/sample';

export default defineProvider({
  slug: 'godaddy',
  name: 'GoDaddy',
  category: 'cloud',
  domains: ['godaddy.com'],
  keysUrl: 'https://developer.godaddy.com/keys',
  canDo: 'Manage the account\'s domains: change DNS records (take over the sites and mail), transfer domains and buy new ones.',
  rules: [
    {
      id: 'godaddy-api-key',
      match: 'keyword',
      kind: 'secret',
      severity: 'critical',
      confidence: 'high',
      keywords: ['sso-key '],
      pattern: /sso-key {1,4}([A-Za-z0-9_]{30,40}:[A-Za-z0-9]{16,30})(?![A-Za-z0-9_+/=-])/g,
      validate: (v) => looksRandom(v.slice(v.indexOf(':') + 1)),
      examples: {
        positive: [
          `curl -H "Authorization: sso-key «${fake(URLSAFE, 37, 7470)}:${fake(ALNUM, 22, 7471)}»" https://api.godaddy.com/v1/domains`,
          `headers = {"Authorization": "sso-key «${fake(ALNUM, 35, 7472)}:${fake(ALNUM, 22, 7473)}»"}`,
        ],
        negative: ['Authorization: sso-key test:test', `sso-key ${fake(ALNUM, 12, 7474)}:${fake(ALNUM, 22, 7475)}`],
      },
    },
  ],
});
