// TextScanStream with the real engine: a bundle handed over in pieces gives the same findings, lines
// and columns as the whole text scanned at once. (The window arithmetic itself is pinned down with a
// stand-in detector in test/unit/cli/read.test.ts, through the CLI's byte reader.)
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { scan } from './scan';
import { locate, TextScanStream } from './stream';
import { fakeCrcToken } from './rules/sample';

const SALT = 'stream-test';
const scanText = (text: string) => scan(text, { salt: SALT });
const summary = (fs: { rule: string; fingerprint: string; start: number; line: number; column: number }[]) =>
  fs.map(({ rule, fingerprint, start, line, column }) => ({ rule, fingerprint, start, line, column }));

/** A minified-looking bundle: long lines of code with keys planted in string literals. */
function bundle(keys: string[], filler: number): string {
  const code = 'function a(b,c){return b.map(function(d){return d+c})}var e={mode:"prod",retries:3};';
  const lines: string[] = [];
  keys.forEach((key, i) => {
    lines.push(code.repeat(filler + i));
    lines.push(`var token${i}="${key}";`);
  });
  lines.push(code);
  return lines.join('\n');
}

describe('TextScanStream', () => {
  it('finds the keys of a bundle pushed in pieces, once each, where a whole scan places them', () => {
    const keys = [fakeCrcToken('ghp_', 9101), fakeCrcToken('ghp_', 9102), fakeCrcToken('gho_', 9103)];
    const text = bundle(keys, 40);
    const whole = locate(text, scanText(text));
    expect(whole).toHaveLength(3);
    fc.assert(fc.property(
      fc.integer({ min: 200, max: 6000 }),
      fc.array(fc.integer({ min: 1, max: 5000 }), { minLength: 1, maxLength: 6 }),
      (chunkChars, sizes) => {
        const stream = new TextScanStream(scanText, { chunkChars, overlapChars: 1024 });
        for (let at = 0, i = 0; at < text.length; i++) {
          const size = sizes[i % sizes.length] as number;
          stream.push(text.slice(at, at + size));
          at += size;
        }
        expect(stream.length).toBe(text.length);
        expect(summary(stream.end())).toEqual(summary(whole));
      },
    ), { numRuns: 40 });
  });

  it('places a key on its line and column, counted in UTF-16 code units from 1', () => {
    const key = fakeCrcToken('ghp_', 9104);
    const text = `// é😀\nconst x = 1;\n  const t = "${key}";\n`;
    const [found] = locate(text, scanText(text));
    expect(found).toMatchObject({ line: 3, column: 14, start: text.indexOf(key) });
  });
});
