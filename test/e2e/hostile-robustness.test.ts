// Pages that try hard, in real Chromium and Firefox ESR: 10 MB of text, 100,000 elements, 5,000
// levels of nesting, 1,000 mutations per second, 1 MB attributes, an endless feed, frames five deep,
// and a page larger than the scanner's budget. Each page runs a heartbeat (a 16 ms timer) and reports its longest gap
// while Keywarden scans; the keys are still found, the worker's state stays small, and the popup
// says when scanning stopped early. Figures are printed; the assertions are generous correctness
// bounds, not speed targets (speed lives in bench/).
// Run: npm run build && npx vitest run -c vitest.e2e.config.ts test/e2e/hostile-robustness.test.ts
import { afterAll, describe, expect, it } from 'vitest';
import { BROWSERS, type Tab } from './driver';
import { html, settle, waitFor } from './harness';
import { HEARTBEAT, heartbeatGap, RESET_AFTER_FIRST_PAINT } from './heartbeat';
import { ready, tabState, useExtension } from './helpers';
import { fakeKeys } from '../support/keys';

const fake = fakeKeys(14);

/**
 * A page whose `setup` script builds the hostile content. The heartbeat restarts once the first
 * frame is painted: the browser's own first layout of 100,000 elements takes seconds here with no
 * extension at all (measured: 5.1 s), and that is not Keywarden's doing.
 */
const page = (setup: string, body = ''): string => html(`${HEARTBEAT}${body}<script>${setup}</script>${RESET_AFTER_FIRST_PAINT}`, 'Robustness');

// Correctness bound for "the page stays responsive": a frozen page would show gaps of seconds.
const MAX_GAP_MS = 1000;

describe.each(BROWSERS)('%s', (browser) => {
  const env = useExtension(browser, { launch: { privateCopy: true }, sites: { site: {} } });
  const figures: string[] = [];
  let maxSessionBytes = 0;

  /** The page's JS heap (Chromium only: performance.memory; Firefox reports none). */
  const heapMb = async (p: Tab): Promise<string> => {
    const bytes = await p.evaluate(() => (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0);
    return bytes ? `${(bytes / 2 ** 20).toFixed(1)} MB` : 'n/a';
  };
  /** The worker's per-tab state as stored (JSON bytes: Firefox has no storage.session.getBytesInUse). */
  const sessionBytes = (): Promise<number> => env.ext.run(async () => new TextEncoder().encode(JSON.stringify(await chrome.storage.session.get(null))).length);

  /** Opens `path`, waits until `expected` keys are counted, and records heartbeat and heap. */
  async function visit(path: string, expected: number, { settleMs = 1000, timeout = 30_000 } = {}): Promise<{ page: Tab; tabId: number; gap: number }> {
    const started = Date.now();
    const { tab: p, tabId } = await env.ext.open(env.site.url(path), { timeout: 60_000 });
    await waitFor(async () => (await env.ext.badgeText(tabId)) === String(expected), { timeout, interval: 200, message: `${path}: badge ${expected}` });
    await settle(settleMs);
    const gap = await heartbeatGap(p);
    const session = await sessionBytes();
    maxSessionBytes = Math.max(maxSessionBytes, session);
    figures.push(`${path.padEnd(12)} keys ${expected}  found in ${((Date.now() - started) / 1000).toFixed(1)} s  heartbeat max gap ${gap.toFixed(0)} ms  page JS heap ${await heapMb(p)}  storage.session ${session} B`);
    return { page: p, tabId, gap };
  }

  // Registered after useExtension's, so it runs before the browser closes (after hooks run as a stack).
  afterAll(() => {
    console.log(`Robustness figures (${browser}):\n  ${figures.join('\n  ')}`);
  });

  describe('pages that try hard', () => {
    let bigText: { page: Tab; tabId: number } | undefined;
    it('10 MB of text: the page stays responsive while it is scanned', async () => {
      const [a, b] = [fake.githubToken(), fake.githubToken()];
      const line = 'Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt. ';
      const filler = line.repeat(Math.ceil(5_000_000 / line.length));
      env.site.set('/big-text', page('', `<p>${a}</p><div>${filler}</div><div>${filler}</div><p>${b}</p>`));
      const started = Date.now();
      const { tab: p, tabId } = await env.ext.open(env.site.url('/big-text'), { timeout: 60_000 });
      bigText = { page: p, tabId };
      await waitFor(async () => (await tabState(env.ext, tabId)) !== undefined, { timeout: 30_000, message: 'a tab state for /big-text' });
      await settle(1000);
      const gap = await heartbeatGap(p);
      const state = await tabState(env.ext, tabId);
      figures.push(`/big-text    state after ${((Date.now() - started) / 1000).toFixed(1)} s: ${state?.findings.length} findings, stoppedEarly ${state?.stoppedEarly === true}  heartbeat max gap ${gap.toFixed(0)} ms`);
      expect(gap).toBeLessThan(MAX_GAP_MS);
    });

    // Was a known bug: checks counted text they re-read against the page budget and stopped early.
    it('10 MB of text: both keys are found', async () => {
      if (!bigText) throw new Error('previous test did not open the page');
      const { page: p, tabId } = bigText;
      try {
        await waitFor(async () => (await env.ext.badgeText(tabId)) === '2', { timeout: 10_000, message: '/big-text: badge 2' });
      } finally {
        await p.close();
      }
    });

    it('100,000 elements', async () => {
      const key = fake.githubToken();
      env.site.set('/many', page(`
        const root = document.createElement('div');
        for (let i = 0; i < 100000; i++) { const s = document.createElement('span'); s.textContent = 'item ' + i + ' '; root.append(s); }
        const k = document.createElement('p'); k.textContent = 'token ' + ${JSON.stringify(key)}; root.append(k);
        document.body.append(root)`));
      const { page: p, gap } = await visit('/many', 1);
      expect(gap).toBeLessThan(MAX_GAP_MS);
      await p.close();
    });

    it('5,000 levels of nesting', async () => {
      const key = fake.githubToken();
      // Not rendered: Chromium's renderer itself crashes laying out 5,000 nested blocks (checked with
      // no extension loaded); the scanner walks the DOM either way.
      env.site.set('/deep', page(`
        let node = document.createElement('div');
        node.hidden = true;
        document.body.append(node);
        for (let i = 0; i < 5000; i++) { const d = document.createElement('div'); node.append(d); node = d; }
        node.textContent = 'deepest ' + ${JSON.stringify(key)}`));
      const { page: p, gap } = await visit('/deep', 1);
      expect(gap).toBeLessThan(MAX_GAP_MS);
      await p.close();
    });

    it('1,000 mutations per second for 3 s, with a key added at the end', async () => {
      const key = fake.githubToken();
      env.site.set('/mutations', page(`
        const box = document.createElement('div'); document.body.append(box);
        const started = performance.now();
        const timer = setInterval(() => {
          for (let i = 0; i < 10; i++) {
            const s = document.createElement('span'); s.textContent = 'tick ' + Math.random(); box.append(s);
            if (box.childNodes.length > 500) box.firstChild.remove();
          }
          if (performance.now() - started > 3000) {
            clearInterval(timer);
            const k = document.createElement('p'); k.textContent = 'token ' + ${JSON.stringify(key)}; document.body.append(k);
          }
        }, 10)`));
      const { page: p, gap } = await visit('/mutations', 1);
      expect(gap).toBeLessThan(MAX_GAP_MS);
      await p.close();
    });

    it('1 MB attributes', async () => {
      const key = fake.githubToken();
      env.site.set('/huge-attr', page(`
        const noise = 'ab'.repeat(500000);
        for (let i = 0; i < 4; i++) { const d = document.createElement('div'); d.setAttribute('data-blob', noise); document.body.append(d); }
        const d = document.createElement('div'); d.setAttribute('data-config', noise.slice(0, 500000) + ' ' + ${JSON.stringify(key)} + ' ' + noise.slice(0, 500000));
        document.body.append(d)`));
      const { page: p, gap } = await visit('/huge-attr', 1);
      expect(gap).toBeLessThan(MAX_GAP_MS);
      await p.close();
    });

    it('an endless feed that appends for 5 s', async () => {
      const keys = Array.from({ length: 5 }, () => fake.githubToken());
      env.site.set('/feed', page(`
        const keys = ${JSON.stringify(keys)};
        const feed = document.createElement('main'); document.body.append(feed);
        const started = performance.now();
        let n = 0;
        const timer = setInterval(() => {
          for (let i = 0; i < 20; i++) {
            const post = document.createElement('article');
            post.textContent = 'post ' + (n++) + ' ' + 'lorem ipsum '.repeat(20);
            feed.append(post);
          }
          const second = Math.floor((performance.now() - started) / 1000);
          if (keys[second]) { const k = document.createElement('p'); k.textContent = 'key ' + keys[second]; feed.append(k); keys[second] = null; }
          window.scrollTo(0, document.body.scrollHeight);
          if (performance.now() - started > 5000) clearInterval(timer);
        }, 50)`));
      const { page: p, gap } = await visit('/feed', keys.length, { timeout: 40_000 });
      expect(gap).toBeLessThan(MAX_GAP_MS);
      await p.close();
    });

    it('frames within frames, five deep', async () => {
      const key = fake.githubToken();
      for (let depth = 1; depth <= 5; depth++) {
        env.site.set(`/frame-${depth}`, depth === 5
          ? html(`<p>innermost ${key}</p>`)
          : html(`<p>level ${depth}</p><iframe src="/frame-${depth + 1}" width="400" height="300"></iframe>`));
      }
      env.site.set('/frames', page('', '<iframe src="/frame-1" width="500" height="400"></iframe>'));
      const { page: p, tabId, gap } = await visit('/frames', 1);
      expect(gap).toBeLessThan(MAX_GAP_MS);
      expect((await tabState(env.ext, tabId))?.findings.map((f) => f.where)).toEqual(['frame']);
      await p.close();
    });

    let overflow: { page: Tab; tabId: number } | undefined;
    it('stops early on a page beyond the budget, and the popup says so', async () => {
      const key = fake.githubToken();
      // 30 MB of text in 1 MB nodes, with a key first: more than the scanner's per-page budget.
      env.site.set('/overflow', page(`
        const k = document.createElement('p'); k.textContent = 'token ' + ${JSON.stringify(key)}; document.body.append(k);
        const chunk = 'filler text without secrets '.repeat(37450);
        for (let i = 0; i < 30; i++) { const d = document.createElement('div'); d.textContent = chunk; document.body.append(d); }`));
      const started = Date.now();
      const { tab: p, tabId } = await env.ext.open(env.site.url('/overflow'), { timeout: 60_000 });
      await waitFor(async () => (await tabState(env.ext, tabId))?.stoppedEarly === true, { timeout: 30_000, message: 'stoppedEarly' });
      const gap = await heartbeatGap(p);
      figures.push(`/overflow    stopped early after ${((Date.now() - started) / 1000).toFixed(1)} s  heartbeat max gap ${gap.toFixed(0)} ms`);
      expect(gap).toBeLessThan(MAX_GAP_MS);
      const popup = await env.ext.openPopup(tabId);
      await ready(popup);
      await expect.poll(() => popup.isVisible('#stopped-early')).toBe(true);
      expect(await popup.text('#stopped-early')).toMatch(/stopped early/i);
      await expect.poll(() => popup.isVisible('[data-testid="count-at-least"]')).toBe(true);
      await popup.close();
      overflow = { page: p, tabId };
    });

    // Was a known bug: the budget ran out before anything was walked; text is now sent as each walk ends.
    it('stops early but keeps the key it met before the budget ran out: "at least 1"', async () => {
      if (!overflow) throw new Error('previous test did not open the page');
      const { page: p, tabId } = overflow;
      try {
        await waitFor(async () => (await env.ext.badgeText(tabId)) === '1+', { timeout: 5_000, message: 'the key before the budget ran out' });
      } finally {
        await p.close();
      }
    });

    it('kept the worker’s state small on every page (storage.session, read while each page was open)', () => {
      expect(maxSessionBytes).toBeGreaterThan(0);
      expect(maxSessionBytes).toBeLessThan(64 * 1024);
    });
  });
});
