// Pure text bookkeeping for the content script: page text is appended in pieces, each with where it
// came from (an origin the caller chooses: a surface, or what to find the surface from later), then
// cut into the small windows around the gate's runs that go to the worker.
import { LIMITS, type CandidateWindow, type Span } from '../shared/protocol';
import type { Where } from '../shared/surfaces';

export interface Segment<Origin> {
  start: number;
  origin: Origin;
}

/**
 * Accumulates text and remembers which part came from where. Pieces of one block are joined
 * without a separator (a token split over highlighter spans becomes whole again); blocks are
 * separated by a newline so unrelated text never fuses into one token. Consecutive pieces with the
 * same origin (compared by identity) share one segment.
 */
export class TextBuffer<Origin> {
  private parts: string[] = [];
  private segments: Segment<Origin>[] = [];
  length = 0;

  append(text: string, origin: Origin, newBlock: boolean): void {
    if (newBlock && this.length > 0) this.push('\n');
    const last = this.segments[this.segments.length - 1];
    if (!last || last.origin !== origin) this.segments.push({ start: this.length, origin });
    this.push(text);
  }

  /** Starts an empty buffer with text already read (the end of the chunk before) and its segments. */
  carry(text: string, segments: readonly Segment<Origin>[]): void {
    this.parts = text ? [text] : [];
    this.segments = [...segments];
    this.length = text.length;
  }

  private push(text: string): void {
    this.parts.push(text);
    this.length += text.length;
  }

  /** Takes the text and its segments out, leaving the buffer empty. */
  take(): { text: string; segments: Segment<Origin>[] } {
    const text = this.parts.length === 1 ? this.parts[0]! : this.parts.join('');
    const segments = this.segments;
    this.parts = [];
    this.segments = [];
    this.length = 0;
    return { text, segments };
  }
}

/** Index of the last segment starting at or before offset (binary search). */
function segmentIndex(segments: readonly Segment<unknown>[], offset: number): number {
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

/** The segments covering text[start, end), with offsets relative to `start`. */
export function segmentsIn<Origin>(segments: readonly Segment<Origin>[], start: number, end: number): Segment<Origin>[] {
  if (segments.length === 0) return [];
  const first = segmentIndex(segments, start);
  const out: Segment<Origin>[] = [{ start: 0, origin: segments[first]!.origin }];
  for (let i = first + 1; i < segments.length && segments[i]!.start < end; i++) {
    out.push({ start: segments[i]!.start - start, origin: segments[i]!.origin });
  }
  return out;
}

/**
 * The spans of `text` to send, each at most the message limit long. Over-long spans are cut with
 * an overlap so that a key crossing a cut is still whole in one piece; blank ones are left out.
 */
export function windowCuts(text: string, spans: readonly Span[]): Span[] {
  const max = LIMITS.windowChars;
  const overlap = max / 2;
  const out: Span[] = [];
  for (const { start, end } of spans) {
    const stop = Math.min(end, text.length);
    for (let s = Math.max(0, start); s < stop; s += max - overlap) {
      const e = Math.min(stop, s + max);
      if (text.slice(s, e).trim()) out.push({ start: s, end: e });
      if (e >= stop) break;
    }
  }
  return out;
}

/** A window for the worker: its text, where it starts, and where the surface changes inside it. */
export function candidateWindow(text: string, segments: readonly Segment<Where>[]): CandidateWindow {
  const w: CandidateWindow = { text, where: segments[0]?.origin ?? 'text' };
  const marks: Array<[number, Where]> = [];
  let last = w.where;
  for (const s of segments.slice(1)) {
    if (s.origin === last) continue;
    marks.push([s.start, s.origin]);
    last = s.origin;
  }
  if (marks.length) w.marks = marks.slice(0, LIMITS.marksPerWindow);
  return w;
}

