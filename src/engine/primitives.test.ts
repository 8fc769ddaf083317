// SHA-256, UTF-8, CRC-32 and base64 helpers against published vectors and their own inverses.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { base64ByteAt, base64Bytes, base64DecodedLength, decodeBase64Url, isBase64OfSize, isCanonicalBase64 } from './base64';
import { base62, crc32, crc32HexLE } from './crc32';
import { fingerprint } from './fingerprint';
import { sha256Hex, utf8 } from './sha256';
import { fakeBase64, fakeCrcToken, fakeGrafanaToken } from './rules/sample';
import { hasBase62Crc, hasGrafanaCrc } from './rules/checksums';

describe('sha256', () => {
  // FIPS 180-4 / NIST CAVS examples.
  it.each([
    ['', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
    ['abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq', '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1'],
    ['a'.repeat(1_000_000), 'cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0'],
  ])('hashes %#', (input, hex) => {
    expect(sha256Hex(utf8(input))).toBe(hex);
  });

  it('pads correctly around the 55/56/64-byte block edges', () => {
    // Lengths that straddle the padding boundary, checked against chained self-consistency:
    // every length must give a distinct, stable, 64-hex-digit digest.
    const seen = new Set<string>();
    for (let n = 50; n <= 130; n++) {
      const h = sha256Hex(utf8('x'.repeat(n)));
      expect(h).toMatch(/^[0-9a-f]{64}$/);
      expect(sha256Hex(utf8('x'.repeat(n)))).toBe(h);
      seen.add(h);
    }
    expect(seen.size).toBe(81);
  });
});

describe('utf8', () => {
  it('encodes like the spec, lone surrogates as U+FFFD', () => {
    expect([...utf8('aé€😀')]).toEqual([0x61, 0xc3, 0xa9, 0xe2, 0x82, 0xac, 0xf0, 0x9f, 0x98, 0x80]);
    expect([...utf8('\ud800x')]).toEqual([0xef, 0xbf, 0xbd, 0x78]);
    expect([...utf8('\udc00')]).toEqual([0xef, 0xbf, 0xbd]);
  });
  it('matches TextEncoder on arbitrary strings', () => {
    const enc = new TextEncoder();
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => {
      expect([...utf8(s)]).toEqual([...enc.encode(s)]);
    }));
  });
});

describe('fingerprint', () => {
  it('is salted SHA-256 of salt NUL value', () => {
    expect(fingerprint('abc', 'salt')).toBe(sha256Hex(utf8('salt\u0000abc')));
    expect(fingerprint('abc', 'a')).not.toBe(fingerprint('abc', 'b'));
    expect(fingerprint('bc', 'a')).not.toBe(fingerprint('c', 'ab'));
  });
});

describe('crc32', () => {
  it('has the standard check value', () => {
    expect(crc32('123456789')).toBe(0xcbf43926);
    expect(crc32('')).toBe(0);
  });
  it('formats base62 and little-endian hex', () => {
    expect(base62(0, 6)).toBe('000000');
    expect(base62(61, 2)).toBe('0z');
    expect(base62(62, 2)).toBe('10');
    expect(base62(0xffffffff, 6)).toBe('4gfFC3');
    expect(crc32HexLE(0x12345678)).toBe('78563412');
  });
  it('accepts generated GitHub/npm and Grafana tokens and rejects a flipped character', () => {
    for (let seed = 1; seed < 50; seed++) {
      const t = fakeCrcToken('ghp_', seed);
      expect(hasBase62Crc(t, 4)).toBe(true);
      const flipped = t.slice(0, 10) + (t[10] === 'A' ? 'B' : 'A') + t.slice(11);
      expect(hasBase62Crc(flipped, 4)).toBe(false);
      const g = fakeGrafanaToken(seed);
      expect(hasGrafanaCrc(g)).toBe(true);
      expect(hasGrafanaCrc(g.slice(0, 8) + (g[8] === 'A' ? 'B' : 'A') + g.slice(9))).toBe(false);
    }
  });
});

describe('base64', () => {
  it('computes decoded sizes', () => {
    expect(base64DecodedLength('')).toBe(0);
    expect(base64DecodedLength('QQ==')).toBe(1);
    expect(base64DecodedLength('QUI=')).toBe(2);
    expect(base64DecodedLength('QUJD')).toBe(3);
    expect(base64DecodedLength('QUJ')).toBe(2);
    expect(base64DecodedLength('Q')).toBe(-1);
    expect(base64DecodedLength('QU=')).toBe(-1);
    expect(base64DecodedLength('a-b_')).toBe(-1);
  });
  it('checks canonical padding bits', () => {
    expect(isCanonicalBase64('QQ==')).toBe(true);
    expect(isCanonicalBase64('QR==')).toBe(false);
    expect(isCanonicalBase64('QUI=')).toBe(true);
    expect(isCanonicalBase64('QUJ=')).toBe(false);
  });
  it('generates canonical samples of the requested size', () => {
    for (const bytes of [42, 64, 30, 1, 2, 3]) {
      for (let seed = 1; seed < 20; seed++) expect(isBase64OfSize(fakeBase64(bytes, seed), bytes)).toBe(true);
    }
  });
  it('decodes base64url', () => {
    expect(decodeBase64Url('eyJhbGciOiJIUzI1NiJ9')).toBe('{"alg":"HS256"}');
    expect(decodeBase64Url('a+b')).toBeNull();
  });
});

describe('base64ByteAt', () => {
  it('reads each byte as base64Bytes decodes it, padded or not', () => {
    for (const bytes of [[0], [255, 1], [0, 128, 255], [...Array(100).keys()].map((i) => (i * 37) & 255)]) {
      const text = Buffer.from(bytes).toString('base64');
      for (const t of [text, text.replace(/=+$/, '')]) expect(bytes.map((_, i) => base64ByteAt(t, i)), t).toEqual(bytes);
    }
  });
});

describe('base64Bytes', () => {
  it('decodes standard base64, padded or not', () => {
    for (const bytes of [[], [0], [255, 1], [0, 128, 255], [...Array(100).keys()].map((i) => (i * 37) & 255)]) {
      const text = Buffer.from(bytes).toString('base64');
      expect([...base64Bytes(text)], text).toEqual(bytes);
      expect([...base64Bytes(text.replace(/=+$/, ''))]).toEqual(bytes);
    }
  });
});
