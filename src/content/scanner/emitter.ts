// What leaves the scanner. Text read first goes to the worker as chunks (readers.ts, chunks.ts),
// which answers with the windows that hold a finding: each distinct one (only a hash is kept) is
// located on the page (each part's block and surface: locate.ts) and sent to be recorded
// (page:candidates), in messages of at most LIMITS.windowsPerMessage. Attribute and field values
// are gathered apart and go out together, since most are short: the windows around the gate's runs
// first, with a coarse surface (page:windows); the worker answers which of them hold a finding, and
// only those are located and sent.
import { LIMITS, type CandidateWindow } from '../../shared/protocol';
import type { Where } from '../../shared/surfaces';
import { hashString } from '../../shared/hash';
import { segmentsIn, TextBuffer, windowCuts, type Segment } from '../collect';
import { mayBePhraseWord, MIN_RUN, type KeyGate } from '../../gate';
import { CHUNK_CHARS } from './budgets';

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
    const spans = this.gate.windowSpans(text).filter((s) => s.end > from);
    for (const { start, end } of windowCuts(text, spans)) {
      const window = text.slice(start, end);
      const h = hashString(window);
      if (this.sent.has(h)) continue;
      this.sent.add(h);
      this.outbox.push({ text: window, segments: segmentsIn(segments, start, end) });
      if (this.outbox.length >= LIMITS.windowsPerMessage) this.flush();
    }
  }

  /** Windows the worker found something in, as first read (page:chunks): each distinct one located once per page. */
  found(windows: readonly Pending[]): void {
    const fresh = windows.filter((w) => {
      const h = hashString(w.text);
      if (this.sent.has(h)) return false;
      this.sent.add(h);
      return true;
    });
    if (fresh.length > 0) this.ports.confirmed(fresh);
  }

  /** An attribute or field value: gated, then kept until flushValues() (or a chunk's worth). Returns its length read. */
  addValue(value: string | null, where: Where): number {
    if (!value) return 0;
    if (value.length < MIN_RUN) {
      // One word per input (a phrase typed into 12 or 24 boxes): kept, so the words of consecutive
      // fields meet one per line, as a phrase, when the values are read together.
      if (where !== 'form-field' || !mayBePhraseWord(value)) return 0;
      this.values.append(value, where, true);
      return value.length;
    }
    if (this.gate.holds(value, true)) {
      this.values.append(value, where, true);
      if (this.values.length >= CHUNK_CHARS) this.flushValues();
    }
    return value.length;
  }

  flushValues(): void {
    if (!this.values.length) return;
    const { text, segments } = this.values.take();
    this.emit(text, segments);
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
