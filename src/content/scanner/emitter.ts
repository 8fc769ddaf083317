// What leaves the scanner: windows around the gate's runs, each distinct one once per page (only a
// hash of it is kept), gathered in an outbox that goes to the worker in messages of at most
// LIMITS.windowsPerMessage windows. Attribute and field values are gathered apart and go out
// together, since most are short.
import { LIMITS, type CandidateWindow } from '../../shared/protocol';
import type { Where } from '../../shared/surfaces';
import { hashString, TextBuffer, windowsOf, type Segment } from '../collect';
import { hasRun, MIN_RUN, windowSpans } from '../gate';
import { CHUNK_CHARS } from './budgets';

export type Send = (windows: CandidateWindow[], stoppedEarly: boolean) => void;

export class Emitter {
  private sent = new Set<number>();
  private outbox: CandidateWindow[] = [];
  private readonly values = new TextBuffer();
  private stoppedReported = false;

  /** `stopped`: the page budget ran out (the worker is told once). */
  constructor(private readonly send: Send, private readonly stopped: () => boolean) {}

  reset(): void {
    this.sent = new Set();
    this.outbox = [];
    this.values.take();
    this.stoppedReported = false;
  }

  /**
   * Windows around the runs of `text` from offset `from` on (text before it is context, read for
   * its own sake elsewhere), each distinct one queued once per page.
   */
  emit(text: string, segments: readonly Segment[], from = 0): void {
    const spans = windowSpans(text).filter((s) => s.end > from);
    for (const w of windowsOf(text, spans, segments)) {
      const h = hashString(w.text);
      if (this.sent.has(h)) continue;
      this.sent.add(h);
      this.outbox.push(w);
      if (this.outbox.length >= LIMITS.windowsPerMessage) this.flush();
    }
  }

  /** An attribute or field value: gated, then kept until flushValues() (or a chunk's worth). Returns its length read. */
  addValue(value: string | null, where: Where): number {
    if (!value || value.length < MIN_RUN) return 0;
    if (hasRun(value)) {
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

  /** Sends what is queued; the first call after the page budget ran out says so even with no window. */
  flush(): void {
    const stopped = this.stopped();
    const reportStop = stopped && !this.stoppedReported;
    if (!this.outbox.length && !reportStop) return;
    if (reportStop) this.stoppedReported = true;
    const windows = this.outbox;
    this.outbox = [];
    this.send(windows, stopped);
  }
}
