// Deterministic fake key material for rule examples and tests: never real keys. Checksummed
// formats get a valid checksum so the positive examples exercise the validators.

import { hmac } from '@noble/hashes/hmac.js';
import { sha256, sha384, sha512 } from '@noble/hashes/sha2.js';
import { base62, crc32, crc32HexLE } from '../crc32';
import { utf8 } from '../sha256';

export const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
export const B64 = ALNUM + '+/';
export const HEX = '0123456789abcdef';
export const DIGITS = '0123456789';
export const LOWER_ALNUM = 'abcdefghijklmnopqrstuvwxyz0123456789';
export const URLSAFE = ALNUM + '_-';

/** `n` characters of `alphabet` from a small xorshift PRNG seeded by `seed`. */
export function fake(alphabet: string, n: number, seed: number): string {
  let x = (seed * 2654435761) >>> 0 || 1;
  let out = '';
  for (let i = 0; i < n; i++) {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    out += alphabet[x % alphabet.length];
  }
  return out;
}

/** GitHub/npm style: prefix + 30 random base62 + base62(CRC32(random), 6). */
export function fakeCrcToken(prefix: string, seed: number): string {
  const body = fake(ALNUM, 30, seed);
  return prefix + body + base62(crc32(body), 6);
}

/** Grafana service-account token with its CRC32 suffix. */
export function fakeGrafanaToken(seed: number): string {
  const head = 'glsa_' + fake(ALNUM, 32, seed);
  return `${head}_${crc32HexLE(crc32(head))}`;
}

/** Canonical standard base64 of `bytes` pseudo-random bytes. */
export function fakeBase64(bytes: number, seed: number): string {
  const full = Math.ceil(bytes / 3) * 4;
  const pad = (3 - (bytes % 3)) % 3;
  let s = fake(B64, full - pad, seed);
  if (pad > 0) {
    // Clear the unused low bits of the last character, as a real encoder does.
    const last = B64.indexOf(s[s.length - 1] as string) & (pad === 2 ? 0b110000 : 0b111100);
    s = s.slice(0, -1) + B64[last] + '='.repeat(pad);
  }
  return s;
}

export function fakeUuid(seed: number): string {
  const h = fake(HEX, 32, seed);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20)}`;
}

/** Standard base64 of an ASCII string, for building sample tokens without platform APIs. */
export function base64Ascii(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i += 3) {
    const n = (s.charCodeAt(i) << 16) | ((s.charCodeAt(i + 1) || 0) << 8) | (s.charCodeAt(i + 2) || 0);
    out += B64[(n >> 18) & 63] as string;
    out += B64[(n >> 12) & 63] as string;
    out += i + 1 < s.length ? (B64[(n >> 6) & 63] as string) : '=';
    out += i + 2 < s.length ? (B64[n & 63] as string) : '=';
  }
  return out;
}

/** Unpadded base64url of a latin-1 string (bytes). */
function base64Url(s: string): string {
  return base64Ascii(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Unpadded base64url of `obj` as JSON: a JWT part. */
export function base64UrlJson(obj: object): string {
  return base64Url(JSON.stringify(obj));
}

/** A JWT with an HS256 header, `payload` and a fake 43-character signature. */
export function fakeJwt(payload: object, seed: number): string {
  return `${base64UrlJson({ alg: 'HS256', typ: 'JWT' })}.${base64UrlJson(payload)}.${fake(URLSAFE, 43, seed)}`;
}

/** A JWT really signed with HMAC (`alg` HS256, HS384 or HS512) under `secret`. */
export function hmacJwt(alg: 'HS256' | 'HS384' | 'HS512', payload: object, secret: string): string {
  const input = `${base64UrlJson({ alg, typ: 'JWT' })}.${base64UrlJson(payload)}`;
  const hash = alg === 'HS256' ? sha256 : alg === 'HS384' ? sha384 : sha512;
  return `${input}.${base64Url(String.fromCharCode(...hmac(hash, utf8(secret), utf8(input))))}`;
}

/** Cloudflare style: prefix + 40 alphanumerics + CRC32 of those 40, big-endian hex. */
export function fakeHexCrcToken(prefix: string, seed: number): string {
  const body = fake(ALNUM, 40, seed);
  return prefix + body + crc32(body).toString(16).padStart(8, '0');
}
