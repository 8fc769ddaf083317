// Content-script text bookkeeping: joined blocks, segments of where each part came from, windows
// cut to the message limit, hashing.
import { describe, expect, it } from 'vitest';
import { candidateWindow, segmentsIn, TextBuffer, windowCuts } from '../../../src/content/collect';
import { hashString } from '../../../src/shared/hash';
import { LIMITS, whereInWindow } from '../../../src/shared/protocol';
import type { Where } from '../../../src/shared/surfaces';

describe('TextBuffer', () => {
  it('joins pieces of one block without a separator and separates blocks with a newline', () => {
    const b = new TextBuffer<Where>();
    b.append('ghp_', 'code', true);
    b.append('abc', 'code', false); // next highlighter span of the same block
    b.append('next paragraph', 'text', true);
    const { text, segments } = b.take();
    expect(text).toBe('ghp_abc\nnext paragraph');
    expect(segments).toEqual([{ start: 0, origin: 'code' }, { start: 8, origin: 'text' }]);
    expect(b.length).toBe(0);
  });

  it('starts a segment where the origin changes, compared by identity', () => {
    const first = { block: 1 };
    const b = new TextBuffer<object>();
    b.append('one', first, true);
    b.append('two', first, false);
    b.append('three', { block: 1 }, false);
    expect(b.take().segments.map((s) => s.start)).toEqual([0, 6]);
  });
});

describe('windows', () => {
  it('mark where each part of a window came from, relative to the window', () => {
    const b = new TextBuffer<Where>();
    b.append('intro ', 'text', true);
    b.append('Kraken API keys', 'text', true);
    b.append('secret in a code block', 'code', true);
    const { text, segments } = b.take();
    const start = text.indexOf('Kraken');
    const w = candidateWindow(text.slice(start), segmentsIn(segments, start, text.length));
    expect(w.where).toBe('text');
    expect(whereInWindow(w, 0)).toBe('text');
    expect(whereInWindow(w, w.text.indexOf('secret'))).toBe('code');
    expect(w.marks).toEqual([[w.text.indexOf('secret'), 'code']]);
  });

  it('leave out marks that do not change the surface', () => {
    expect(candidateWindow('abc', [{ start: 0, origin: 'code' }, { start: 1, origin: 'code' }])).toEqual({ text: 'abc', where: 'code' });
  });

  it('are cut to the message limit with overlap, so nothing is lost at a cut', () => {
    const text = 'x'.repeat(20_000);
    const cuts = windowCuts(text, [{ start: 0, end: text.length }]);
    expect(cuts.every((c) => c.end - c.start <= LIMITS.windowChars)).toBe(true);
    const step = LIMITS.windowChars / 2;
    expect(cuts.length).toBe(Math.ceil((text.length - LIMITS.windowChars) / step) + 1);
    expect(cuts[cuts.length - 1]!.end).toBe(text.length);
  });

  it('leave out spans that are only whitespace', () => {
    expect(windowCuts('   \n  ', [{ start: 0, end: 6 }])).toEqual([]);
  });
});

describe('helpers', () => {
  it('hashString is stable and spreads', () => {
    expect(hashString('abc')).toBe(hashString('abc'));
    expect(hashString('abc')).not.toBe(hashString('abd'));
    expect(Number.isSafeInteger(hashString('x'.repeat(1000)))).toBe(true);
  });
});
