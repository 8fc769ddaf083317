// The hashed list of public wallet secrets (known.ts) against its sources: every test vector and
// development default derives to an entry, and each is reported as a documentation example.
import { describe, expect, it } from 'vitest';
import { HDKey } from '@scure/bip32';
import { mnemonicToSeedSync } from '@scure/bip39';
import { isAlert, scan } from '../index';
import { BIP32_VECTORS, BIP39_VECTORS, DEV_MNEMONICS, ELECTRUM_VECTORS, SEEDQR_VECTORS, WEB3JS_DOC_KEYS, wellKnownSecrets } from '../../../test/fixtures/wallet/well-known';
import { isKnown } from './known';

describe('well-known wallet secrets', () => {
  it('are all in the hashed list', () => {
    const missing = wellKnownSecrets().filter((k) => !isKnown(k.secret));
    expect(missing.map((k) => k.source)).toEqual([]);
  });

  it('are documentation examples when they appear: phrases, account keys and root keys', () => {
    for (const phrase of [...BIP39_VECTORS, ...SEEDQR_VECTORS, ...DEV_MNEMONICS.map((d) => d.mnemonic)]) {
      expect(scan(`mnemonic: "${phrase}"`), phrase).toMatchObject([{ example: true, notCounted: 'documentation-example', severity: 'info' }]);
    }
    const root = HDKey.fromMasterSeed(mnemonicToSeedSync(DEV_MNEMONICS[0]?.mnemonic as string));
    const account0 = Buffer.from(root.derive("m/44'/60'/0'/0/0").privateKey as Uint8Array).toString('hex');
    expect(scan(`PRIVATE_KEY=0x${account0}`)).toMatchObject([{ rule: 'hex-private-key', example: true, notCounted: 'documentation-example' }]);
    expect(scan(root.privateExtendedKey)).toMatchObject([{ rule: 'extended-private-key', example: true }]);
  });

  it('are examples where Electrum\'s test vectors appear, each seed type', () => {
    for (const { type, seed } of ELECTRUM_VECTORS) {
      expect(scan(`const SEED = "${seed}";`), type).toMatchObject([{ rule: 'electrum-seed', example: true, notCounted: 'documentation-example', severity: 'info' }]);
    }
  });

  it('are examples in a specification\'s test-vector listing, while a key from any other seed alerts', () => {
    for (const { vector, seed, chain } of BIP32_VECTORS) {
      const master = HDKey.fromMasterSeed(Buffer.from(seed, 'hex'));
      for (const path of chain) {
        const line = `* Chain ${path}\n** ext prv: ${master.derive(path).privateExtendedKey}`;
        const found = scan(line);
        expect(found, `vector ${vector} ${path}`).toMatchObject([{ rule: 'extended-private-key', example: true }]);
        expect(found.filter(isAlert)).toEqual([]);
      }
    }
    // The same page layout around a key from a seed nobody published is an exposure.
    const other = HDKey.fromMasterSeed(Uint8Array.from({ length: 32 }, (_, i) => (i * 73 + 41) & 0xff));
    const exposed = scan(`wallet.xprv = "${other.privateExtendedKey}"`);
    expect(exposed).toMatchObject([{ rule: 'extended-private-key', example: false, severity: 'critical' }]);
    expect(exposed.filter(isAlert)).toHaveLength(1);
  });

  it('are examples where a library\'s reference shows them, while another key in a config alerts', () => {
    for (const key of WEB3JS_DOC_KEYS) {
      const found = scan(`var account = web3.eth.accounts.privateKeyToAccount('0x${key}');`);
      expect(found, key).toMatchObject([{ rule: 'hex-private-key', example: true, notCounted: 'documentation-example' }]);
      expect(found.filter(isAlert)).toEqual([]);
    }
    const own = HDKey.fromMasterSeed(Uint8Array.from({ length: 32 }, (_, i) => (i * 29 + 7) & 0xff)).derive("m/44'/60'/0'/0/0");
    const exposed = scan(`DEPLOYER_PRIVATE_KEY=0x${Buffer.from(own.privateKey as Uint8Array).toString('hex')}`);
    expect(exposed).toMatchObject([{ rule: 'hex-private-key', example: false, severity: 'critical' }]);
    expect(exposed.filter(isAlert)).toHaveLength(1);
  });
});
