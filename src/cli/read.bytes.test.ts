import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Finding } from '../engine/types';
import { scanByteStream, scanBytes, SNIFF_BYTES } from './read';

// Independent stand-in detector: every KEY_ + 8 uppercase letters/digits is a finding.
function keys(text: string): Finding[] {
  return [...text.matchAll(/KEY_[A-Z0-9]{8}/g)].map((m) => ({
    rule: 't', provider: 't', kind: 'token', severity: 'high', example: false, confidence: 'high',
    start: m.index, end: m.index + m[0].length, redacted: 'KEY_…', fingerprint: m[0], source: 'text',
  }));
}

async function* once(bytes: Uint8Array): AsyncGenerator<Uint8Array> {
  yield bytes;
}

describe('scanBytes (whole-file path)', () => {
  it('agrees with the streaming path: offsets, lines, columns, BOM and invalid UTF-8', async () => {
    const piece = fc.constantFrom('KEY_ABCDEFGH', '\n', 'é', '😀', ' x ', '\r\n', '\ufeff');
    await fc.assert(
      fc.asyncProperty(fc.array(piece, { maxLength: 40 }), fc.boolean(), fc.boolean(), async (parts, bom, broken) => {
        const body = new TextEncoder().encode(parts.join(''));
        const bytes = new Uint8Array([...(bom ? [0xef, 0xbb, 0xbf] : []), ...body, ...(broken ? [0xc3] : [])]);
        expect(scanBytes(bytes, keys)).toEqual(await scanByteStream(once(bytes), keys));
      }),
    );
  });

  it('calls a NUL byte in the first bytes binary, and a later one text', () => {
    expect(scanBytes(new Uint8Array([65, 0, 66]), keys)).toEqual({ kind: 'binary' });
    const late = new Uint8Array(SNIFF_BYTES + 2).fill(65);
    late[SNIFF_BYTES + 1] = 0;
    expect(scanBytes(late, keys).kind).toBe('text');
  });
});
