// What leaves the scanner. Page text read first, and attribute and field values (one per line,
// with their surface), go to the worker as chunks (readers.ts, chunks.ts), which answers with the
// windows that hold a finding: each distinct one (only a hash is kept) is located on the page (each
// part's block and surface: locate.ts) and sent to be recorded (page:candidates), in messages of at
// most LIMITS.windowsPerMessage.
import { LIMITS, type CandidateWindow, type Span } from '../../shared/protocol';
import type { Where } from '../../shared/surfaces';
import { hashString } from '../../shared/hash';
import { segmentsIn, TextBuffer, windowCuts, type Segment } from '../collect';
import { mayBePhraseWord, MIN_RUN } from '../../gate';
import { CHUNK_CHARS, PIECE_CHARS } from './budgets';
import type { OnAnswer } from './chunks';

/**
 * Where a part of the page's text was seen: a surface known at once (attribute and field values),
 * or the block it belongs to, whose surface is looked up only if the worker finds something there.
 */
export type Origin = Where | { block: Element; inShadow: boolean };

/** A window the worker found something in, with what it takes to locate its parts. */
export interface Pending {
  text: string;
  segments: Segment<Origin>[];
}

export interface EmitterPorts {
  /** Located windows (and the stopped-early flag) to be recorded. */
  send(windows: CandidateWindow[], stoppedEarly: boolean): void;
  /** Windows the worker found something in, to be located in a later step. */
  found(windows: Pending[]): void;
  /** The page budget ran out (the worker is told once). */
  stopped(): boolean;
  /** Values to be gated in the worker (the scanner's ChunkQueue): `onAnswer` runs in a later step. */
  gateValues(text: string, onAnswer: OnAnswer): void;
}

export class Emitter {
  private sent = new Set<number>();
  private readonly values = new TextBuffer<Origin>();
  private stoppedReported = false;

  constructor(private readonly ports: EmitterPorts) {}

  reset(): void {
    this.sent = new Set();
    this.values.take();
    this.stoppedReported = false;
  }

  /**
   * The windows the worker found something in (`spans` of `text`, merged), cut with their segments:
   * each distinct one located once per page.
   */
  found(text: string, segments: readonly Segment<Origin>[], spans: readonly Span[]): void {
    const fresh: Pending[] = [];
    for (const { start, end } of windowCuts(text, spans)) {
      const window = text.slice(start, end);
      const h = hashString(window);
      if (this.sent.has(h)) continue;
      this.sent.add(h);
      fresh.push({ text: window, segments: segmentsIn(segments, start, end) });
    }
    if (fresh.length > 0) this.ports.found(fresh);
  }

  /**
   * An attribute or field value, kept until flushValues() (or a chunk's worth) and then handed to
   * the worker ungated. Returns its length read.
   */
  addValue(value: string | null, where: Where): number {
    if (!value) return 0;
    // Too short for a key. One word per input (a phrase typed into 12 or 24 boxes) is kept, so the
    // words of consecutive fields meet one per line, as a phrase.
    if (value.length < MIN_RUN && (where !== 'form-field' || !mayBePhraseWord(value))) return 0;
    if (value.length > CHUNK_CHARS) {
      // A value of its own (a data: URL, a srcdoc): after the values before it, which it stands between.
      this.flushValues();
      this.gateBigValue(value, where);
      return value.length;
    }
    this.values.append(value, where, true);
    if (this.values.length >= CHUNK_CHARS) this.flushValues();
    return value.length;
  }

  /** Hands the values kept to the worker, one chunk. */
  flushValues(): void {
    if (!this.values.length) return;
    const { text, segments } = this.values.take();
    this.ports.gateValues(text, (spans) => this.found(text, segments, spans));
  }

  /** A value longer than a chunk, by pieces that overlap by a window (a key across a cut is whole in one). */
  private gateBigValue(value: string, where: Where): void {
    const segments = [{ start: 0, origin: where }];
    for (let at = 0; ; at += PIECE_CHARS - LIMITS.windowChars) {
      const piece = value.slice(at, at + PIECE_CHARS);
      this.ports.gateValues(piece, (spans) => this.found(piece, segments, spans));
      if (at + PIECE_CHARS >= value.length) return;
    }
  }

  /** Tells the worker once when the page budget ran out. */
  flush(): void {
    if (this.ports.stopped() && !this.stoppedReported) {
      this.stoppedReported = true;
      this.deliver([]);
    }
  }

  /** Located windows go to be recorded, in messages of at most LIMITS.windowsPerMessage. */
  deliver(windows: readonly CandidateWindow[]): void {
    const stopped = this.ports.stopped();
    if (windows.length === 0) this.ports.send([], stopped);
    for (let i = 0; i < windows.length; i += LIMITS.windowsPerMessage) {
      this.ports.send(windows.slice(i, i + LIMITS.windowsPerMessage), stopped);
    }
  }
}
