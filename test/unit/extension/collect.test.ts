// Content-script text bookkeeping: joined blocks, windows with where each part came from, hashing.
import { describe, expect, it } from 'vitest';
import { hashString, TextBuffer, windowsOf } from '../../../src/content/collect';
import { LIMITS, whereInWindow } from '../../../src/shared/protocol';

describe('TextBuffer', () => {
  it('joins pieces of one block without a separator and separates blocks with a newline', () => {
    const b = new TextBuffer();
    b.append('ghp_', 'code', true);
    b.append('abc', 'code', false); // next highlighter span of the same block
    b.append('next paragraph', 'text', true);
    const { text, segments } = b.take();
    expect(text).toBe('ghp_abc\nnext paragraph');
    expect(segments).toEqual([{ start: 0, where: 'code' }, { start: 8, where: 'text' }]);
    expect(b.length).toBe(0);
  });
});

describe('windowsOf', () => {
  it('marks where each part of a window came from', () => {
    const b = new TextBuffer();
    b.append('Kraken API keys', 'text', true);
    b.append('secret in a code block', 'code', true);
    const { text, segments } = b.take();
    const [w] = windowsOf(text, [{ start: 0, end: text.length }], segments);
    expect(w!.where).toBe('text');
    expect(whereInWindow(w!, 0)).toBe('text');
    expect(whereInWindow(w!, text.indexOf('secret'))).toBe('code');
  });

  it('cuts over-long windows with overlap so nothing is lost at a cut', () => {
    const text = 'x'.repeat(20_000);
    const ws = windowsOf(text, [{ start: 0, end: text.length }], [{ start: 0, where: 'text' }]);
    expect(ws.every((w) => w.text.length <= LIMITS.windowChars)).toBe(true);
    const step = LIMITS.windowChars / 2;
    expect(ws.length).toBe(Math.ceil((text.length - LIMITS.windowChars) / step) + 1);
  });

  it('skips windows that are only whitespace', () => {
    expect(windowsOf('   \n  ', [{ start: 0, end: 6 }], [{ start: 0, where: 'text' }])).toEqual([]);
  });
});

describe('helpers', () => {
  it('hashString is stable and spreads', () => {
    expect(hashString('abc')).toBe(hashString('abc'));
    expect(hashString('abc')).not.toBe(hashString('abd'));
    expect(Number.isSafeInteger(hashString('x'.repeat(1000)))).toBe(true);
  });
});
