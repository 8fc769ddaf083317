// MEXC: API keys are mx0 and 15 alphanumerics; the secret is 32 lower-case hex characters and
// needs the word mexc with a key-ish name, or the key nearby.

import { mixedCase } from '../rules/common';
import { defineProvider } from '../rules/define';
import { bounded } from '../rules/rule';
import { ALNUM, HEX, fake } from '../rules/sample';

const key = `mx0${fake(ALNUM, 15, 3310)}`;

export default defineProvider({
  slug: 'mexc',
  name: 'MEXC',
  category: 'exchange',
  domains: ['mexc.com'],
  keysUrl: 'https://www.mexc.com/user/openapi',
  canDo: 'Depending on the key\'s permissions: read balances and orders, trade spot and futures, and withdraw.',
  rules: [
    {
      id: 'mexc-api-key',
      match: 'keyword',
      kind: 'public',
      severity: 'medium',
      confidence: 'high',
      keywords: ['mx0'],
      pattern: bounded('mx0[A-Za-z0-9]{15}'),
      prefix: /^mx0/,
      validate: (v) => mixedCase(v.slice(3)),
      pair: { group: 'mexc', role: 'public' },
      examples: {
        positive: [`curl -H "X-MEXC-APIKEY: «${key}»" "https://api.mexc.com/api/v3/account?timestamp=1700000000000&signature=..."`],
        negative: [`mx0${fake(ALNUM, 14, 3311)}`, 'mx0aBYs33eIilxBWC5', 'mx0_placeholder_value'],
      },
    },
    {
      id: 'mexc-secret-key',
      match: 'shape',
      kind: 'secret',
      severity: 'critical',
      confidence: 'medium',
      lengths: [32],
      pattern: /^[a-f0-9]{32}$/,
      context: { words: ['mexc'], strict: true, pair: true },
      pair: { group: 'mexc', role: 'secret' },
      examples: {
        positive: [`MEXC_API_KEY=${key}\nMEXC_SECRET_KEY=«${fake(HEX, 32, 3312)}»`, `mexc_secret = "«${fake(HEX, 32, 3313)}»"`],
        negative: [`mexc md5 ${fake(HEX, 32, 3314)}`, `SECRET_KEY=${fake(HEX, 32, 3315)}`, 'mexc secretKey 45d0b3c26f2644f19bfb98b07741b2f5'],
      },
    },
  ],
});
