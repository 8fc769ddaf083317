// Zoho: OAuth access and refresh tokens are 1000., 32 hex, '.' and 32 hex (Zoho Accounts' OAuth
// guide shows them so in its token requests; TruffleHog's zohocrm detector reads the same
// shape). One Zoho account server issues them for every Zoho API (CRM, Books, Desk…). Access
// tokens last an hour; refresh tokens do not expire until revoked.

import { defineProvider } from '../rules/define';
import { bounded } from '../rules/rule';
import { HEX, fake } from '../rules/sample';

const token = (seed: number): string => `1000.${fake(HEX, 32, seed)}.${fake(HEX, 32, seed + 1)}`;

export default defineProvider({
  slug: 'zoho',
  name: 'Zoho',
  category: 'other',
  domains: ['zoho.com', 'zohoapis.com', 'zoho.eu', 'zoho.in', 'zoho.com.au', 'zoho.jp'],
  keysUrl: 'https://api-console.zoho.com/',
  canDo: 'Call the Zoho APIs the token\'s scopes allow (CRM, Books, Desk and the rest) as the user who granted it: read and change their records; a refresh token keeps making new access tokens until it is revoked.',
  rules: [
    {
      id: 'zoho-oauth-token',
      match: 'keyword',
      kind: 'token',
      severity: 'high',
      confidence: 'high',
      keywords: ['1000.'],
      pattern: bounded('1000\\.[0-9a-f]{32}\\.[0-9a-f]{32}'),
      prefix: /^1000\./,
      examples: {
        positive: [
          `ZOHO_REFRESH_TOKEN=«${token(9660)}»`,
          `curl https://www.zohoapis.com/crm/v7/Leads -H "Authorization: Zoho-oauthtoken «${token(9662)}»"`,
        ],
        negative: [
          `zoho_token = 1000.${fake(HEX, 32, 9664)}`,
          `ratio = 1000.${fake('0123456789', 32, 9665)}`,
          `1000.${fake(HEX, 32, 9666)}.${fake(HEX, 31, 9667)}g`,
        ],
      },
    },
  ],
});
