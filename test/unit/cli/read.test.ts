import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Finding } from '../../../src/engine/types';
import { kindByName, scanByteStream, SNIFF_BYTES } from '../../../src/cli/read';

// A stand-in detector with the engine's signature: every `KEY_` + 20 uppercase/digits is a finding.
// Keeping it independent of the real engine lets these tests pin down the chunking arithmetic alone.
function regexScan(text: string): Finding[] {
  const out: Finding[] = [];
  for (const m of text.matchAll(/KEY_[A-Z0-9]{20}/g)) {
    out.push({
      rule: 'test-key', provider: 'test', kind: 'token', severity: 'high', example: false,
      confidence: 'high', start: m.index, end: m.index + m[0].length, redacted: 'KEY_…', fingerprint: m[0],
      source: 'text',
    });
  }
  return out;
}

/** Expected line/column by the plain definition, from the whole text. */
function where(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  return { line: before.split('\n').length, column: offset - before.lastIndexOf('\n') };
}

async function* pieces(bytes: Uint8Array, sizes: number[]): AsyncGenerator<Uint8Array> {
  let at = 0;
  let i = 0;
  while (at < bytes.length) {
    const size = Math.max(1, sizes.length > 0 ? (sizes[i++ % sizes.length] as number) : bytes.length);
    yield bytes.subarray(at, at + size);
    at += size;
  }
}

function expected(text: string) {
  return regexScan(text).map((f) => {
    const s = where(text, f.start);
    const e = where(text, f.end);
    return { start: f.start, end: f.end, line: s.line, column: s.column, endLine: e.line, endColumn: e.column };
  });
}

function summarise(findings: { start: number; end: number; line: number; column: number; endLine: number; endColumn: number }[]) {
  return findings.map(({ start, end, line, column, endLine, endColumn }) => ({ start, end, line, column, endLine, endColumn }));
}

describe('scanByteStream', () => {
  const key = (n: number) => `KEY_${String(n).padStart(20, '7')}`;

  it('finds a key that straddles a chunk border exactly once, with global offsets', async () => {
    const text = 'x'.repeat(95) + key(1) + '\n' + 'y'.repeat(10) + key(2);
    for (const chunkChars of [1, 7, 50, 100, 101, 110, 1000]) {
      const result = await scanByteStream(pieces(new TextEncoder().encode(text), [13]), regexScan, {
        chunkChars, overlapChars: 64,
      });
      expect(result.kind).toBe('text');
      if (result.kind !== 'text') return;
      expect(summarise(result.findings), `chunk ${chunkChars}`).toEqual(expected(text));
    }
  });

  it('matches a whole-text scan for arbitrary texts, chunk sizes and read sizes', async () => {
    const fragment = fc.oneof(
      fc.constantFrom('\n', '\r\n', 'é', '€', '😀', ' ', 'KEY_', 'a'),
      fc.nat(99).map((n) => key(n)),
      fc.string({ maxLength: 30 }),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(fragment, { maxLength: 60 }),
        fc.integer({ min: 1, max: 200 }),
        fc.array(fc.integer({ min: 1, max: 40 }), { maxLength: 5 }),
        async (parts, chunkChars, readSizes) => {
          const text = parts.join('').replace(/\0/g, ' ');
          const result = await scanByteStream(pieces(new TextEncoder().encode(text), readSizes), regexScan, {
            chunkChars, overlapChars: 60,
          });
          expect(result.kind).toBe('text');
          if (result.kind === 'text') expect(summarise(result.findings)).toEqual(expected(text));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('decodes invalid UTF-8 with replacement characters and counts offsets in the decoded text', async () => {
    const bytes = new Uint8Array([0xff, 0xfe, 0x41, 0x0a, ...new TextEncoder().encode(key(3))]);
    const result = await scanByteStream(pieces(bytes, [1]), regexScan, { chunkChars: 3, overlapChars: 40 });
    expect(result).toMatchObject({ kind: 'text', findings: [{ start: 4, line: 2, column: 1 }] });
  });

  it('treats a NUL byte in the first 8 KiB as binary, and a later one as text', async () => {
    const early = new Uint8Array(100).fill(0x41);
    early[50] = 0;
    expect((await scanByteStream(pieces(early, [7]), regexScan)).kind).toBe('binary');

    const late = new Uint8Array(SNIFF_BYTES + 10).fill(0x41);
    late[SNIFF_BYTES + 5] = 0;
    expect((await scanByteStream(pieces(late, [1000]), regexScan)).kind).toBe('text');
  });

  it('accepts string pieces (stdin in text mode)', async () => {
    async function* strings() {
      yield 'ab\nKEY_';
      yield '12345678901234567890';
    }
    const result = await scanByteStream(strings(), regexScan, { chunkChars: 2, overlapChars: 50 });
    expect(result).toMatchObject({ kind: 'text', findings: [{ start: 3, line: 2, column: 1, endColumn: 25 }] });
  });
});

describe('kindByName', () => {
  it('routes images to QR, known binaries away, and everything else to the byte sniffer', () => {
    expect(kindByName('a/b/QR.PNG')).toBe('image');
    expect(kindByName('photo.jpeg')).toBe('image');
    expect(kindByName('font.woff2')).toBe('binary');
    expect(kindByName('archive.tar.gz')).toBe('binary');
    expect(kindByName('.env')).toBeUndefined();
    expect(kindByName('main.ts')).toBeUndefined();
  });
});
