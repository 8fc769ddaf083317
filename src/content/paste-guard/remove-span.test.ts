import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { locateNearest, normalizeSpans, removeSpans } from './remove-span';

const KEY = 'Zk3p9QvX2mLr8TnB4yHc';

describe('removeSpans', () => {
  it('removes exactly the key and keeps the text around it', () => {
    const value = `my key is ${KEY} thanks`;
    const start = value.indexOf(KEY);
    const out = removeSpans(value, [{ start, end: start + KEY.length }], value.length);
    expect(out.value).toBe('my key is  thanks');
    expect(out.caret).toBe(out.value.length);
  });

  it('moves a caret after the key left by the key’s length', () => {
    const value = `a ${KEY} b`;
    const out = removeSpans(value, [{ start: 2, end: 2 + KEY.length }], value.length - 1);
    expect(out).toEqual({ value: 'a  b', caret: 3 });
  });

  it('leaves a caret before the key where it is', () => {
    const value = `a ${KEY} b`;
    expect(removeSpans(value, [{ start: 2, end: 2 + KEY.length }], 1).caret).toBe(1);
  });

  it('puts a caret inside the key where the key was', () => {
    const value = `a ${KEY} b`;
    expect(removeSpans(value, [{ start: 2, end: 2 + KEY.length }], 7)).toEqual({ value: 'a  b', caret: 2 });
  });

  it('removes a key pair (two spans, any order) in one go', () => {
    const value = `key ${KEY}\nsecret ${KEY}X\nend`;
    const a = value.indexOf(KEY);
    const b = value.lastIndexOf(KEY);
    const out = removeSpans(value, [{ start: b, end: b + KEY.length + 1 }, { start: a, end: a + KEY.length }], value.length);
    expect(out.value).toBe('key \nsecret \nend');
    expect(out.caret).toBe(out.value.length);
  });

  it('merges overlapping spans and ignores empty or out-of-range ones', () => {
    expect(normalizeSpans([{ start: 5, end: 9 }, { start: 2, end: 6 }, { start: 7, end: 7 }, { start: 20, end: 30 }], 10))
      .toEqual([{ start: 2, end: 9 }]);
  });

  it('never removes more than the spans cover (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), fc.nat(60), fc.nat(60), fc.nat(60), (value, x, y, caret) => {
        const start = Math.min(x, y, value.length);
        const end = Math.min(Math.max(x, y), value.length);
        const out = removeSpans(value, [{ start, end }], caret);
        expect(out.value).toBe(value.slice(0, start) + value.slice(end));
        expect(out.caret).toBeGreaterThanOrEqual(0);
        expect(out.caret).toBeLessThanOrEqual(out.value.length);
      }),
    );
  });
});

describe('locateNearest', () => {
  it('finds the occurrence closest to where the key was seen', () => {
    const value = `${KEY} ... ${KEY} ... ${KEY}`;
    const second = value.indexOf(KEY, 1);
    expect(locateNearest(value, KEY, second + 2)).toEqual({ start: second, end: second + KEY.length });
    expect(locateNearest(value, KEY, 0)).toEqual({ start: 0, end: KEY.length });
  });
  it('is undefined when the key is gone', () => {
    expect(locateNearest('nothing here', KEY, 3)).toBeUndefined();
  });
});
