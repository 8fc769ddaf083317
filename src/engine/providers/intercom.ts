// Intercom: access tokens are the base64 of "tok:<uuid with underscores>:1:0", so they start
// dG9rOj or dG9rOm (by the uuid's first digit) and are checked by decoding them.

import { decodePrintableBase64 } from '../base64';
import { defineProvider } from '../rules/define';
import { bounded } from '../rules/rule';
import { base64Ascii, fakeUuid } from '../rules/sample';

const token = (seed: number, first = ''): string =>
  base64Ascii(`tok:${first}${fakeUuid(seed).slice(first.length).replace(/-/g, '_')}:1:0`);
const DECODED = /^tok:[0-9a-f]{8}_[0-9a-f]{4}_[0-9a-f]{4}_[0-9a-f]{4}_[0-9a-f]{12}:[0-9]+:[0-9]+$/;

export default defineProvider({
  slug: 'intercom',
  name: 'Intercom',
  category: 'messaging',
  domains: ['intercom.com', 'app.intercom.com'],
  keysUrl: 'https://app.intercom.com/a/apps/_/developer-hub',
  canDo: 'Read and change the workspace\'s contacts and conversations, and message its customers as the team.',
  rules: [
    {
      id: 'intercom-access-token',
      match: 'keyword',
      kind: 'token',
      severity: 'high',
      confidence: 'high',
      keywords: ['dG9rOj', 'dG9rOm'],
      pattern: bounded('dG9rO[jm][A-Za-z0-9+/]{40,80}={0,2}'),
      prefix: /^dG9rO[jm]/,
      validate: (v) => DECODED.test(decodePrintableBase64(v) ?? ''),
      examples: {
        positive: [`INTERCOM_ACCESS_TOKEN=«${token(2520)}»`, `const client = new IntercomClient({ token: '«${token(2521, '7')}»' });`, `{"intercom": {"accessToken": "«${token(2524, 'c')}»"}}`],
        negative: [base64Ascii(`tok:${fakeUuid(2522)}`), base64Ascii(`tok:${fakeUuid(2523).replace(/-/g, '_')}`)],
      },
    },
  ],
});
