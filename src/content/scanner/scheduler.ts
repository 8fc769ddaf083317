// Idle slices: the scanner's work runs in requestIdleCallback (setTimeout where there is none), at
// most SLICE_MS at a time, and asks for the next slice while work is left.
import { FALLBACK_DELAY_MS, IDLE_TIMEOUT_MS, MIN_SLICE_MS, SLICE_MS } from './budgets';

export class IdleSlices {
  private scheduled = false;
  /** Bumped by cancel(): a slice requested before does nothing. */
  private generation = 0;

  /** `work(until)` runs until performance.now() reaches `until`, and says whether work is left. */
  constructor(private readonly work: (until: number) => boolean, private readonly sliceMs = SLICE_MS) {}

  get pending(): boolean {
    return this.scheduled;
  }

  request(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    const generation = this.generation;
    const run = (deadline?: IdleDeadline) => {
      if (generation !== this.generation) return;
      this.scheduled = false;
      // At least MIN_SLICE_MS (or the whole slice, when it is shorter) however little idle time is left.
      const budget = deadline && !deadline.didTimeout
        ? Math.max(Math.min(MIN_SLICE_MS, this.sliceMs), Math.min(this.sliceMs, deadline.timeRemaining()))
        : this.sliceMs;
      if (this.work(performance.now() + budget)) this.request();
    };
    whenIdle(run);
  }

  cancel(): void {
    this.generation++;
    this.scheduled = false;
  }
}

/** Runs `fn` in the page's next idle period (after IDLE_TIMEOUT_MS at most), or after FALLBACK_DELAY_MS without requestIdleCallback. */
export function whenIdle(fn: (deadline?: IdleDeadline) => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(fn, { timeout: IDLE_TIMEOUT_MS });
  else setTimeout(fn, FALLBACK_DELAY_MS);
}
