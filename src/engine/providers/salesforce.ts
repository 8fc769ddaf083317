// Salesforce: an OAuth access token (a session id) is the org's id, 15 characters starting 00D,
// then '!' and the session's opaque part (Salesforce's help on access tokens and the CLI's
// org display show them so). It lasts as long as the session, hours by default.

import { defineProvider } from '../rules/define';
import { bounded } from '../rules/rule';
import { ALNUM, fake } from '../rules/sample';

const token = (seed: number): string => `00D${fake(ALNUM, 12, seed)}!${fake(`${ALNUM}._`, 96, seed + 1)}`;

export default defineProvider({
  slug: 'salesforce',
  name: 'Salesforce',
  category: 'cloud',
  domains: ['salesforce.com', 'force.com'],
  noKeysUrl: 'An access token is a session: end it in Setup → Session Management, or log the user out; it also ends when the session times out.',
  canDo: 'Call the Salesforce APIs as the user until the session ends: read and change the org\'s records (customers, deals, cases).',
  rules: [
    {
      id: 'salesforce-access-token',
      match: 'keyword',
      kind: 'token',
      severity: 'high',
      confidence: 'high',
      keywords: ['00D'],
      // The org id before '!' is a 15-character run, shorter than run-prefixed tokens can be.
      anywhere: true,
      pattern: bounded('00D[A-Za-z0-9]{12}![A-Za-z0-9._]{80,140}'),
      prefix: /^00D[A-Za-z0-9]{12}!/,
      examples: {
        positive: [`curl https://acme.my.salesforce.com/services/data/v61.0/sobjects -H "Authorization: Bearer «${token(7334)}»"`, `SF_ACCESS_TOKEN=«${token(7336)}»`],
        negative: [`00D${fake(ALNUM, 12, 7338)}`, `00D${fake(ALNUM, 12, 7339)}!short`],
      },
    },
  ],
});
