// Offline checksums that token formats embed: a value that fails one is not that token.

import { base62, crc32, crc32HexLE } from '../crc32';
import type { Verdict } from './rule';

/**
 * A value of a checksummed format's exact shape whose checksum fails was not issued by the
 * provider: made up, altered or mistyped. It is still what someone put where such a token goes
 * (configs, tests and examples copy real tokens with characters changed, and a token cut short
 * or retyped still gives its first characters away), so it is reported, as a medium alert of low
 * confidence under a rule of its own.
 */
export function checksumMismatch(rule: string): Verdict {
  return { rule: `${rule}-checksum-mismatch`, severity: 'medium', confidence: 'low' };
}

/** gh?_ / npm_ tokens: the last 6 characters are base62(CRC32(the 30 before)). */
export function hasBase62Crc(value: string, prefixLength: number): boolean {
  const body = value.slice(prefixLength);
  return body.length === 36 && base62(crc32(body.slice(0, 30)), 6) === body.slice(30);
}

/** glsa_<32>_<8 hex>: the suffix is CRC32 of everything before the last '_', little-endian hex. */
export function hasGrafanaCrc(value: string): boolean {
  const cut = value.lastIndexOf('_');
  return crc32HexLE(crc32(value.slice(0, cut))) === value.slice(cut + 1);
}

/**
 * <prefix><body><8 hex>: the suffix is CRC32 of the body alone, big-endian lower-case hex
 * (Cloudflare's cfk_/cfut_/cfat_ tokens: 40-character body).
 */
export function hasHexCrcOfBody(value: string, prefixLength: number, bodyLength: number): boolean {
  const body = value.slice(prefixLength, prefixLength + bodyLength);
  return value.length === prefixLength + bodyLength + 8 && crc32(body).toString(16).padStart(8, '0') === value.slice(-8);
}
