import { describe, expect, it } from 'vitest';
import { EDIT_RADIUS, scanWindow, WHOLE_TEXT_LIMIT } from './window';

const filler = (n: number) => 'lorem ipsum dolor sit amet '.repeat(Math.ceil(n / 27)).slice(0, n);

describe('scanWindow', () => {
  it('scans short texts whole', () => {
    expect(scanWindow('short', 2, 3)).toEqual({ start: 0, end: 5 });
  });

  it('scans a bounded window around an edit in a long text, ending on whitespace', () => {
    const text = filler(WHOLE_TEXT_LIMIT * 4);
    const w = scanWindow(text, 60_000, 60_001);
    expect(w.end - w.start).toBeLessThan(2 * EDIT_RADIUS + 1100);
    expect(w.start).toBeLessThanOrEqual(60_000 - EDIT_RADIUS);
    expect(/\s/.test(text[w.start - 1] ?? ' ')).toBe(true);
    expect(/\s/.test(text[w.end] ?? ' ')).toBe(true);
  });

  it('widens a window edge that falls inside a long token so the token is not cut', () => {
    const token = 'x'.repeat(300);
    const text = filler(50_000) + ' ' + token + ' ' + filler(50_000);
    const tokenStart = 50_001;
    const w = scanWindow(text, tokenStart + 100 + EDIT_RADIUS, tokenStart + 100 + EDIT_RADIUS);
    expect(w.start).toBe(tokenStart);
  });
});
