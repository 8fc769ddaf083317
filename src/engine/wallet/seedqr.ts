// SeedSigner's SeedQR forms, read from a decoded QR payload. Standard: each word's index as four
// digits (48 digits for 12 words, 96 for 24). Compact: the entropy itself as raw bytes (16 or 32;
// the checksum bits are left out), handed through by src/qr one character per byte.
import { sha256 } from '../sha256';
import { MIN_WORDS } from './gate';
import { PHRASE_LENGTHS, checksumValid, phraseSecret } from './phrase';
import type { WalletHit } from './found';

const STANDARD = /^(?:\d{4}){12,24}$/;

function seedHit(rule: string, indexes: number[], end: number, form: string): WalletHit {
  return {
    rule, kind: 'recovery-phrase', severity: 'critical', confidence: 'high', start: 0, end,
    redacted: `${indexes.length}-word phrase (${form}, checksum valid)`, secret: phraseSecret(indexes),
  };
}

/** Standard SeedQR: the whole payload is 4-digit word indexes with a valid checksum. */
function standard(payload: string): WalletHit | undefined {
  if (!STANDARD.test(payload)) return undefined;
  const indexes = payload.match(/\d{4}/g)?.map(Number) ?? [];
  const n = indexes.length;
  if (!(PHRASE_LENGTHS as readonly number[]).includes(n) || indexes.some((i) => i > 2047)) return undefined;
  return checksumValid(indexes, 0, n) ? seedHit('bip39-seedqr', indexes, payload.length, 'SeedQR') : undefined;
}

/** Word indexes of `entropy` with its checksum, as BIP-39 builds them. */
function entropyToIndexes(entropy: Uint8Array): number[] {
  const checksumBits = entropy.length / 4;
  const check = (sha256(entropy)[0] as number) >> (8 - checksumBits);
  const indexes: number[] = [];
  let acc = 0;
  let bits = 0;
  for (const byte of [...entropy, check << (8 - checksumBits)]) {
    acc = (acc << 8) | byte;
    bits += 8;
    if (bits >= 11) {
      bits -= 11;
      indexes.push((acc >>> bits) & 0x7ff);
      acc &= (1 << bits) - 1;
    }
  }
  return indexes;
}

/**
 * CompactSeedQR: 16, 20, 24, 28 or 32 bytes of entropy. Entropy has no checksum of its own, so a
 * payload counts only when it is binary: random bytes are all printable ASCII once in 10^7, while
 * short texts of those lengths (codes, hex strings, short links) always are.
 */
function compact(payload: string): WalletHit | undefined {
  const len = payload.length;
  if (len < 16 || len > 32 || len % 4 !== 0) return undefined;
  let binary = false;
  const bytes = new Uint8Array(len);
  for (let i = 0; i < len; i++) {
    const c = payload.charCodeAt(i);
    if (c > 0xff) return undefined;
    if (c < 0x20 || c > 0x7e) binary = true;
    bytes[i] = c;
  }
  if (!binary) return undefined;
  const indexes = entropyToIndexes(bytes);
  return indexes.length >= MIN_WORDS ? seedHit('bip39-compact-seedqr', indexes, len, 'CompactSeedQR') : undefined;
}

/** A SeedQR in a decoded QR payload (as decoded: not trimmed, binary bytes one char each). */
export function seedQrHit(payload: string): WalletHit | undefined {
  return standard(payload) ?? compact(payload);
}
