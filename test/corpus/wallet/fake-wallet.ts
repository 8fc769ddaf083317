// Wallet secrets for tests, made from a seeded stream at test time: phrases from random entropy
// with @scure/bip39 (every wordlist), keys from random bytes with @scure/base and @scure/bip32.
// None of them ever held funds; none is copied from anywhere.
import { hmac } from '@noble/hashes/hmac.js';
import { sha512 } from '@noble/hashes/sha2.js';
import { HDKey } from '@scure/bip32';
import { entropyToMnemonic, validateMnemonic } from '@scure/bip39';
import { base58 } from '@scure/base';
import { FakeKeys } from '../../support/keys';
import { seededRandom } from '../../support/random';
import { utf8 } from '../../../src/engine/sha256';
import { base58check } from '../../../src/engine/wallet/keys';
import { LANGUAGES } from '../../../src/engine/wallet/words';

export type LanguageCode = 'en' | 'ja' | 'ko' | 'es' | 'zh-Hans' | 'zh-Hant' | 'fr' | 'it' | 'cs' | 'pt';
export const LANGUAGE_CODES = LANGUAGES.map((l) => l.code) as LanguageCode[];

const VERSIONS = {
  xprv: { private: 0x0488ade4, public: 0x0488b21e },
  yprv: { private: 0x049d7878, public: 0x049d7cb2 },
  zprv: { private: 0x04b2430c, public: 0x04b24746 },
  tprv: { private: 0x04358394, public: 0x043587cf },
} as const;

/** Electrum's registered seed versions (hex prefixes of the version hash). */
export const ELECTRUM_PREFIXES = { standard: '01', segwit: '100', '2fa': '101', '2fa-segwit': '102' } as const;

/** The hex of HMAC-SHA512(key "Seed version", phrase): Electrum's seed version hash. */
export function electrumVersion(phrase: string): string {
  return hex(hmac(sha512, utf8('Seed version'), utf8(phrase.normalize('NFKD').toLowerCase())));
}

const hex = (b: Uint8Array): string => Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');

/** A wallet-secret generator on its own stream (the same seed gives the same secrets). */
export function fakeWallet(seed: number): FakeWallet {
  return new FakeWallet(seededRandom(seed));
}

export class FakeWallet extends FakeKeys {
  words(code: LanguageCode): readonly string[] {
    return (LANGUAGES.find((l) => l.code === code) as (typeof LANGUAGES)[number]).words;
  }
  /** A valid phrase of `n` words (12, 15, 18, 21, 24) in one language, as the library writes it. */
  phrase(code: LanguageCode = 'en', n = 12): string {
    return entropyToMnemonic(this.bytes((n * 4) / 3), this.words(code) as string[]);
  }
  /** The same phrase with its last word swapped for one whose checksum fails. */
  badTwin(phrase: string, code: LanguageCode = 'en'): string {
    const sep = code === 'ja' ? '\u3000' : ' ';
    const words = phrase.split(sep);
    const list = this.words(code) as string[];
    for (;;) {
      words[words.length - 1] = this.pick(list);
      const candidate = words.join(sep);
      if (!validateMnemonic(candidate.normalize('NFKD'), list)) return candidate;
    }
  }
  /**
   * An Electrum (2.0+) seed of `n` English words with the version prefix of `type`, drawn until
   * HMAC-SHA512("Seed version", phrase) starts with it and the BIP-39 checksum fails (Electrum
   * never issues a seed that is also a BIP-39 phrase). Computed here with @noble/hashes, apart
   * from the engine's own check (this module is bundled for the browser tier too: no node:crypto).
   */
  electrumSeed(type: keyof typeof ELECTRUM_PREFIXES, n = 12): string {
    for (;;) {
      const phrase = Array.from({ length: n }, () => this.pick(this.words('en'))).join(' ');
      if (electrumVersion(phrase).startsWith(ELECTRUM_PREFIXES[type]) && !validateMnemonic(phrase, this.words('en') as string[])) return phrase;
    }
  }
  /** English words whose version prefix is none of Electrum's and whose BIP-39 checksum fails. */
  neitherSeed(n = 12): string {
    for (;;) {
      const phrase = Array.from({ length: n }, () => this.pick(this.words('en'))).join(' ');
      const v = electrumVersion(phrase);
      if (!Object.values(ELECTRUM_PREFIXES).some((p) => v.startsWith(p)) && !validateMnemonic(phrase, this.words('en') as string[])) return phrase;
    }
  }
  /** A secp256k1 private key as 64 hex characters (any 32 random bytes below the order). */
  privateKeyHex(): string {
    return hex(this.bytes(32));
  }
  wif(compressed = true, testnet = false): string {
    const body = [testnet ? 0xef : 0x80, ...this.bytes(32), ...(compressed ? [0x01] : [])];
    return base58check.encode(Uint8Array.from(body));
  }
  extended(kind: keyof typeof VERSIONS = 'xprv'): { priv: string; pub: string } {
    const key = HDKey.fromMasterSeed(this.bytes(32), VERSIONS[kind]).derive("m/0'/1");
    return { priv: key.privateExtendedKey, pub: key.publicExtendedKey };
  }
  /** BIP-38: 0x01 0x42 (or 0x43), a flag byte, a 4-byte address hash and 32 encrypted bytes. */
  bip38(): string {
    return base58check.encode(Uint8Array.from([0x01, this.pick([0x42, 0x43]), 0xe0, ...this.bytes(36)]));
  }
  /** A Solana keypair's 64 bytes: as base58, and as a keypair file's array. */
  solana(): { base58: string; array: string } {
    const b = this.bytes(64);
    return { base58: base58.encode(b), array: `[${Array.from(b).join(',')}]` };
  }
  /** A keystore v3 file; `ciphertext` is where the encrypted key is. */
  keystore(): { json: string; ciphertext: string } {
    const ciphertext = this.hex(64);
    const json = JSON.stringify({
      address: this.hex(40),
      crypto: {
        cipher: 'aes-128-ctr', ciphertext, cipherparams: { iv: this.hex(32) },
        kdf: 'scrypt', kdfparams: { dklen: 32, n: 262144, p: 1, r: 8, salt: this.hex(64) }, mac: this.hex(64),
      },
      id: this.uuid(),
      version: 3,
    }, null, 2);
    return { json, ciphertext };
  }
  ethAddress(): string {
    return `0x${this.hex(40)}`;
  }
  txHash(): string {
    return `0x${this.hex(64)}`;
  }
  /** A legacy Bitcoin address's shape (base58, no valid checksum needed for a decoy). */
  btcAddress(): string {
    return `1${this.chars('123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz', 33)}`;
  }
}
