// The content script's gate and windows stand in for the engine's own prefilter: they must never
// hide a key the engine reports. Every rule example passes the gate, as written and escaped, and on
// every corpus document the engine finds the same alerts in the windows as in the whole text.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { hasRun, MIN_RUN, runsOf, WINDOW_RADIUS, windowSpans } from '../../../src/content/gate';
import { isAlert, RULES, scan, WINDOW_RADIUS as ENGINE_RADIUS } from '../../../src/engine';
import { buildCorpus, type Split } from '../../corpus/generate';

const escapes: Array<[string, (s: string) => string]> = [
  ['JSON \\/', (s) => s.replaceAll('/', '\\/')],
  ['\\u escapes', (s) => s.replace(/[+/=_-]/g, (c) => `\\u00${c.charCodeAt(0).toString(16)}`)],
  ['HTML entities', (s) => s.replace(/[+/=_-]/g, (c) => `&#${c.charCodeAt(0)};`)],
  ['percent', (s) => s.replace(/[+/=]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)],
];

/** Alert fingerprints the engine finds in the windows of `text`, and in the whole of it. */
function alertsBothWays(text: string): { windows: string[]; whole: string[] } {
  const prints = (t: string) => scan(t, { salt: 's' }).filter(isAlert).map((f) => f.fingerprint);
  const windows = new Set(windowSpans(text).flatMap((w) => prints(text.slice(w.start, w.end))));
  return { windows: [...windows].sort(), whole: [...new Set(prints(text))].sort() };
}

describe('the gate', () => {
  it('passes every text in which the engine finds something, as written and escaped', () => {
    let found = 0;
    for (const rule of RULES) {
      for (const example of rule.examples.positive) {
        if (scan(example).length === 0) continue;
        found++;
        expect(hasRun(example), `${rule.id}: ${example}`).toBe(true);
        for (const [name, escape] of escapes) {
          const escaped = escape(example);
          if (scan(escaped).length > 0) expect(hasRun(escaped), `${rule.id} ${name}`).toBe(true);
        }
      }
    }
    expect(found).toBeGreaterThan(50);
  });

  it('rejects prose, short identifiers and plain URLs', () => {
    expect(hasRun('alpha beta gamma delta epsilon, const value1499 = "omicron pi";')).toBe(false);
    expect(hasRun('see /doc/12 and https://a.example/x/y')).toBe(false);
    expect(hasRun('token ghp_' + 'a'.repeat(12))).toBe(true);
    expect(hasRun('key: abcd\\/efgh\\/ijkl')).toBe(true);
  });

  it('finds exactly the maximal runs of at least MIN_RUN key characters', () => {
    const alphabet = fc.constantFrom(...'aZ09+/_=-\\%&#; .,:"\n');
    fc.assert(fc.property(fc.array(alphabet, { maxLength: 400 }).map((a) => a.join('')), (text) => {
      const expected = [...text.matchAll(/[A-Za-z0-9+/_=\\%&#;-]+/g)]
        .filter((m) => m[0].length >= MIN_RUN)
        .map((m) => ({ start: m.index, end: m.index + m[0].length }));
      expect(runsOf(text)).toEqual(expected);
      expect(hasRun(text)).toBe(expected.length > 0);
    }), { numRuns: 2000 });
  });

  it('keeps at least the engine’s own context radius around each run', () => {
    expect(WINDOW_RADIUS).toBeGreaterThanOrEqual(ENGINE_RADIUS);
  });
});

describe.each<Split>(['dev', 'holdout'])('windows on the %s corpus', (split) => {
  it('give the engine the same alerts as the whole document', () => {
    const docs = buildCorpus(split);
    const differ = docs.filter((d) => {
      const { windows, whole } = alertsBothWays(d.text);
      return windows.join() !== whole.join();
    }).map((d) => d.name);
    expect(docs.length).toBeGreaterThan(50);
    expect(differ).toEqual([]);
  });
});
