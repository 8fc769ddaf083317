// Secrets whose provider the text does not name. Every rule here is a fallback: it reports only
// what no provider's rule claims (scan.ts), so a provider's evidence always wins.
// - A random-looking quoted value assigned to a secret-ish name: opt-in (ScanOptions.includeGeneric),
//   low confidence by nature, off by default because UI strings and config keys abound.
// - 64 random bytes in base64 (88 characters) under a key-ish name, or standing alone as a whole
//   QR payload or field value: the shape of a Kraken private key, an Azure storage key, a Coinbase
//   Ed25519 secret… With no provider word, pair or name of a provider, it is "a 64-byte secret,
//   provider unknown". 42 random bytes (56 characters, Kraken's public-key shape) likewise, but
//   only under a key-ish name: alone it is not an alert.

import { entropy, looksRandom } from '../filters';
import { base64OfBytes } from '../rules/common';
import { defineProvider } from '../rules/define';
import { ALNUM, fake, fakeBase64 } from '../rules/sample';

const NAME = '[A-Za-z0-9_.-]{0,30}(?:password|passwd|pwd|secret|token|api[_-]?key|access[_-]?key|private[_-]?key|auth[_-]?key|client[_-]?secret)';
const secret64 = fakeBase64(64, 411);
const key42 = fakeBase64(42, 412);

export default defineProvider({
  slug: 'generic',
  name: 'Unrecognised secret',
  category: 'other',
  credentialType: true,
  domains: [],
  noKeysUrl: 'The service is unknown; the owner replaces the value wherever it was issued.',
  canDo: 'Unknown: it looks like a password or key assigned in code or config.',
  rules: [
    {
      id: 'generic-64-byte-secret',
      match: 'shape',
      kind: 'secret',
      severity: 'high',
      confidence: 'medium',
      ...base64OfBytes(64),
      context: { words: [], label: true },
      fallback: true,
      classify: () => ({ confidence: 'medium' }),
      examples: {
        positive: [
          `API_SECRET=«${secret64}»`,
          `{"private_key": "«${secret64}»"}`,
          `curl -H "Authorization: Bearer «${secret64}»" https://api.example.org/v1/me`,
        ],
        negative: [secret64, `signature: ${secret64}`, `integrity="sha512-${secret64}"`, `The digest is\n${secret64}`],
      },
    },
    {
      id: 'generic-42-byte-key',
      match: 'shape',
      kind: 'secret',
      severity: 'medium',
      confidence: 'low',
      ...base64OfBytes(42),
      context: { words: [], label: true },
      fallback: true,
      // A whole QR payload or field value of this shape says nothing: it needs a real name.
      classify: (h) => (h.label.kind === 'keyish' ? { confidence: 'low' } : null),
      examples: {
        positive: [`API_KEY=«${key42}»`, `--api-key «${key42}»`],
        negative: [key42, `id: ${key42}`, `hash ${key42}`],
      },
    },
    {
      id: 'generic-secret',
      match: 'assignment',
      kind: 'secret',
      severity: 'low',
      confidence: 'low',
      words: ['password', 'passwd', 'pwd', 'secret', 'token', 'api_key', 'apikey', 'api-key', 'access_key', 'accesskey', 'private_key', 'privatekey'],
      pattern: new RegExp(`(?<![A-Za-z0-9_])${NAME}["']?[ \\t]{0,5}[:=][ \\t]{0,5}["']([^"'\\s<>{}$%]{12,128})["']`, 'gi'),
      // Not a URL, and not a relative path ("./CancelToken": "./CancelToken.js" in a package's exports).
      validate: (v) => looksRandom(v) && entropy(v) >= 3.5 && !/^(?:[a-z]+:\/\/|\.\.?\/)/i.test(v),
      fallback: true,
      examples: {
        positive: [`db_password = "«${fake(ALNUM, 20, 401)}»"`, `{"client_secret": "«${fake(ALNUM, 32, 402)}»"}`],
        negative: [
          'password = "correct horse battery staple"', 'token: "{{ secrets.TOKEN }}"', 'secret = "ThisIsAReallyLongString"',
          '"exports": { "./CancelToken": "./CancelToken.js" }',
        ],
      },
    },
  ],
});
