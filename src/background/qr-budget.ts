// How much time the worker spends decoding QR images: per page (a tab's document) and per minute
// over all tabs, so that no page, however many pictures it shows, makes the worker burn seconds.
// Decodes run one at a time (two cores are shared with the page and the browser), and each starts
// only while both budgets have time left; an image refused is skipped, not queued, and the caller
// reports it (stopped early, counted in diagnostics). A decode is charged what it took.
//
// Sizes: after the rescue gate an ordinary photo costs ~5–30 ms here and a code-like picture up to
// ~0.5 s (a 720p screenshot through every rescue pass), so a page gets dozens of photos or a few hard
// screenshots, and the worker never spends more than a tenth of a core per minute on QR.

export interface QrBudgetLimits {
  perPageMs: number;
  perMinuteMs: number;
}

export const QR_BUDGET: QrBudgetLimits = { perPageMs: 1500, perMinuteMs: 6000 };

const MINUTE_MS = 60_000;
/** Pages whose spending is remembered; the oldest is forgotten first. */
const MAX_PAGES = 64;

export class QrBudget {
  private readonly spentByPage = new Map<string, number>();
  private recent: { at: number; ms: number }[] = [];
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly limits: QrBudgetLimits = QR_BUDGET,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** Whether a decode for `page` may start now. */
  allows(page: string): boolean {
    return (this.spentByPage.get(page) ?? 0) < this.limits.perPageMs && this.lastMinuteMs() < this.limits.perMinuteMs;
  }

  /** Adds `ms` of decoding to `page` and to the last minute. */
  charge(page: string, ms: number): void {
    const spent = (this.spentByPage.get(page) ?? 0) + ms;
    this.spentByPage.delete(page); // re-inserted last: the map's order is least recently charged first
    this.spentByPage.set(page, spent);
    if (this.spentByPage.size > MAX_PAGES) this.spentByPage.delete(this.spentByPage.keys().next().value!);
    this.recent.push({ at: this.now(), ms });
  }

  /**
   * Runs `decode` after every decode queued before it, if the budgets then allow, and charges its
   * time; resolves `{ skipped: true }` without running it otherwise.
   */
  run<T>(page: string, decode: () => Promise<T>): Promise<{ skipped: false; value: T } | { skipped: true }> {
    const job = this.queue.then(async () => {
      if (!this.allows(page)) return { skipped: true as const };
      const start = this.now();
      try {
        return { skipped: false as const, value: await decode() };
      } finally {
        this.charge(page, this.now() - start);
      }
    });
    this.queue = job.catch(() => undefined);
    return job;
  }

  private lastMinuteMs(): number {
    const since = this.now() - MINUTE_MS;
    this.recent = this.recent.filter((r) => r.at > since);
    return this.recent.reduce((sum, r) => sum + r.ms, 0);
  }
}
