// Property tests for the engine: whatever a page holds, scan() returns, in bounded time, findings
// whose spans lie inside the text and that carry no copy of the key; the prefilter and the
// candidate windows (what the content script sends) never lose a finding.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { candidateWindows, hasCandidate, isAlert, scan, type Finding } from '../../../src/engine';
import { RULE_GATES } from '../../../src/engine/prefilter';
import { adversarialText, EXAMPLE_KEYS, hugeText, keyish, keysOf, timed } from './arbitraries';

const GATED_KEYS = new Set(keysOf([...RULE_GATES.keys()]));

// A hang, not a speed target (speed is measured in bench/): generous for a shared 2-core machine.
const MAX_MS_PER_INPUT = 3_000;

function checkSpans(text: string, findings: Finding[]): void {
  for (const f of findings) {
    expect(Number.isInteger(f.start) && Number.isInteger(f.end)).toBe(true);
    expect(f.start).toBeGreaterThanOrEqual(0);
    expect(f.end).toBeGreaterThan(f.start);
    expect(f.end).toBeLessThanOrEqual(text.length);
    expect(f.fingerprint).toMatch(/^[0-9a-f]{64}$/);
  }
}

/** No field of a finding repeats the key as written (a key of 16+ chars; shorter ones are ids). */
function checkNoRawValue(text: string, findings: Finding[]): void {
  for (const f of findings) {
    const raw = text.slice(f.start, f.end);
    if (raw.length < 16) continue;
    expect(JSON.stringify({ ...f, start: 0, end: 0 })).not.toContain(raw);
  }
}

describe('engine under fuzzing', () => {
  it('finds the example keys it is built from (the generators reach the rules)', () => {
    expect(EXAMPLE_KEYS.length).toBeGreaterThan(40);
    // Keys of rules that need their provider's word (RULE_GATES) cannot report after a bare name.
    const reachable = EXAMPLE_KEYS.filter((k) => !GATED_KEYS.has(k));
    const found = reachable.filter((k) => scan(`apiKey: ${k}`, { includeGeneric: true }).length > 0);
    expect(found.length / reachable.length).toBeGreaterThan(0.5);
  });

  it('never throws, never hangs, keeps spans in the text and no raw value in findings', () => {
    fc.assert(fc.property(adversarialText, fc.boolean(), fc.constantFrom('text', 'qr') as fc.Arbitrary<'text' | 'qr'>,
      (text, includeGeneric, source) => {
        const { ms, value } = timed(() => scan(text, { salt: 'fuzz', includeGeneric, source, context: 'kraken api' }));
        expect(ms).toBeLessThan(MAX_MS_PER_INPUT);
        checkSpans(text, value);
        checkNoRawValue(text, value);
        for (const f of value) expect(f.source).toBe(source);
      }), { numRuns: 400 });
  });

  it('handles huge runs (tens of thousands of repeated units) in bounded time', () => {
    fc.assert(fc.property(hugeText, (text) => {
      const { ms, value } = timed(() => scan(text, { includeGeneric: true }));
      expect(ms).toBeLessThan(MAX_MS_PER_INPUT);
      checkSpans(text, value);
      const windows = timed(() => candidateWindows(text));
      expect(windows.ms).toBeLessThan(MAX_MS_PER_INPUT);
    }), { numRuns: 30 });
  });

  it('hasCandidate() never misses what scan() reports', () => {
    fc.assert(fc.property(adversarialText, (text) => {
      if (!hasCandidate(text)) expect(scan(text)).toEqual([]);
    }), { numRuns: 400 });
  });

  it('candidate windows are sorted, disjoint, inside the text, and cover every alerting finding, which a scan of the window alone finds again', () => {
    fc.assert(fc.property(adversarialText, (text) => {
      const windows = candidateWindows(text);
      let previousEnd = -1;
      for (const w of windows) {
        expect(w.start).toBeGreaterThan(previousEnd);
        expect(w.end).toBeGreaterThan(w.start);
        expect(w.end).toBeLessThanOrEqual(text.length);
        previousEnd = w.end;
      }
      for (const f of scan(text, { salt: 's' }).filter(isAlert)) {
        const home = windows.find((w) => w.start <= f.start && f.end <= w.end);
        expect(home).toBeDefined();
        // The worker scans only the window: it must find the same key there.
        const again = scan(text.slice(home?.start, home?.end), { salt: 's' }).map((g) => g.fingerprint);
        expect(again).toContain(f.fingerprint);
      }
    }), { numRuns: 400 });
  });

  it('the same key gives the same fingerprint under one salt, a different one under another', () => {
    fc.assert(fc.property(keyish, (text) => {
      const a = scan(text, { salt: 'one' });
      const b = scan(text, { salt: 'one' });
      const c = scan(text, { salt: 'two' });
      expect(b.map((f) => f.fingerprint)).toEqual(a.map((f) => f.fingerprint));
      for (const [i, f] of a.entries()) expect(c[i]?.fingerprint).not.toBe(f.fingerprint);
    }), { numRuns: 200 });
  });
});
