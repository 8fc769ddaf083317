// Secrets whose provider the text does not name. Every rule here is a fallback: it reports only
// what no provider's rule claims (scan.ts), so a provider's evidence always wins.
// - A random-looking quoted value assigned to a secret-ish name: opt-in (ScanOptions.includeGeneric),
//   low confidence by nature, off by default because UI strings and config keys abound.
// - 64 random bytes in base64 (88 characters) under a key-ish name, or standing alone as a whole
//   QR payload or field value: the shape of a Kraken private key, an Azure storage key, a Coinbase
//   Ed25519 secret… With no provider word, pair or name of a provider, it is "a 64-byte secret,
//   provider unknown". 42 random bytes (56 characters, Kraken's public-key shape) likewise, but
//   only under a key-ish name: alone it is not an alert.
// - A random-looking value under a key-ish name that names a service (GUMROAD_TOKEN=…,
//   clarifaiApiKey: "…"): most services publish no format for their keys, and peers' detectors
//   for hundreds of them (TruffleHog, Kingfisher) read exactly this, the service's name before a
//   hex, alphanumeric or UUID value. On by default, low confidence; the name must end in key, token
//   or secret and say nothing public or throwaway (context.ts serviceOf).

import { isBase64OfProse } from '../base64';
import { splitWords } from '../context';
import { entropy, looksLikeWords, looksRandom } from '../filters';
import { base64OfBytes } from '../rules/common';
import { defineProvider } from '../rules/define';
import { ALNUM, HEX, URLSAFE, base64Ascii, fake, fakeBase64, fakeUuid } from '../rules/sample';

const NAME = '[A-Za-z0-9_.-]{0,30}(?:password|passwd|pwd|secret|token|api[_-]?key|access[_-]?key|private[_-]?key|auth[_-]?key|client[_-]?secret)';
const secret64 = fakeBase64(64, 411);

const key42 = fakeBase64(42, 412);

/** Words of a name that make a 64-byte value a public key, not a secret. */
const PUBLIC_NAME = new Set(['public', 'publickey', 'publickeys', 'pub', 'pubkey', 'pubkeys']);

/**
 * Hex of fewer than 20 digits (64 to 76 bits): the size of a trace or span id, a device id, a
 * short hash, or a longer example key cut short, far more often than of a service's key. With
 * nothing but the name to go on, a hex value must be as long as the keys that are hex (20+).
 */
const shortHex = (v: string): boolean => v.length < 20 && /^(?:[0-9a-f]+|[0-9A-F]+)$/.test(v);

/**
 * A Stripe object's id (PaymentIntent pi_, Customer cus_, Charge ch_…: Stripe's API reference):
 * what code keeps beside a payment under names like payment_intent_token, never a secret.
 */
const stripeObjectId = (v: string): boolean => /^(?:pi|seti|pm|cus|ch|py|re|in|ii|sub|si|prod|price|acct|evt|txn|po|tr|src|card|ba|file)_[A-Za-z0-9]{14,}$/.test(v);

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
      // Under a public name it is a public key: 64 bytes is also a raw secp256k1 point (x, y).
      classify: (h) => (h.label.words.some((w) => PUBLIC_NAME.has(w)) ? null : { confidence: 'medium' }),
      examples: {
        positive: [
          `API_SECRET=«${secret64}»`,
          `{"private_key": "«${secret64}»"}`,
          `curl -H "Authorization: Bearer «${secret64}»" https://api.example.org/v1/me`,
        ],
        negative: [
          secret64, `signature: ${secret64}`, `integrity="sha512-${secret64}"`, `The digest is\n${secret64}`, `PublicKey: ${secret64}`, `node_pubkey = "${secret64}"`,
          // Not random bytes: a message stored encoded, and a structure's zero length field.
          `API_SECRET=${base64Ascii('Your widgets were moved to the new shelf; 12 of them stayed put.')}`,
          `API_SECRET=${secret64.slice(0, 20)}AAAA${secret64.slice(24)}`,
        ],
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
      id: 'generic-named-secret',
      match: 'shape',
      kind: 'secret',
      severity: 'medium',
      confidence: 'low',
      lengths: Array.from({ length: 65 }, (_, i) => 16 + i),
      pattern: /^[A-Za-z0-9_+/-]{14,80}={0,2}$/,
      context: { words: [], label: true, service: true },
      validate: (v) =>
        /[0-9]/.test(v) && /[A-Za-z]/.test(v) && entropy(v) >= 3 && !looksLikeWords(v) && !shortHex(v) && !stripeObjectId(v) && !isBase64OfProse(v),
      // An enum's member spelled out as its name (DATA_LAKE_GEN2_SHARED_KEY = "DataLakeGen2SharedKey").
      classify: (h) => (splitWords(h.value).join('') === h.label.words.join('') ? null : {}),
      fallback: true,
      examples: {
        positive: [
          `GUMROAD_TOKEN=«${fake(ALNUM, 32, 413)}»`,
          `const clarifaiApiKey = "«${fake(HEX, 32, 414)}»";`,
          `export ACME_SECRET_KEY='«${fakeUuid(415)}»'`,
          `{"lobsterApiToken": "«${fake(URLSAFE, 40, 416)}»"}`,
          `ACME_API_KEY=«${fake(HEX, 20, 426)}»`,
        ],
        negative: [
          `API_KEY=${fake(ALNUM, 32, 417)}`,
          `PUBLIC_ACME_KEY=${fake(ALNUM, 32, 418)}`,
          `acmeClientKey: "${fake(ALNUM, 24, 419)}"`,
          `queryKey: "${fake(ALNUM, 20, 420)}"`,
          `ACME_TOKEN=widget_cache_v2`,
          `ACME_SESSION_TOKEN=${fake(ALNUM, 32, 421)}`,
          `ACME_TEST_KEY=${fake(ALNUM, 32, 422)}`,
          `ACME_KEY=${fake(HEX, 24, 423)}.apps.example.org`,
          `ACME_PASSWORD=${fake(ALNUM, 20, 424)}`,
          `ACME_API_KEY=${fake(HEX, 16, 425)}`,
          'function fix(context, symbolToken, useAutoImportProvider2) {',
          'acmeToken = refreshAccessToken2',
          // A stand-in made of short walks, and a public key named in one word (Solana, WireGuard).
          'WIDGETLY_API_KEY=pqr456stu789vwx123efg',
          `WIDGETLY_PUBKEY="${fake(ALNUM, 44, 425)}"`,
          // A Stripe object's id under a name of the code's own, and a name that names nothing.
          `payment_intent_token = 'pi_${fake(ALNUM, 24, 427)}'`,
          `OTHER_TOKEN=${fake(ALNUM, 32, 428)}`,
          // An enum member spelled as its name, text stored as base64, a GPG key's fingerprint,
          // Application Insights' instrumentation key (no secret, Microsoft says) and an
          // optimistic-locking token; a stand-in with a filler word in it.
          'BLOB_GEN3_SHARED_KEY = "BlobGen3SharedKey"',
          `ACME_SECRET_KEY=${base64Ascii('Welcome back, 3 new widgets today')}`,
          `ENV WIDGETLY_GPG_KEY=${fake(HEX.toUpperCase(), 40, 433)}`,
          `InstrumentationKey=${fakeUuid(434)};IngestionEndpoint=https://widgets.example.org/`,
          `{"ChangeToken": "${fakeUuid(435)}", "Name": "widgets"}`,
          `WIDGETLY_TOKEN=${fake(HEX, 8, 436)}-${fake(HEX, 4, 437)}-blabla-${fake(HEX, 12, 438)}`,
        ],
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
