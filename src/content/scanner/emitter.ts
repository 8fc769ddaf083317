// What leaves the scanner, in two steps. First the candidate windows as read: the text around the
// gate's runs with a coarse surface, each distinct one once per page (only a hash is kept), in
// messages of at most LIMITS.windowsPerMessage (page:windows). The worker answers which of them
// hold a finding; only those are located on the page (each part's block and surface: locate.ts) and
// sent again to be recorded (page:candidates). Attribute and field values are gathered apart, one
// per line, and go to the worker ungated like first reads (page:chunks): only around the spans it
// names are windows cut, so the page runs no gate over them.
import { LIMITS, type CandidateWindow, type Span } from '../../shared/protocol';
import type { Where } from '../../shared/surfaces';
import { hashString } from '../../shared/hash';
import { segmentsIn, TextBuffer, widen, windowCuts, type Segment } from '../collect';
import { mayBePhraseWord, MIN_RUN, WINDOW_RADIUS, type KeyGate } from '../../gate';
import { CHUNK_CHARS, PIECE_CHARS } from './budgets';
import type { OnAnswer } from './chunks';

/**
 * Where a part of the page's text was seen: a surface known at once (attribute and field values),
 * or the block it belongs to, whose surface is looked up only if the worker finds something there.
 */
export type Origin = Where | { block: Element; inShadow: boolean };

/** A window sent to be confirmed, with what it takes to locate its parts. */
export interface Pending {
  text: string;
  segments: Segment<Origin>[];
}

export interface EmitterPorts {
  /** Candidate windows as read: resolves to the indexes of those that hold a finding. */
  confirm(windows: CandidateWindow[]): Promise<number[]>;
  /** Located windows (and the stopped-early flag) to be recorded. */
  send(windows: CandidateWindow[], stoppedEarly: boolean): void;
  /** Windows the worker confirmed, to be located in a later step. */
  confirmed(windows: Pending[]): void;
  /** The page budget ran out (the worker is told once). */
  stopped(): boolean;
  /** Values to be gated in the worker (the scanner's ChunkQueue): `onAnswer` runs in a later step. */
  gateValues(text: string, onAnswer: OnAnswer): void;
}

/** The surface a window is sent with before it is located. */
function coarseWhere(origin: Origin | undefined): Where {
  if (origin === undefined) return 'text';
  if (typeof origin === 'string') return origin;
  return origin.inShadow ? 'shadow-root' : 'text';
}

export class Emitter {
  private sent = new Set<number>();
  private outbox: Pending[] = [];
  private readonly values = new TextBuffer<Origin>();
  private stoppedReported = false;
  /** Bumped on reset: answers about the previous page are dropped. */
  private generation = 0;

  constructor(private readonly ports: EmitterPorts, private readonly gate: KeyGate) {}

  reset(): void {
    this.generation++;
    this.sent = new Set();
    this.outbox = [];
    this.values.take();
    this.stoppedReported = false;
  }

  /**
   * Windows around the runs of `text` from offset `from` on (text before it is context, read for
   * its own sake elsewhere), each distinct one queued once per page.
   */
  emit(text: string, segments: readonly Segment<Origin>[], from = 0): void {
    this.queueWindows(text, segments, this.gate.windowSpans(text).filter((s) => s.end > from));
  }

  /** The windows of `text` over `spans` (merged, by start), each distinct one queued once per page. */
  private queueWindows(text: string, segments: readonly Segment<Origin>[], spans: readonly Span[]): void {
    for (const { start, end } of windowCuts(text, spans)) {
      const window = text.slice(start, end);
      const h = hashString(window);
      if (this.sent.has(h)) continue;
      this.sent.add(h);
      this.outbox.push({ text: window, segments: segmentsIn(segments, start, end) });
      if (this.outbox.length >= LIMITS.windowsPerMessage) this.flush();
    }
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
    this.ports.gateValues(text, (spans) => this.valueWindows(text, segments, spans));
  }

  /** A value longer than a chunk, by pieces that overlap by a window (a key across a cut is whole in one). */
  private gateBigValue(value: string, where: Where): void {
    const segments = [{ start: 0, origin: where }];
    for (let at = 0; ; at += PIECE_CHARS - LIMITS.windowChars) {
      const piece = value.slice(at, at + PIECE_CHARS);
      this.ports.gateValues(piece, (spans) => this.valueWindows(piece, segments, spans));
      if (at + PIECE_CHARS >= value.length) return;
    }
  }

  /**
   * The worker's answer about values read together: windows around the spans it names. Values are
   * never glued to a neighbour (one per line), so a span it would narrow only where blocks ran
   * together (ifFused) holds nothing. Read as plain spans: an answer that names only spans with
   * findings carries no such mark.
   */
  private valueWindows(text: string, segments: readonly Segment<Origin>[], spans: readonly Span[]): void {
    const named = spans.filter((s) => !('ifFused' in s && s.ifFused));
    if (named.length > 0) this.queueWindows(text, segments, widen(named, text.length, WINDOW_RADIUS));
  }

  /** Asks the worker about the windows queued, and tells it once when the page budget ran out. */
  flush(): void {
    if (this.outbox.length > 0) {
      const batch = this.outbox;
      this.outbox = [];
      const generation = this.generation;
      const windows = batch.map((p) => ({ text: p.text, where: coarseWhere(p.segments[0]?.origin) }));
      void this.ports.confirm(windows).then((found) => {
        if (generation !== this.generation) return;
        const hits = found.filter((i) => Number.isInteger(i) && i >= 0 && i < batch.length).map((i) => batch[i]!);
        if (hits.length > 0) this.ports.confirmed(hits);
      });
    }
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
