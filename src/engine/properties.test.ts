// Properties over generated inputs (fast-check): scan never throws and keeps spans in the text;
// embedded keys are found in any escape form with spans that decode back to the key; previews
// never reveal a usable piece; a scan of a candidate window agrees with a scan of the whole.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decode } from './decode';
import { candidateWindows, fingerprint, redact, RULES, scan } from './index';
import { fakeBase64, fakeCrcToken } from './rules/sample';

const SEEDS = fc.integer({ min: 1, max: 1_000_000 });

/** Keys of many rules, from the rules' own positive examples (marked «…»). */
const EXAMPLE_KEYS = RULES.flatMap((r) =>
  r.examples.positive.map((e) => {
    const text = e.replace('«', '').replace('»', '');
    return { rule: r, text, start: e.indexOf('«'), end: e.indexOf('»') - 1 };
  }),
);

const ESCAPES: Array<(k: string) => string> = [
  (k) => k,
  (k) => k.replace(/\//g, '\\/'),
  (k) => k.replace(/\+/g, '\\u002b').replace(/=/g, '\\u003D'),
  (k) => k.replace(/\+/g, '&#43;').replace(/\//g, '&#x2F;'),
  (k) => k.replace(/\+/g, '%2B').replace(/\//g, '%2F').replace(/=/g, '%3D'),
];

const filler = fc.string({ unit: fc.constantFrom(' ', '\n', 'a', 'Z', '0', '"', ';', '{', '}', '.', ':', '<', '>'), maxLength: 600 });

describe('scan properties', () => {
  it('never throws and keeps 0 <= start < end <= length on arbitrary text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 2000 }), fc.string({ unit: 'grapheme-ascii', maxLength: 2000 })), (text) => {
        for (const f of scan(text, { includeGeneric: true })) {
          expect(f.start).toBeGreaterThanOrEqual(0);
          expect(f.start).toBeLessThan(f.end);
          expect(f.end).toBeLessThanOrEqual(text.length);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('survives lone surrogates and huge runs', () => {
    const texts = ['\ud800'.repeat(50_000), 'A'.repeat(200_000), '='.repeat(100_000), '\\u'.repeat(50_000), '&#'.repeat(50_000), `${'\udc00a'.repeat(10_000)}ghp_`];
    for (const t of texts) expect(() => scan(t)).not.toThrow();
  });

  it('finds every rule example inside arbitrary surroundings, with the exact span', () => {
    fc.assert(
      fc.property(fc.constantFrom(...EXAMPLE_KEYS), filler, filler, (ex, before, after) => {
        const text = `${before}\n${ex.text}\n${after}`;
        const offset = before.length + 1;
        const hit = scan(text, { includeGeneric: ex.rule.match === 'assignment' }).find((f) => f.start === ex.start + offset && f.end === ex.end + offset);
        // The rule or one of its variants (a variant may name the provider, as database URLs do).
        expect([ex.rule.id, ...(ex.rule.variants ?? [])]).toContain(hit?.rule);
      }),
      { numRuns: 400 },
    );
  });

  it('maps escaped keys back: the span decodes to the key and the fingerprint is of the key', () => {
    fc.assert(
      fc.property(SEEDS, fc.constantFrom(...ESCAPES), filler, (seed, enc, before) => {
        const key = fakeBase64(64, seed);
        const written = enc(key);
        const text = `${before}\nKRAKEN_API_SECRET="${written}"\n`;
        const f = scan(text, { salt: 'p' }).find((x) => x.rule === 'kraken-private-key');
        if (/(?:x{4}|X{4})/.test(key)) return; // a placeholder by construction; reported as info
        expect(f).toBeDefined();
        expect(decode(text.slice(f?.start, f?.end)).text).toBe(key);
        expect(f?.fingerprint).toBe(fingerprint(key, 'p'));
      }),
      { numRuns: 300 },
    );
  });

  it('redaction never shows more than 4 consecutive characters of the secret body', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/_-'), minLength: 1, maxLength: 300 }), fc.nat({ max: 12 }), (body, prefixLen) => {
        const prefix = 'p'.repeat(prefixLen).replace(/p/g, '#');
        const preview = redact(prefix + body, prefix.length);
        expect(preview.startsWith(prefix)).toBe(true);
        const shown = preview.slice(prefix.length);
        for (let i = 0; i + 5 <= shown.length; i++) expect(body.includes(shown.slice(i, i + 5))).toBe(false);
        const revealed = shown.replace('…', '').length;
        expect(revealed).toBeLessThanOrEqual(Math.min(8, Math.floor(body.length / 4)));
      }),
      { numRuns: 500 },
    );
  });

  it('previews of real findings hold no 5-character piece of the key body', () => {
    for (const ex of EXAMPLE_KEYS) {
      for (const f of scan(ex.text)) {
        const value = ex.text.slice(f.start, f.end);
        const rule = RULES.find((r) => r.id === f.rule || r.variants?.includes(f.rule));
        const prefix = rule?.prefix?.exec(value)?.[0] ?? '';
        const body = value.slice(prefix.length);
        const shown = f.redacted.startsWith('-----BEGIN') ? f.redacted.replace(/^-----BEGIN [A-Z ]+-----/, '') : f.redacted.slice(prefix.length);
        for (let i = 0; i + 5 <= shown.length; i++) {
          const piece = shown.slice(i, i + 5);
          expect(body.includes(piece), `${f.rule} ${f.redacted}`).toBe(false);
        }
      }
    }
  });

  it('includeGeneric never turns a provider finding into a generic one', () => {
    // Pieces that make the generic rules and providers' rules compete for the same values: the
    // assignment names the opt-in rule reads, quoted keys of every rule, bare key shapes.
    const names = fc.constantFrom('password = ', 'api_key: ', '"client_secret": ', 'token=', 'secret: ', 'kraken_secret = ', 'x = ', '');
    const quotes = fc.constantFrom('"', "'", '');
    const value = fc.oneof(
      fc.constantFrom(...EXAMPLE_KEYS.map((e) => e.text.slice(e.start, e.end))),
      SEEDS.map((n) => fakeBase64(64, n)),
      SEEDS.map((n) => fakeBase64(42, n)),
      SEEDS.map((n) => fakeCrcToken('ghp_', n)),
    );
    const piece = fc.oneof(
      fc.tuple(names, quotes, value).map(([n, q, v]) => `${n}${q}${v}${q}`),
      fc.constantFrom(...EXAMPLE_KEYS.map((e) => e.text)),
      filler,
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 10 }), fc.constantFrom('\n', ' ', '; '), (parts, sep) => {
        const text = parts.join(sep);
        const withGeneric = scan(text, { includeGeneric: true });
        for (const f of scan(text).filter((x) => x.provider !== 'generic')) {
          const same = withGeneric.find((g) => g.start === f.start && g.end === f.end);
          expect(same && { provider: same.provider, rule: same.rule }, `${f.rule} in ${JSON.stringify(text)}`).toEqual({ provider: f.provider, rule: f.rule });
        }
      }),
      { numRuns: 400 },
    );
  });

  it('a scan of each candidate window agrees with the scan of the whole text', () => {
    const piece = fc.oneof(filler, fc.constantFrom(...EXAMPLE_KEYS.map((e) => e.text)), SEEDS.map((s) => fakeCrcToken('ghp_', s)));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (parts) => {
        const text = parts.join('\n');
        const whole = scan(text);
        const windows = candidateWindows(text);
        for (const f of whole) {
          const w = windows.find((x) => x.start <= f.start && f.end <= x.end);
          expect(w).toBeDefined();
          if (!w) continue;
          const again = scan(text.slice(w.start, w.end)).find((g) => g.start + w.start === f.start && g.end + w.start === f.end);
          expect(again && { rule: again.rule, severity: again.severity, fingerprint: again.fingerprint, example: again.example }).toEqual({
            rule: f.rule, severity: f.severity, fingerprint: f.fingerprint, example: f.example,
          });
        }
      }),
      { numRuns: 150 },
    );
  });
});
