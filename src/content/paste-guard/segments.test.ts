import { describe, expect, it } from 'vitest';
import { offsetOf, pointAt, type Segment } from './segments';

// Text "ab" + "cd" + "\n" (block break) + "ef": nodes are plain labels here.
const SEGS: Segment<string>[] = [
  { start: 0, length: 2, node: 'A' },
  { start: 2, length: 2, node: 'B' },
  { start: 4, length: 1, node: undefined },
  { start: 5, length: 2, node: 'C' },
];

describe('pointAt', () => {
  it('maps offsets inside a node', () => {
    expect(pointAt(SEGS, 1, 'start')).toEqual({ node: 'A', offset: 1 });
    expect(pointAt(SEGS, 3, 'end')).toEqual({ node: 'B', offset: 1 });
  });
  it('puts a span start at a node boundary into the following node, an end into the preceding one', () => {
    expect(pointAt(SEGS, 2, 'start')).toEqual({ node: 'B', offset: 0 });
    expect(pointAt(SEGS, 2, 'end')).toEqual({ node: 'A', offset: 2 });
  });
  it('skips synthetic line breaks in the right direction', () => {
    expect(pointAt(SEGS, 4, 'start')).toEqual({ node: 'C', offset: 0 });
    expect(pointAt(SEGS, 4, 'end')).toEqual({ node: 'B', offset: 2 });
    // An end just past the break includes the break: the range ends at the start of the next block.
    expect(pointAt(SEGS, 5, 'end')).toEqual({ node: 'C', offset: 0 });
    expect(pointAt(SEGS, 7, 'end')).toEqual({ node: 'C', offset: 2 });
  });
  it('is undefined with no text nodes', () => {
    expect(pointAt([], 0, 'start')).toBeUndefined();
  });
});

describe('offsetOf', () => {
  it('maps a text point back to an offset', () => {
    expect(offsetOf(SEGS, 'C', 1)).toBe(6);
    expect(offsetOf(SEGS, 'Z', 1)).toBeUndefined();
  });
});
