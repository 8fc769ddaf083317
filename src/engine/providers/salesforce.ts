// Salesforce: an OAuth access token (a session id) is the org's id, 15 characters starting 00D,
// then '!' and the session's opaque part (Salesforce's help on access tokens and the CLI's
// org display show them so). It lasts as long as the session, hours by default.
// OAuth consumer secrets sit in the org's metadata files (Metadata API: ConnectedApp's oauthConfig
// and AuthProvider both name the field consumerSecret, in the soap.sforce.com namespace) when a
// project deploys them from source; Kingfisher's salesforce.yml reports them there too.
// OAuth refresh tokens start 5Aep861 and run on for 80 or more letters, digits, '.' and '_'
// (TruffleHog's salesforcerefreshtoken detector); with the connected app's consumer key (and its
// secret, for a confidential app) they make new access tokens until revoked.

import { isStandIn } from '../rules/common';
import { defineProvider } from '../rules/define';
import type { RawMatch } from '../rules/rule';
import { bounded } from '../rules/rule';
import { ALNUM, DIGITS, fake } from '../rules/sample';

const OPEN = '<consumerSecret>';
const SECRET = /^([A-Za-z0-9+/=._~-]{16,256})<\/consumerSecret>/;
const NAMESPACE = 'soap.sforce.com';

/** Each consumerSecret element of a Salesforce metadata file (its namespace declared above it). */
function consumerSecrets(text: string): RawMatch[] {
  const out: RawMatch[] = [];
  for (let at = text.indexOf(OPEN); at >= 0; at = text.indexOf(OPEN, at + 1)) {
    const from = at + OPEN.length;
    const m = SECRET.exec(text.slice(from, from + 280));
    if (m === null || !text.slice(Math.max(0, at - 4000), at).includes(NAMESPACE)) continue;
    out.push({ value: m[1] as string, start: from, end: from + (m[1] as string).length });
  }
  return out;
}

const metadata = (element: string): string =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<ConnectedApp xmlns="http://soap.sforce.com/2006/04/metadata">\n    <label>Orders sync</label>\n    <oauthConfig>\n        <callbackUrl>https://orders.example.org/oauth/callback</callbackUrl>\n        <consumerKey>3MVG9${fake(ALNUM, 80, 8620)}</consumerKey>\n        ${element}\n    </oauthConfig>\n</ConnectedApp>`;

const refreshToken = (seed: number): string => `5Aep861${fake(`${ALNUM}._`, 84, seed)}`;

const token = (seed: number): string => `00D${fake(ALNUM, 12, seed)}!${fake(`${ALNUM}._`, 96, seed + 1)}`;

export default defineProvider({
  slug: 'salesforce',
  name: 'Salesforce',
  category: 'cloud',
  domains: ['salesforce.com', 'force.com'],
  noKeysUrl: 'An access token is a session: end it in Setup → Session Management, or log the user out; it also ends when the session times out. Revoke a refresh token under the user\'s Connected Apps OAuth Usage (Setup) or through /services/oauth2/revoke.',
  canDo: 'Call the Salesforce APIs as the user: read and change the org\'s records (customers, deals, cases), until the session ends or, with a refresh token, until it is revoked.',
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
    {
      id: 'salesforce-refresh-token',
      match: 'keyword',
      kind: 'token',
      severity: 'high',
      confidence: 'high',
      keywords: ['5Aep861'],
      pattern: bounded('5Aep861[A-Za-z0-9._]{80,250}={0,2}'),
      prefix: /^5Aep861/,
      examples: {
        positive: [
          `SF_REFRESH_TOKEN=«${refreshToken(9680)}»`,
          `curl https://login.salesforce.com/services/oauth2/token -d grant_type=refresh_token -d client_id=3MVG9${fake(ALNUM, 80, 9681)} -d refresh_token=«${refreshToken(9682)}»`,
        ],
        negative: [`5Aep861${fake(ALNUM, 40, 9683)}`, `refresh_token=5Aep861...`],
      },
    },
    {
      id: 'salesforce-consumer-secret',
      match: 'collector',
      kind: 'secret',
      severity: 'high',
      confidence: 'high',
      keywords: [OPEN],
      collect: consumerSecrets,
      validate: (v) => !isStandIn(v),
      examples: {
        positive: [
          metadata(`<consumerSecret>«${fake('0123456789ABCDEF', 64, 8621)}»</consumerSecret>`),
          metadata(`<consumerSecret>«${fake(DIGITS, 19, 8622)}»</consumerSecret>`),
        ],
        negative: [
          metadata('<consumerSecret>REPLACE_WITH_CONSUMER_SECRET</consumerSecret>'),
          `<config><consumerSecret>${fake(ALNUM, 40, 8623)}</consumerSecret></config>`,
        ],
      },
    },
  ],
});
