// Plaid: access tokens name their environment; sandbox and development reach test data only.
// The API client id (24 lowercase characters) identifies the team and is the public half;
// the 30-character secret beside it is what calls the API, so it needs the word plaid with a
// key-ish name or the client id nearby.

import { entropy } from '../filters';
import { defineProvider } from '../rules/define';
import { bounded } from '../rules/rule';
import { LOWER_ALNUM, fake, fakeUuid } from '../rules/sample';

const clientId = fake('0123456789abcdef', 24, 3941);

export default defineProvider({
  slug: 'plaid',
  name: 'Plaid',
  category: 'payments',
  domains: ['plaid.com'],
  keysUrl: 'https://dashboard.plaid.com/developers/keys',
  canDo: 'With the client credentials: read the linked bank account\'s balances and transactions.',
  rules: [
    {
      id: 'plaid-access-token',
      match: 'keyword',
      kind: 'token',
      severity: 'high',
      confidence: 'high',
      keywords: ['access-production-', 'access-development-', 'access-sandbox-'],
      pattern: bounded('access-(?:production|development|sandbox)-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}'),
      prefix: /^access-[a-z]+-/,
      classify: (h) => (h.value.startsWith('access-production-') ? {} : { severity: 'low' }),
      examples: { positive: [`«access-production-${fakeUuid(61)}»`], negative: ['access-production-1234'] },
    },
    {
      // The engine reads a name ending in ID as an identifier's, so the client id is found by
      // the names Plaid's quickstarts and API headers give it rather than by shape.
      id: 'plaid-client-id',
      match: 'keyword',
      kind: 'public',
      severity: 'info',
      confidence: 'high',
      keywords: ['PLAID_CLIENT_ID', 'PLAID-CLIENT-ID', 'plaidClientId'],
      anywhere: true,
      pattern: /(?:PLAID[_-]CLIENT[_-]ID|plaidClientId)["']?[ \t]{0,3}[:=][ \t]{0,3}["']?([a-z0-9]{24})(?![A-Za-z0-9_+/=-])/g,
      validate: (v) => /[0-9]/.test(v) && /[a-z]/.test(v),
      pair: { group: 'plaid', role: 'public' },
      examples: {
        positive: [
          `PLAID_CLIENT_ID=«${clientId}»`,
          `baseOptions: { headers: { 'PLAID-CLIENT-ID': '«${fake('0123456789abcdef', 24, 3942)}»', 'PLAID-SECRET': process.env.PLAID_SECRET } }`,
        ],
        negative: [`CLIENT_ID=${fake('0123456789abcdef', 24, 3943)}`, 'PLAID_CLIENT_ID=<your-client-id>', `PLAID_CLIENT_ID=${fake('0123456789abcdef', 23, 3944)}`],
      },
    },
    {
      id: 'plaid-secret',
      match: 'shape',
      kind: 'secret',
      severity: 'critical',
      confidence: 'medium',
      lengths: [30],
      pattern: /^[a-z0-9]{30}$/,
      // Lowercase by format, so no case mix to check: digits and letters, and no repeating pattern.
      validate: (v) => /[0-9]/.test(v) && /[a-z]/.test(v) && entropy(v) > 3.3,
      context: { words: ['plaid'], strict: true, pair: true },
      pair: { group: 'plaid', role: 'secret' },
      examples: {
        positive: [
          `PLAID_CLIENT_ID=${clientId}\nPLAID_SECRET=«${fake(LOWER_ALNUM, 30, 3945)}»`,
          `plaid:\n  client_id: ${clientId}\n  secret: «${fake(LOWER_ALNUM, 30, 3946)}»\n  env: production`,
          `curl -X POST https://production.plaid.com/accounts/balance/get -H 'Content-Type: application/json' -d '{"client_id": "${clientId}", "secret": "«${fake(LOWER_ALNUM, 30, 3947)}»", "access_token": "access-production-${fakeUuid(3948)}"}'`,
        ],
        negative: [`SECRET=${fake(LOWER_ALNUM, 30, 3949)}`, `plaid request_id ${fake(LOWER_ALNUM, 30, 3950)}`, 'PLAID_SECRET=abcdefghijklmnopqrstuvwxyzabcd'],
      },
    },
  ],
});
