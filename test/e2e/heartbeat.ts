// A page's own heartbeat: a 16 ms timer that records its longest gap, so a test can tell that the
// page stayed responsive while Keywarden scanned it (a frozen page shows gaps of seconds).

/** Starts the heartbeat; `__kwHeartbeat.reset()` restarts the measure (e.g. after the page's own setup). */
export const HEARTBEAT = `<script>
  window.__kwHeartbeat = { max: 0, last: performance.now(), reset() { this.max = 0; this.last = performance.now(); } };
  setInterval(() => {
    const now = performance.now();
    const hb = window.__kwHeartbeat;
    hb.max = Math.max(hb.max, now - hb.last);
    hb.last = now;
  }, 16);
</script>`;

/**
 * Restarts the measure once the first frame is painted: the browser's own first layout of a huge
 * page takes seconds here with no extension at all, and that is not Keywarden's doing.
 */
export const RESET_AFTER_FIRST_PAINT = `<script>
  requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(() => window.__kwHeartbeat.reset())));
</script>`;

/** The page's longest main-thread gap (ms) since the last reset (Playwright or Puppeteer page). */
export function heartbeatGap(page: { evaluate(fn: () => number): Promise<number> }): Promise<number> {
  return page.evaluate(() => (window as unknown as { __kwHeartbeat: { max: number } }).__kwHeartbeat.max);
}
