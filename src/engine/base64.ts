// Offline checks on base64 key material: length, alphabet, decoded size and canonical padding.

const STD = /^[A-Za-z0-9+/]*={0,2}$/;

/** Number of bytes `s` decodes to as padded or unpadded standard base64, or -1 if not base64. */
export function base64DecodedLength(s: string): number {
  if (!STD.test(s)) return -1;
  const pad = s.endsWith('==') ? 2 : s.endsWith('=') ? 1 : 0;
  if (pad > 0 && s.length % 4 !== 0) return -1;
  const body = s.length - pad;
  if (body % 4 === 1) return -1;
  return Math.floor((body * 6) / 8);
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/**
 * True when the unused low bits of the last character are zero, as every real encoder emits.
 * A random 88-char run ending in '==' passes only 1 time in 16.
 */
export function isCanonicalBase64(s: string): boolean {
  const body = s.replace(/=+$/, '');
  const rem = body.length % 4;
  if (rem === 0) return true;
  const last = B64.indexOf(body[body.length - 1] ?? '');
  if (last < 0) return false;
  const unusedBits = rem === 2 ? 4 : 2;
  return (last & ((1 << unusedBits) - 1)) === 0;
}

/** True for standard base64 that decodes to exactly `bytes` bytes with canonical padding bits. */
export function isBase64OfSize(s: string, bytes: number): boolean {
  return base64DecodedLength(s) === bytes && isCanonicalBase64(s);
}

/** Decode base64url (no padding needed) to a latin-1 string; null if malformed. For JWT headers. */
export function decodeBase64Url(s: string): string | null {
  let bits = 0;
  let acc = 0;
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const ch = s[i] as string;
    const v = ch === '-' ? 62 : ch === '_' ? 63 : B64.indexOf(ch);
    if (v < 0 || v > 63 || ch === '+' || ch === '/') return null;
    acc = (acc << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out += String.fromCharCode((acc >> bits) & 0xff);
    }
  }
  return out;
}

/** Decodes standard base64 to text when every byte is printable ASCII (or tab/newline); else null. */
export function decodePrintableBase64(s: string): string | null {
  return decodePrintableBase64At(s, 0, s.length);
}

// Value of each standard base64 character, -1 for anything else (as B64.indexOf gives).
const B64_VALUE = new Int8Array(128).fill(-1);
for (let i = 0; i < B64.length; i++) B64_VALUE[B64.charCodeAt(i)] = i;

/**
 * decodePrintableBase64(text.slice(start, end)) without copying the token first: the base64
 * pass tries every standalone token of a script, and almost all fail within a few bytes.
 */
export function decodePrintableBase64At(text: string, start: number, end: number): string | null {
  while (end > start && text.charCodeAt(end - 1) === 61) end--; // trailing '=' padding
  let acc = 0;
  let bits = 0;
  let out = '';
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    acc = ((acc << 6) | (c < 128 ? (B64_VALUE[c] as number) : -1)) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      const byte = (acc >> bits) & 0xff;
      if ((byte < 0x20 && byte !== 9 && byte !== 10 && byte !== 13) || byte > 0x7e) return null;
      out += String.fromCharCode(byte);
    }
  }
  return out;
}

/**
 * True when standard base64 `s` decodes to prose: printable text with two words side by side
 * ("Hello from …", a UI message stored encoded). Random bytes never decode to printable text of
 * 15 bytes or more; a credential encoded whole (user:password) has no words with a space.
 */
export function isBase64OfProse(s: string): boolean {
  if (s.length < 20 || base64DecodedLength(s) < 0) return false;
  const text = decodePrintableBase64(s);
  return text !== null && /[A-Za-z]{2} [A-Za-z]{2}/.test(text);
}

/**
 * Byte `index` of what standard base64 `s` (no whitespace) decodes to, from its four characters
 * alone: one lookup in a large table need not decode all of it.
 */
export function base64ByteAt(s: string, index: number): number {
  const at = Math.floor(index / 3) * 4;
  let acc = 0;
  for (let i = at; i < at + 4; i++) {
    const c = s.charCodeAt(i); // NaN past the end, as '=' counts as zero bits
    acc = (acc << 6) | Math.max(0, c < 128 ? (B64_VALUE[c] as number) : 0);
  }
  return (acc >> (16 - 8 * (index % 3))) & 0xff;
}

/** What standard base64 `s` (padding optional) decodes to, as latin-1 text: one character a byte. */
export function base64Latin1(s: string): string {
  let out = '';
  for (const b of base64Bytes(s)) out += String.fromCharCode(b);
  return out;
}

/** The bytes of standard base64 (padding and anything else ignored): for tables built into the code. */
export function base64Bytes(s: string): Uint8Array {
  const out = new Uint8Array(Math.floor((s.replace(/=+$/, '').length * 6) / 8));
  let acc = 0;
  let bits = 0;
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const v = c < 128 ? B64_VALUE[c]! : -1;
    if (v < 0) continue;
    acc = ((acc << 6) | v) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[n++] = (acc >> bits) & 0xff;
    }
  }
  return out;
}
