// The acceptance bar in Firefox ESR, on a subset of the generated held-out pages (zero-key pages,
// frames, an SPA navigation, late shadow roots among them): the notice shows exactly once, in the
// top frame, with the right count, never inside a frame; on a page without alerting keys, none.
// Run: npm run build && npx vitest run -c vitest.e2e.config.ts test/e2e/heldout-pages-firefox.test.ts
// (KEYWARDEN_PAGES=dev runs the dev seeds instead.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { launchFirefox, NOTICE_SELECTOR, servePages, waitFor, type FirefoxExtension, type Site } from './harness';
import { generatePages, type GeneratedPage } from '../pages/generate';
import { describePage, quietAt, seedsForRun, servePage, sleepUntil, subsetOf } from '../pages/serve';

const { split, seeds } = seedsForRun();
const SUBSET = 10;
/** After the last scripted change: debounce, idle slices, the worker and the notice update. */
const MARGIN_MS = 1000;
/** A page that must stay clean is watched at least this long after load. */
const CLEAN_SETTLE_MS = 2500;

// Chosen from origin-free previews; the pages themselves are generated once the servers run.
const chosenSeeds = subsetOf(generatePages(seeds), SUBSET).map((p) => p.seed);

let ff: FirefoxExtension;
let site: Site;
let other: Site;
const pages = new Map<number, GeneratedPage>();

/** The top frame's notices: how many, and the first one's data-count. */
const topNotices = (tab: Page) => tab.evaluate((s) => {
  const all = document.querySelectorAll(s);
  return { n: all.length, count: all[0]?.getAttribute('data-count') ?? null };
}, NOTICE_SELECTOR);

/** Notices inside any frame of the page (there must be none). */
async function frameNotices(tab: Page): Promise<number> {
  let n = 0;
  for (const frame of tab.frames()) {
    if (frame === tab.mainFrame()) continue;
    n += await frame.evaluate((s) => document.querySelectorAll(s).length, NOTICE_SELECTOR);
  }
  return n;
}

/** Waits until the top frame shows the notice for `count` keys (none for 0). */
async function noticeBecomes(tab: Page, count: number, page: GeneratedPage): Promise<void> {
  const want = count > 0 ? String(count) : null;
  let last: { n: number; count: string | null } = { n: 0, count: null };
  await waitFor(async () => (last = await topNotices(tab)).count === want, { timeout: 10_000 }).catch(() => {
    throw new Error(`notice data-count ${last.count} (${last.n} notices), want ${want}; ${describePage(page)}`);
  });
}

/** Exactly one notice in the top frame with data-count == count (none for 0), none in frames. */
async function noticeIs(tab: Page, count: number, page: GeneratedPage): Promise<void> {
  const top = await topNotices(tab);
  const want = count > 0 ? { n: 1, count: String(count) } : { n: 0, count: null };
  expect(top, describePage(page)).toEqual(want);
  expect(await frameNotices(tab), `notices inside frames; ${describePage(page)}`).toBe(0);
}

beforeAll(async () => {
  site = await servePages();
  other = await servePages();
  for (const page of generatePages(chosenSeeds, { crossOrigin: other.origin })) {
    pages.set(page.seed, page);
    servePage(page, site, other);
  }
  ff = await launchFirefox();
});

afterAll(async () => {
  await ff?.close();
  await site?.close();
  await other?.close();
});

describe(`generated pages in Firefox ESR (${split} seeds ${chosenSeeds.join(', ')})`, () => {
  it('the subset has zero-key pages and pages with frames', () => {
    const chosen = [...pages.values()];
    expect(chosen.filter((p) => p.expected === 0).length).toBeGreaterThanOrEqual(2);
    expect(chosen.filter((p) => p.frames.length > 0).length).toBeGreaterThanOrEqual(1);
  });

  for (const seed of chosenSeeds) {
    it(`seed ${seed}`, async () => {
      const p = pages.get(seed)!;
      const tab = await ff.newPage();
      try {
        await tab.goto(site.url(p.path));
        const loadedAt = Date.now();
        expect(tab.frames()).toHaveLength(1 + p.frames.length);

        if (p.pushState) {
          await noticeBecomes(tab, p.pushState.before, p);
          await sleepUntil(quietAt(p, loadedAt, MARGIN_MS));
          await noticeIs(tab, p.pushState.before, p);
          await tab.evaluate(() => document.querySelector<HTMLElement>('a[data-spa]')!.click());
          expect(await tab.evaluate(() => location.href)).toBe(site.url(p.pushState.to));
          await noticeBecomes(tab, p.expected, p);
          await sleepUntil(Date.now() + (p.expected === 0 ? CLEAN_SETTLE_MS : MARGIN_MS));
        } else {
          await noticeBecomes(tab, p.expected, p);
          await sleepUntil(Math.max(quietAt(p, loadedAt, MARGIN_MS), p.expected === 0 ? loadedAt + CLEAN_SETTLE_MS : 0));
        }
        await noticeIs(tab, p.expected, p);
      } finally {
        await tab.close();
      }
    });
  }
});
