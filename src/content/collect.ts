// Pure text bookkeeping for the content script: page text is appended in pieces (each with where
// it came from), then cut into the small windows around key-character runs that go to the worker.
import { LIMITS, type CandidateWindow } from '../shared/protocol';
import type { Where } from '../shared/surfaces';
import type { Span } from '../shared/protocol';

export interface Segment {
  start: number;
  where: Where;
}

/**
 * Accumulates text and remembers which part came from where. Pieces of one block are joined
 * without a separator (a token split over highlighter spans becomes whole again); blocks are
 * separated by a newline so unrelated text never fuses into one token.
 */
export class TextBuffer {
  private parts: string[] = [];
  private segments: Segment[] = [];
  length = 0;

  append(text: string, where: Where, newBlock: boolean): void {
    if (newBlock && this.length > 0) this.push('\n');
    const last = this.segments[this.segments.length - 1];
    if (!last || last.where !== where) this.segments.push({ start: this.length, where });
    this.push(text);
  }

  private push(text: string): void {
    this.parts.push(text);
    this.length += text.length;
  }

  /** Takes the text and its segments out, leaving the buffer empty. */
  take(): { text: string; segments: Segment[] } {
    const text = this.parts.join('');
    const segments = this.segments;
    this.parts = [];
    this.segments = [];
    this.length = 0;
    return { text, segments };
  }
}

/** Index of the last segment starting at or before offset (binary search). */
function segmentIndex(segments: readonly Segment[], offset: number): number {
  let lo = 0;
  let hi = segments.length - 1;
  let found = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (segments[mid]!.start <= offset) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found;
}

/** The window text[start, end) with where its parts came from. */
function windowAt(text: string, segments: readonly Segment[], start: number, end: number): CandidateWindow {
  const first = segmentIndex(segments, start);
  const w: CandidateWindow = { text: text.slice(start, end), where: segments[first]?.where ?? 'text' };
  const marks: Array<[number, Where]> = [];
  for (let i = first + 1; i < segments.length && segments[i]!.start < end; i++) {
    marks.push([segments[i]!.start - start, segments[i]!.where]);
  }
  if (marks.length) w.marks = marks.slice(0, 64);
  return w;
}

/**
 * Windows of `text` for the worker, each at most the message limit long. Over-long windows are cut
 * with an overlap so that a key crossing a cut is still whole in one piece.
 */
export function windowsOf(text: string, spans: readonly Span[], segments: readonly Segment[]): CandidateWindow[] {
  const max = LIMITS.windowChars;
  const overlap = max / 2;
  const out: CandidateWindow[] = [];
  for (const { start, end } of spans) {
    const stop = Math.min(end, text.length);
    for (let s = Math.max(0, start); s < stop; s += max - overlap) {
      const e = Math.min(stop, s + max);
      if (text.slice(s, e).trim()) out.push(windowAt(text, segments, s, e));
      if (e >= stop) break;
    }
  }
  return out;
}

/** 53-bit string hash (cyrb53): remembers which windows were sent, without keeping their text. */
export function hashString(s: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}
