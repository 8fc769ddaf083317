// Realistic, freshly generated credentials for end-to-end pages. Never real keys: random bodies in
// the providers' published shapes (GitHub's CRC32 checksum included), so the engine treats them as live.
import { randomBytes } from 'node:crypto';
import { crc32 } from 'node:zlib';
import { isPlaceholder } from '../../src/engine/filters';

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

function randomFrom(alphabet: string, length: number): string {
  // Random bytes in bulk (one crypto call per key, not per character), unbiased: bytes past the
  // largest multiple of the alphabet's size are drawn again.
  const limit = 256 - (256 % alphabet.length);
  let out = '';
  while (out.length < length) {
    for (const b of randomBytes(length * 2)) {
      if (b < limit && out.length < length) out += alphabet[b % alphabet.length];
    }
  }
  return out;
}

function base62(n: number, width: number): string {
  let out = '';
  for (let v = n; v > 0; v = Math.floor(v / 62)) out = BASE62[v % 62] + out;
  return out.padStart(width, '0');
}

/** `ghp_` + 30 random base62 + 6-char base62 CRC32 of those 30: passes GitHub's offline check. */
export function githubToken(prefix: 'ghp' | 'gho' | 'ghs' = 'ghp'): string {
  const body = randomFrom(BASE62, 30);
  return `${prefix}_${body}${base62(crc32(body) >>> 0, 6)}`;
}

/**
 * `n` distinct GitHub tokens that all count: now and then a random body holds a filler word
 * ("Demo", "test") or a long run and reads as a placeholder; those are drawn again. A page of them
 * counts exactly `n`.
 */
export function liveGithubTokens(n: number): string[] {
  const out = new Set<string>();
  while (out.size < n) {
    const token = githubToken();
    if (!isPlaceholder(keyBody(token))) out.add(token);
  }
  return [...out];
}

/** A Stripe live secret key (sk_live_ + 24 alnum). */
export function stripeSecret(): string {
  return `sk_live_${randomFrom(BASE62, 24)}`;
}

/** A Stripe publishable key: public by design, never counted. */
export function stripePublishable(): string {
  return `pk_live_${randomFrom(BASE62, 24)}`;
}

/** A Kraken key pair: 56-char base64 public key (42 bytes), 88-char base64 private key (64 bytes). */
export function krakenPair(): { apiKey: string; privateKey: string } {
  return {
    apiKey: randomBytes(42).toString('base64'),
    privateKey: randomBytes(64).toString('base64'),
  };
}

/** An AWS access key id (no EXAMPLE suffix). */
export function awsKeyId(): string {
  return `AKIA${randomFrom('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}`;
}

/** Kraken's own documentation example private key: must never count. */
export const KRAKEN_DOC_EXAMPLE =
  'kQH5HW/8p1uGOVjbgWA7FunAmGO8lsSUXNsu3eow76sz84Q18fWxnyRzBHCd3pd5nE9qa99HAZtuZuj6F1huXg==';

/** A git commit SHA / SHA-256: hashes, never counted. */
export function sha1Hex(): string {
  return randomBytes(20).toString('hex');
}
export function sha256Hex(): string {
  return randomBytes(32).toString('hex');
}

/**
 * Every substring of length `min` of each secret that occurs in `haystack` (empty = clean).
 * Prefixes such as `ghp_` are shorter than 8 characters, so a redacted preview passes.
 */
export function keyFragmentsIn(haystack: string, secrets: readonly string[], min = 8): string[] {
  const found: string[] = [];
  for (const secret of secrets) {
    for (let i = 0; i + min <= secret.length; i++) {
      const piece = secret.slice(i, i + min);
      if (haystack.includes(piece)) {
        found.push(piece);
        break;
      }
    }
  }
  return found;
}

/** The part of a key after its public prefix (`sk_live_` alone is 8 chars and appears in redacted previews). */
export function keyBody(key: string): string {
  return key.replace(/^(gh[pousr]_|sk_live_|rk_live_|pk_live_|AKIA)/, '');
}
