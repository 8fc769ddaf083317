// The content script's native gate before the engine's prefilter must never hide a key the
// engine reports: every rule's positive example passes it, as written and escaped.
import { describe, expect, it } from 'vitest';
import { mayHoldKey } from '../../../src/content/collect';
import { RULES, scan } from '../../../src/engine';

const escapes: Array<[string, (s: string) => string]> = [
  ['JSON \\/', (s) => s.replaceAll('/', '\\/')],
  ['\\u escapes', (s) => s.replace(/[+/=_-]/g, (c) => `\\u00${c.charCodeAt(0).toString(16)}`)],
  ['HTML entities', (s) => s.replace(/[+/=_-]/g, (c) => `&#${c.charCodeAt(0)};`)],
  ['percent', (s) => s.replace(/[+/=]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)],
];

describe('mayHoldKey', () => {
  it('passes every text in which the engine finds something', () => {
    let found = 0;
    for (const rule of RULES) {
      for (const example of rule.examples.positive) {
        if (scan(example).length === 0) continue;
        found++;
        expect(mayHoldKey(example), `${rule.id}: ${example}`).toBe(true);
        for (const [name, escape] of escapes) {
          const escaped = escape(example);
          if (scan(escaped).length > 0) expect(mayHoldKey(escaped), `${rule.id} ${name}`).toBe(true);
        }
      }
    }
    expect(found).toBeGreaterThan(50);
  });

  it('rejects prose, short identifiers and plain URLs without long runs', () => {
    expect(mayHoldKey('alpha beta gamma delta epsilon, const value1499 = "omicron pi";')).toBe(false);
    expect(mayHoldKey('see /doc/12 and https://a.example/x/y')).toBe(false);
    expect(mayHoldKey('token ghp_' + 'a'.repeat(12))).toBe(true);
    expect(mayHoldKey('key: abc\\/def')).toBe(true);
  });
});
