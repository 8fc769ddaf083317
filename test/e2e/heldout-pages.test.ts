// The acceptance bar in Chromium and Firefox ESR, on generated pages (test/pages/generate.ts) from
// held-out seeds never run while the generator was written: on every page the badge, the popup and
// the notice show the right count (the notice exactly once, in the top frame, never inside a
// frame; none on a page without alerting keys), and no storage area holds any piece of any
// planted key.
// Run: npm run build && npx vitest run -c vitest.e2e.config.ts test/e2e/heldout-pages.test.ts
// (KEYWARDEN_PAGES=dev runs the dev seeds instead.)
import { beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, type StorageDump, type Tab } from './driver';
import { NOTICE_SELECTOR, waitFor } from './harness';
import { tabState, useExtension } from './helpers';
import { keyBody, keyFragmentsIn } from '../support/keys';
import { generatePage, type GeneratedPage } from '../pages/generate';
import { describePage, quietAt, seedsForRun, servePage, sleepUntil } from '../pages/serve';

const { split, seeds } = seedsForRun();
/** After the last scripted change: debounce, idle slices, the worker's round trip and the notice. */
const MARGIN_MS = 1000;
/** A page that must stay clean is watched at least this long after load. */
const CLEAN_SETTLE_MS = 2500;

const badgeFor = (count: number): string => (count > 0 ? String(count) : '');

/** Hex decoys are left out: 8 hex digits of a hash may turn up by chance in stored (hex) fingerprints. */
const HEX_DECOYS = new Set(['sha1', 'sha256', 'uuid']);

/** `area: fragment` for each 8-character piece of a planted value found in a storage area. */
function fragmentsIn(dump: StorageDump, planted: string[]): string[] {
  return (['local', 'session', 'sync'] as const).flatMap((area) =>
    keyFragmentsIn(JSON.stringify(dump[area]), planted).map((f) => `${area}: ${f}`));
}

/** The top frame's notices: how many, and the first one's data-count. */
const topNotices = (tab: Tab): Promise<{ n: number; count: string | null }> => tab.evaluate((s: string) => {
  const all = document.querySelectorAll(s);
  return { n: all.length, count: all[0]?.getAttribute('data-count') ?? null };
}, NOTICE_SELECTOR);

describe.each(BROWSERS)(`%s: generated pages (${split} seeds ${seeds[0]}–${seeds[seeds.length - 1]})`, (browser) => {
  const env = useExtension(browser, { sites: { site: {}, other: {} } });
  const pages = new Map<number, GeneratedPage>();

  /** The tab's findings in a line, for failure messages. */
  async function findingsOf(tabId: number): Promise<string> {
    const state = await tabState(env.ext, tabId);
    return (state?.findings ?? []).map((f) => `${f.rule}@${f.where}${f.example ? '(example)' : ''}:${f.severity}`).join(' ') || 'none';
  }

  /** What the page shows now: badge and top-frame notice, and notices inside frames. */
  async function shown(tab: Tab, tabId: number): Promise<{ badge: string; notices: number; count: string | null; inFrames: number }> {
    const top = await topNotices(tab);
    const inFrames = (await tab.evaluateInFrames((s: string) => document.querySelectorAll(s).length, NOTICE_SELECTOR)).reduce((a, b) => a + b, 0);
    return { badge: await env.ext.badgeText(tabId), notices: top.n, count: top.count, inFrames };
  }

  const want = (count: number) => ({ badge: badgeFor(count), notices: count > 0 ? 1 : 0, count: count > 0 ? String(count) : null, inFrames: 0 });

  /** Waits until badge and notice show `count`; fails with what they showed and what the tab holds. */
  async function becomes(tab: Tab, tabId: number, count: number, page: GeneratedPage): Promise<void> {
    let last = await shown(tab, tabId);
    await waitFor(async () => (last = await shown(tab, tabId)).badge === badgeFor(count) && last.count === want(count).count, { timeout: 10_000 })
      .catch(async () => {
        throw new Error(`${browser}: showed ${JSON.stringify(last)}, want ${JSON.stringify(want(count))}; findings: ${await findingsOf(tabId)}; ${describePage(page)}`);
      });
  }

  /** Exactly `count` on the badge, one notice in the top frame with that count (none for 0), none in frames. */
  async function showsNow(tab: Tab, tabId: number, count: number, page: GeneratedPage): Promise<void> {
    const now = await shown(tab, tabId);
    if (JSON.stringify(now) !== JSON.stringify(want(count))) {
      throw new Error(`${browser}: showed ${JSON.stringify(now)}, want ${JSON.stringify(want(count))}; findings: ${await findingsOf(tabId)}; ${describePage(page)}`);
    }
  }

  /** Bodies (public prefixes cut, as they show in redacted previews) of the values planted up to `seed`. */
  function plantedSoFar(seed: number): string[] {
    return [...pages.values()].filter((p) => p.seed <= seed)
      .flatMap((p) => p.planted.filter((k) => !HEX_DECOYS.has(k.kind)).map((k) => keyBody(k.value)));
  }

  beforeAll(() => {
    for (const seed of seeds) {
      const page = generatePage(seed, { crossOrigin: env.other.origin });
      pages.set(seed, page);
      servePage(page, env.site, env.other);
    }
  });

  for (const seed of seeds) {
    const preview = generatePage(seed);
    it(`seed ${seed}: ${preview.expected} keys; ${preview.cases.join(', ')}`, async () => {
      const p = pages.get(seed)!;
      const { tab, tabId } = await env.ext.open(env.site.url(p.path));
      try {
        const loadedAt = Date.now();
        expect(await tab.frameCount()).toBe(1 + p.frames.length);

        if (p.pushState) {
          await becomes(tab, tabId, p.pushState.before, p);
          await sleepUntil(quietAt(p, loadedAt, MARGIN_MS));
          await showsNow(tab, tabId, p.pushState.before, p);
          const oldState = await tabState(env.ext, tabId);
          await tab.evaluate(() => document.querySelector<HTMLElement>('a[data-spa]')!.click());
          const next = env.site.url(p.pushState.to);
          expect(await tab.url()).toBe(next);
          // The worker has dropped the old page's findings once its state is gone or is the new page's.
          if (oldState) {
            await waitFor(async () => {
              const s = await tabState(env.ext, tabId);
              return s === undefined || s.page === next;
            }, { message: `state reset for ${next}` });
          }
          await becomes(tab, tabId, p.expected, p);
          await sleepUntil(Date.now() + (p.expected === 0 ? CLEAN_SETTLE_MS : MARGIN_MS));
        } else {
          await becomes(tab, tabId, p.expected, p);
          await sleepUntil(Math.max(quietAt(p, loadedAt, MARGIN_MS), p.expected === 0 ? loadedAt + CLEAN_SETTLE_MS : 0));
        }
        // Still right once everything had time to arrive (a decoy counted late would show here).
        await showsNow(tab, tabId, p.expected, p);

        const popup = await env.ext.openPopup(tabId);
        try {
          let count: string | undefined;
          await waitFor(async () => (count = (await popup.text('[data-testid="flagged-count"]')).trim()) === String(p.expected),
            { timeout: 5_000 }).catch(() => {
            throw new Error(`${browser}: popup flagged-count "${count}", want "${p.expected}"; ${describePage(p)}`);
          });
        } finally {
          await popup.close();
        }

        // While the tab's findings are still kept: no piece of any key planted so far, anywhere.
        const dump = await env.ext.storage();
        if (p.expected > 0) expect(JSON.stringify(dump.session)).toContain('fingerprint');
        expect(fragmentsIn(dump, plantedSoFar(seed))).toEqual([]);
      } finally {
        await tab.close();
      }
    });
  }

  it('leaves no fragment of any planted key in any storage area after all pages', async () => {
    const planted = plantedSoFar(seeds[seeds.length - 1]!);
    expect(planted.length).toBeGreaterThan(50);
    expect(fragmentsIn(await env.ext.storage(), planted)).toEqual([]);
  });
});
