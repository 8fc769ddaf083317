// CRC-32 (IEEE 802.3, reflected 0xEDB88320): the checksum GitHub, npm and Grafana embed in
// their tokens, so a shape-only lookalike can be rejected offline.

const TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

/** CRC-32 of an ASCII string (token bodies are ASCII; higher code units are masked to a byte). */
export function crc32(ascii: string): number {
  let c = 0xffffffff;
  for (let i = 0; i < ascii.length; i++) {
    c = (TABLE[(c ^ ascii.charCodeAt(i)) & 0xff] as number) ^ (c >>> 8);
  }
  return (c ^ 0xffffffff) >>> 0;
}

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** Base62 (0-9A-Za-z) of n, left-padded with '0' to `width`: the GitHub/npm checksum suffix. */
export function base62(n: number, width: number): string {
  let out = '';
  let v = n;
  do {
    out = BASE62[v % 62] + out;
    v = Math.floor(v / 62);
  } while (v > 0);
  return out.padStart(width, '0');
}

/** Lower-case hex of the CRC's bytes in little-endian order (Grafana's service-account suffix). */
export function crc32HexLE(n: number): string {
  let out = '';
  for (let i = 0; i < 4; i++) out += ((n >>> (8 * i)) & 0xff).toString(16).padStart(2, '0');
  return out;
}
