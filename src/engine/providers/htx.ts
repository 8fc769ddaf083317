// HTX (formerly Huobi): the access key is four dash-separated groups (10 letters and digits, then
// 8, 8 and 5 hex characters) and the secret key four hex groups of 8, 8, 8 and 5. The grouping is
// distinctive, so a key-ish name, the word huobi/htx or the other half is context enough.

import { defineProvider } from '../rules/define';
import { HEX, fake } from '../rules/sample';

const WORDS = ['huobi', 'htx', 'hbdm'];
const LOWER = 'abcdefghijklmnopqrstuvwxyz0123456789';
const access = (seed: number): string => `${fake(LOWER, 10, seed)}-${fake(HEX, 8, seed + 1)}-${fake(HEX, 8, seed + 2)}-${fake(HEX, 5, seed + 3)}`;
const secret = (seed: number): string => `${fake(HEX, 8, seed)}-${fake(HEX, 8, seed + 1)}-${fake(HEX, 8, seed + 2)}-${fake(HEX, 5, seed + 3)}`;
const key = access(3340);
const secretKey = secret(3344);

export default defineProvider({
  slug: 'htx',
  name: 'HTX (Huobi)',
  category: 'exchange',
  domains: ['htx.com', 'huobi.com'],
  keysUrl: 'https://www.htx.com/en-us/apikey/',
  canDo: 'Depending on the key\'s permissions: read the account, trade spot and derivatives, and withdraw to allow-listed addresses.',
  rules: [
    {
      id: 'htx-access-key',
      match: 'shape',
      kind: 'public',
      severity: 'medium',
      confidence: 'medium',
      lengths: [34],
      pattern: /^[a-z0-9]{10}-[0-9a-f]{8}-[0-9a-f]{8}-[0-9a-f]{5}$/,
      validate: (v) => /[0-9]/.test(v.slice(0, 10)) && /[a-z]/.test(v.slice(0, 10)),
      context: { words: WORDS, label: true, pair: true, pairAlone: true },
      pair: { group: 'htx', role: 'public' },
      examples: {
        positive: [`client = HuobiRestClient(access_key='«${key}»', secret_key='${secretKey}')`, `HTX_ACCESS_KEY=«${access(3348)}»`],
        negative: [key, `build ${access(3352)} done`],
      },
    },
    {
      id: 'htx-secret-key',
      match: 'shape',
      kind: 'secret',
      severity: 'critical',
      confidence: 'medium',
      lengths: [32],
      pattern: /^[0-9a-f]{8}-[0-9a-f]{8}-[0-9a-f]{8}-[0-9a-f]{5}$/,
      context: { words: WORDS, label: true, pair: true, pairAlone: true },
      pair: { group: 'htx', role: 'secret' },
      examples: {
        positive: [`client = HuobiRestClient(access_key='${key}', secret_key='«${secretKey}»')`, `HUOBI_SECRET_KEY=«${secret(3356)}»`],
        negative: [secretKey, `trace ${secret(3360)}`],
      },
    },
  ],
});
