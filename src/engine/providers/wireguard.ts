// WireGuard: a configuration's [Interface] PrivateKey and a [Peer]'s PresharedKey are 32 bytes
// in base64, 43 characters and '=' (wg(8), wg-quick(8)). The PublicKey beside them is not secret.

import { defineProvider } from '../rules/define';
import { fakeBase64 } from '../rules/sample';

export default defineProvider({
  slug: 'wireguard',
  name: 'WireGuard',
  category: 'other',
  domains: ['wireguard.com'],
  noKeysUrl: 'Generate a new key with wg genkey (or wg genpsk), put it in the configuration and give every peer the new public key.',
  canDo: 'Join the VPN as that machine, reaching what its peers let it reach, or decrypt traffic recorded from its tunnels.',
  rules: [
    {
      id: 'wireguard-private-key',
      match: 'keyword',
      kind: 'secret',
      severity: 'high',
      confidence: 'high',
      keywords: ['PrivateKey', 'PresharedKey'],
      // The names are runs shorter than a prefixed token; the key follows '=' after them.
      anywhere: true,
      pattern: /\b(?:PrivateKey|PresharedKey)[ \t]*=[ \t]*([A-Za-z0-9+/]{43}=)(?![A-Za-z0-9+/=])/g,
      structured: true,
      examples: {
        positive: [
          `[Interface]\nAddress = 10.8.0.2/24\nPrivateKey = «${fakeBase64(32, 7344)}»\nDNS = 1.1.1.1`,
          `[Peer]\nPublicKey = ${fakeBase64(32, 7345)}\nPresharedKey = «${fakeBase64(32, 7346)}»\nEndpoint = vpn.example.org:51820`,
        ],
        negative: [`PublicKey = ${fakeBase64(32, 7347)}`, 'PrivateKey = <your private key>', `PrivateKey = ${fakeBase64(24, 7348)}`],
      },
    },
  ],
});
