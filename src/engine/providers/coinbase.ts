// Coinbase (CDP): the key name is a path with two UUIDs; the Ed25519 secret has Kraken's
// private-key shape, so the nearest provider word decides (scan.ts prefers the closer word on
// equal footing). EC secrets are PEM blocks, reported by private-key.ts under coinbase.
// Coinbase's OAuth2 access and refresh tokens (and the older wallet API's tokens) are 64
// characters with no prefix: Coinbase named and a key-ish name are both needed.

import { looksRandom } from '../filters';
import { base64OfBytes } from '../rules/common';
import { defineProvider } from '../rules/define';
import { HEX, fake, fakeBase64, fakeUuid } from '../rules/sample';

/** The "id" of a CDP key file (a UUID), or the key name of the ECDSA file (organizations/…/apiKeys/…). */
const CDP_KEY_ID = /"id"\s*:\s*"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"|\/apiKeys\/[0-9a-f-]{36}/;

export default defineProvider({
  slug: 'coinbase',
  name: 'Coinbase',
  category: 'exchange',
  domains: ['coinbase.com'],
  keysUrl: 'https://portal.cdp.coinbase.com/projects/api-keys',
  canDo: 'Depending on its permissions: view balances, trade and transfer funds.',
  badge: '#0047c8',
  rules: [
    {
      id: 'coinbase-api-key-name',
      match: 'keyword',
      kind: 'public',
      severity: 'medium',
      confidence: 'high',
      keywords: ['organizations/'],
      pattern: new RegExp('(?<![A-Za-z0-9_/-])(organizations/[0-9a-f-]{36}/apiKeys/[0-9a-f-]{36})(?![A-Za-z0-9_-])', 'g'),
      prefix: /^organizations\/[0-9a-f-]{36}\/apiKeys\//,
      pair: { group: 'coinbase', role: 'public' },
      examples: { positive: [`"name": "«organizations/${fakeUuid(206)}/apiKeys/${fakeUuid(207)}»"`], negative: ['organizations/abc/apiKeys/def'] },
    },
    {
      id: 'coinbase-api-secret',
      match: 'shape',
      kind: 'secret',
      severity: 'critical',
      confidence: 'medium',
      ...base64OfBytes(64),
      // The key file the CDP portal downloads for Ed25519 keys holds only {"id": <uuid>,
      // "privateKey": <64 bytes base64>} (docs.cdp.coinbase.com, "API keys"): privateKey beside a
      // UUID id is Coinbase's even where the file name is gone.
      context: { words: ['coinbase', 'cdp'], names: ['privatekey'], pair: true },
      classify: (h) =>
        h.label.name.toLowerCase() !== 'privatekey' || h.near(['coinbase', 'cdp']) || CDP_KEY_ID.test(h.text.slice(Math.max(0, h.start - 400), h.end + 400))
          ? {}
          : null,
      pair: { group: 'coinbase', role: 'secret' },
      examples: {
        positive: [
          `COINBASE_API_SECRET=«${fakeBase64(64, 208)}»`,
          `cdp_api_key.json: {"privateKey": "«${fakeBase64(64, 209)}»"}`,
          `{\n  "id": "${fakeUuid(9101)}",\n  "privateKey": "«${fakeBase64(64, 9102)}»"\n}`,
        ],
        negative: [`coinbase signature ${fakeBase64(64, 208)}`],
      },
    },
    {
      id: 'coinbase-oauth-token',
      match: 'shape',
      kind: 'token',
      severity: 'high',
      confidence: 'medium',
      lengths: [64],
      pattern: /^[A-Za-z0-9_-]{64}$/,
      // Issued as 64 hex; mixed-case random strings of that length are accepted too.
      validate: (v) => (/^[0-9a-f]+$/.test(v) ? /[0-9]/.test(v) && /[a-f]/.test(v) : looksRandom(v)),
      context: { words: ['coinbase'], strict: true },
      examples: {
        positive: [
          `COINBASE_ACCESS_TOKEN=«${fake(HEX, 64, 4120)}»`,
          `coinbase_client = Client(oauth_refresh_token="«${fake(HEX, 64, 4121)}»")`,
        ],
        negative: [`coinbase tx ${fake(HEX, 64, 4122)}`, `ACCESS_TOKEN=${fake(HEX, 64, 4123)}`, `COINBASE_ACCESS_TOKEN=${'0'.repeat(64)}`],
      },
    },
  ],
});
