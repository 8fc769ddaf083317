// Scanning a text of any size that arrives in pieces (a file read in chunks, a script file handed
// over from a page), in bounded memory, with each finding placed by line and column. Pure: the
// caller decodes bytes and passes text; `scanText` is the engine's scan with the caller's options.
import type { Finding } from './types';

/** A finding placed in its text: 1-based line/column of the first and one past the last character. */
export interface LocatedFinding extends Finding {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface ChunkOptions {
  /** Characters scanned per window besides the overlap. Small values are for tests. */
  chunkChars?: number;
  /** Characters shared by consecutive windows; keys up to half this long are found whole. */
  overlapChars?: number;
}

export const DEFAULT_CHUNK_CHARS = 4 * 1024 * 1024;
export const DEFAULT_OVERLAP_CHARS = 64 * 1024;

/**
 * Scans text pushed in pieces in overlapping windows. Each window owns the findings that start in
 * its middle part; a key crossing a window border is therefore seen whole by exactly one window and
 * reported once, with offsets, lines and columns of the whole text (UTF-16 code units, like spans).
 */
export class TextScanStream {
  private readonly overlap: number;
  private readonly windowChars: number;
  private readonly half: number;
  private readonly found: LocatedFinding[] = [];
  private buffer = ''; // undecided text, starting at offset `bufferStart`
  private bufferStart = 0;
  private linesBefore = 0; // '\n' characters before bufferStart
  private lastNewlineBefore = -1; // offset of the last '\n' before bufferStart
  private ownedFrom = 0; // findings starting earlier were reported by a previous window

  constructor(private readonly scanText: (text: string) => Finding[], options: ChunkOptions = {}) {
    this.overlap = Math.max(2, options.overlapChars ?? DEFAULT_OVERLAP_CHARS);
    this.windowChars = Math.max(1, options.chunkChars ?? DEFAULT_CHUNK_CHARS) + this.overlap;
    this.half = Math.floor(this.overlap / 2);
  }

  /** Characters pushed so far. */
  get length(): number {
    return this.bufferStart + this.buffer.length;
  }

  /** Adds text; every window that is full is scanned now. */
  push(text: string): void {
    this.buffer += text;
    while (this.buffer.length >= this.windowChars) this.scanWindow(false);
  }

  /** Scans what is left; returns every finding of the whole text, in order of the windows. */
  end(): LocatedFinding[] {
    this.scanWindow(true);
    this.buffer = '';
    return this.found;
  }

  private scanWindow(final: boolean): void {
    const length = final ? this.buffer.length : this.windowChars;
    const text = this.buffer.slice(0, length);
    const ownedUntil = final ? Infinity : length - this.half; // later starts belong to the next window
    const from = this.ownedFrom - this.bufferStart;
    const mine = this.scanText(text).filter((f) => f.start >= from && f.start < ownedUntil);
    if (mine.length > 0) this.found.push(...locate(text, mine, this.bufferStart, this.linesBefore, this.lastNewlineBefore));
    if (final) return;
    const advance = length - this.overlap;
    const dropped = this.buffer.slice(0, advance);
    for (let i = dropped.indexOf('\n'); i !== -1; i = dropped.indexOf('\n', i + 1)) {
      this.linesBefore++;
      this.lastNewlineBefore = this.bufferStart + i;
    }
    this.ownedFrom = this.bufferStart + ownedUntil;
    this.bufferStart += advance;
    this.buffer = this.buffer.slice(advance);
  }
}

/**
 * Places findings of `text` by line and column. `text` may be a window of a larger text starting
 * at offset `base`, after `linesBefore` newlines, the last of them at `lastNewlineBefore`; the
 * findings' offsets become offsets of the whole text.
 */
export function locate(text: string, findings: readonly Finding[], base = 0, linesBefore = 0, lastNewlineBefore = -1): LocatedFinding[] {
  if (findings.length === 0) return [];
  const newlines: number[] = [];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) newlines.push(i);
  const at = (offset: number): { line: number; column: number } => {
    // Count newlines strictly before `offset` (binary search).
    let lo = 0;
    let hi = newlines.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((newlines[mid] as number) < offset) lo = mid + 1;
      else hi = mid;
    }
    const lastNewline = lo > 0 ? base + (newlines[lo - 1] as number) : lastNewlineBefore;
    return { line: linesBefore + lo + 1, column: base + offset - lastNewline };
  };
  return findings.map((f) => {
    const start = at(f.start);
    const end = at(f.end);
    return {
      ...f,
      start: f.start + base,
      end: f.end + base,
      line: start.line,
      column: start.column,
      endLine: end.line,
      endColumn: end.column,
    };
  });
}
