// Deribit: API credentials are a client id and a client secret exchanged at public/auth with
// grant_type=client_credentials. Their shape is not published, so only a secret inside that
// documented request is reported: the HTTP form (query string) and the JSON-RPC message the docs
// recommend sending over WebSocket (method first, the secret among its params).

import { defineProvider } from '../rules/define';
import { ALNUM, URLSAFE, fake } from '../rules/sample';

export default defineProvider({
  slug: 'deribit',
  name: 'Deribit',
  category: 'exchange',
  domains: ['deribit.com'],
  keysUrl: 'https://www.deribit.com/account/BTC/api',
  canDo: 'Depending on the key\'s scopes: read the account, trade options and futures, and withdraw.',
  rules: [
    {
      id: 'deribit-client-secret',
      match: 'keyword',
      kind: 'secret',
      severity: 'critical',
      confidence: 'high',
      keywords: ['deribit.com/api/v2/public/auth?'],
      pattern: /deribit\.com\/api\/v2\/public\/auth\?(?:[a-z_]{1,20}=[A-Za-z0-9_.-]{0,80}&){0,3}client_secret=([A-Za-z0-9_-]{16,80})(?![A-Za-z0-9_-])/g,
      examples: {
        positive: [
          `curl "https://www.deribit.com/api/v2/public/auth?client_id=${fake(ALNUM, 8, 3390)}&client_secret=«${fake(URLSAFE, 43, 3391)}»&grant_type=client_credentials"`,
          `GET https://test.deribit.com/api/v2/public/auth?grant_type=client_credentials&client_id=${fake(ALNUM, 8, 3392)}&client_secret=«${fake(URLSAFE, 43, 3393)}»`,
        ],
        negative: [
          'https://www.deribit.com/api/v2/public/auth?client_id=" + CLIENT_ID + "&client_secret=" + CLIENT_SECRET',
          'https://www.deribit.com/api/v2/public/auth?client_id=XXXXXXXX&client_secret=XXXXXXXXXXXXXXXXXXXXXX&grant_type=client_credentials',
        ],
      },
    },
    {
      id: 'deribit-client-secret-json-rpc',
      match: 'keyword',
      kind: 'secret',
      severity: 'critical',
      confidence: 'high',
      keywords: ['public/auth'],
      anywhere: true,
      // Up to the secret, the text stays inside the message's params object (no closing brace).
      pattern: /["']public\/auth["'][^}]{0,300}?["']client_secret["']\s*:\s*["']([A-Za-z0-9_-]{16,80})["']/g,
      examples: {
        positive: [
          `{"jsonrpc": "2.0", "id": 42, "method": "public/auth", "params": {"grant_type": "client_credentials", "client_id": "${fake(ALNUM, 8, 3394)}", "client_secret": "«${fake(URLSAFE, 43, 3395)}»"}}`,
          `ws.send(JSON.stringify({\n  method: 'public/auth',\n  params: { grant_type: 'client_credentials', client_id: '${fake(ALNUM, 8, 3396)}', 'client_secret': '«${fake(URLSAFE, 32, 3397)}»' },\n}));`,
        ],
        negative: [
          '{"method": "public/auth", "params": {"grant_type": "client_credentials", "client_id": "CLIENT_ID", "client_secret": "YOUR_CLIENT_SECRET"}}',
          '{"method": "public/auth", "params": {"grant_type": "client_credentials", "client_secret": client_secret}}',
          `{"method": "public/auth", "params": {"grant_type": "refresh_token"}}, {"method": "private/buy", "params": {"client_secret": "${fake(URLSAFE, 43, 3398)}"}}`,
        ],
      },
    },
  ],
});
