// Upstash: QStash tokens are the base64 of {"UserID":"<uuid>","Password":"<32 hex>"}, checked by
// decoding them (the local dev server's defaultUser token fails the check). Redis URLs to
// *.upstash.io are found as database connection strings (database-url.ts).

import { decodePrintableBase64 } from '../base64';
import { defineProvider } from '../rules/define';
import { bounded } from '../rules/rule';
import { HEX, base64Ascii, fake, fakeUuid } from '../rules/sample';

const token = (seed: number): string => base64Ascii(JSON.stringify({ UserID: fakeUuid(seed), Password: fake(HEX, 32, seed + 1) }));
const DECODED = /^\{"UserID":"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}","Password":"[0-9a-f]{32}"\}$/;

export default defineProvider({
  slug: 'upstash',
  name: 'Upstash',
  category: 'cloud',
  domains: ['upstash.com', 'console.upstash.com', 'upstash.io'],
  keysUrl: 'https://console.upstash.com/',
  canDo: 'QStash tokens publish and schedule messages and read or delete the account\'s queues; a Redis URL reads, overwrites and flushes the database.',
  rules: [
    {
      id: 'upstash-qstash-token',
      match: 'keyword',
      kind: 'token',
      severity: 'high',
      confidence: 'high',
      keywords: ['eyJVc2VySUQiOi'],
      pattern: bounded('eyJVc2VySUQiOi[A-Za-z0-9+/]{60,200}={0,2}'),
      prefix: /^eyJVc2VySUQiOi/,
      validate: (v) => DECODED.test(decodePrintableBase64(v) ?? ''),
      examples: {
        positive: [`QSTASH_TOKEN=«${token(2990)}»`, `const client = new Client({ token: "«${token(2992)}»" });`],
        negative: [base64Ascii('{"UserID":"defaultUser","Password":"defaultPassword"}'), base64Ascii(`{"UserID":"${fakeUuid(2993)}"}`)],
      },
    },
  ],
});
