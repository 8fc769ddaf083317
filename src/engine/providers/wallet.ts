// Crypto wallets: recovery phrases and wallet private keys. Found by src/engine/wallet (checksums
// over words and base58/hex bodies), not by rules; this file holds the facts the UI shows.

import { defineProvider } from '../rules/define';

export default defineProvider({
  slug: 'wallet',
  name: 'Crypto wallet',
  category: 'other',
  credentialType: true,
  domains: [],
  noKeysUrl: 'A recovery phrase or wallet key cannot be replaced: the funds move to a new wallet instead.',
  canDo: 'Take every coin and token the wallet holds, on every network; a recovery phrase or wallet key cannot be changed, only emptied.',
  detector: 'src/engine/wallet',
  rules: [],
});
