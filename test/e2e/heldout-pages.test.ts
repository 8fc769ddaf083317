// The acceptance bar in Chromium, on generated pages (test/pages/generate.ts) from held-out seeds
// never run while the generator was written: the badge and the popup show the right count on every
// page, and no storage area holds any piece of any planted key.
// Run: npm run build && npx vitest run -c vitest.e2e.config.ts test/e2e/heldout-pages.test.ts
// (KEYWARDEN_PAGES=dev runs the dev seeds instead.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, servePages, waitFor, type ChromiumExtension, type Site, type StorageDump } from './harness';
import { keyBody, keyFragmentsIn } from '../support/keys';
import type { TabState } from '../../src/messages';
import { generatePage, type GeneratedPage } from '../pages/generate';
import { describePage, quietAt, seedsForRun, servePage, sleepUntil } from '../pages/serve';

const { split, seeds } = seedsForRun();
/** After the last scripted change: debounce, idle slices and the worker's round trip. */
const MARGIN_MS = 900;
/** A page that must stay clean is watched at least this long after load. */
const CLEAN_SETTLE_MS = 2500;

let ext: ChromiumExtension;
let site: Site;
let other: Site;
const pages = new Map<number, GeneratedPage>();

const badgeFor = (count: number): string => (count > 0 ? String(count) : '');

async function tabState(tabId: number): Promise<TabState | undefined> {
  return ext.evaluate(async (id: number) => (await chrome.storage.session.get(`tab:${id}`))[`tab:${id}`], tabId) as
    Promise<TabState | undefined>;
}

/** The tab's findings in a line, for failure messages. */
async function findingsOf(tabId: number): Promise<string> {
  const state = await tabState(tabId);
  return (state?.findings ?? []).map((f) => `${f.rule}@${f.where}${f.example ? '(example)' : ''}:${f.severity}`).join(' ') || 'none';
}

/** Waits for the badge to show `count`; fails with what it showed and what the tab holds. */
async function badgeBecomes(tabId: number, count: number, page: GeneratedPage): Promise<void> {
  let last = '';
  await waitFor(async () => (last = await ext.badgeText(tabId)) === badgeFor(count), { timeout: 10_000 })
    .catch(async () => {
      throw new Error(`badge "${last}", want "${badgeFor(count)}"; findings: ${await findingsOf(tabId)}; ${describePage(page)}`);
    });
}

async function badgeIs(tabId: number, count: number, page: GeneratedPage): Promise<void> {
  const now = await ext.badgeText(tabId);
  if (now !== badgeFor(count)) {
    throw new Error(`badge "${now}", want "${badgeFor(count)}"; findings: ${await findingsOf(tabId)}; ${describePage(page)}`);
  }
}

/** Hex decoys are left out: 8 hex digits of a hash may turn up by chance in stored (hex) fingerprints. */
const HEX_DECOYS = new Set(['sha1', 'sha256', 'uuid']);

/** Bodies (public prefixes cut, as they show in redacted previews) of the values planted up to `seed`. */
function plantedSoFar(seed: number): string[] {
  return [...pages.values()].filter((p) => p.seed <= seed)
    .flatMap((p) => p.planted.filter((k) => !HEX_DECOYS.has(k.kind)).map((k) => keyBody(k.value)));
}

/** `area: fragment` for each 8-character piece of a planted value found in a storage area. */
function fragmentsIn(dump: StorageDump, planted: string[]): string[] {
  return (['local', 'session', 'sync'] as const).flatMap((area) =>
    keyFragmentsIn(JSON.stringify(dump[area]), planted).map((f) => `${area}: ${f}`));
}

beforeAll(async () => {
  site = await servePages();
  other = await servePages();
  for (const seed of seeds) {
    const page = generatePage(seed, { crossOrigin: other.origin });
    pages.set(seed, page);
    servePage(page, site, other);
  }
  ext = await launchChromium();
});

afterAll(async () => {
  await ext?.close();
  await site?.close();
  await other?.close();
});

describe(`generated pages in Chromium (${split} seeds ${seeds[0]}–${seeds[seeds.length - 1]})`, () => {
  for (const seed of seeds) {
    const preview = generatePage(seed);
    it(`seed ${seed}: ${preview.expected} keys; ${preview.cases.join(', ')}`, async () => {
      const p = pages.get(seed)!;
      const tab = await ext.context.newPage();
      try {
        await tab.goto(site.url(p.path));
        const loadedAt = Date.now();
        const tabId = await ext.tabIdOf(tab);

        if (p.pushState) {
          await badgeBecomes(tabId, p.pushState.before, p);
          await sleepUntil(quietAt(p, loadedAt, MARGIN_MS));
          await badgeIs(tabId, p.pushState.before, p);
          const oldState = await tabState(tabId);
          await tab.evaluate(() => document.querySelector<HTMLElement>('a[data-spa]')!.click());
          const next = site.url(p.pushState.to);
          expect(await tab.evaluate(() => location.href)).toBe(next);
          // The worker has dropped the old page's findings once its state is gone or is the new page's.
          if (oldState) {
            await waitFor(async () => {
              const s = await tabState(tabId);
              return s === undefined || s.page === next;
            }, { message: `state reset for ${next}` });
          }
          await badgeBecomes(tabId, p.expected, p);
          await sleepUntil(Date.now() + (p.expected === 0 ? CLEAN_SETTLE_MS : MARGIN_MS));
        } else {
          await badgeBecomes(tabId, p.expected, p);
          await sleepUntil(Math.max(quietAt(p, loadedAt, MARGIN_MS), p.expected === 0 ? loadedAt + CLEAN_SETTLE_MS : 0));
        }
        // Still right once everything had time to arrive (a decoy counted late would show here).
        await badgeIs(tabId, p.expected, p);

        const popup = await ext.openPopup(tabId);
        try {
          let shown: string | undefined;
          await waitFor(async () => (shown = (await popup.getByTestId('flagged-count').textContent())?.trim()) === String(p.expected),
            { timeout: 5_000 }).catch(() => {
            throw new Error(`popup flagged-count "${shown}", want "${p.expected}"; ${describePage(p)}`);
          });
        } finally {
          await popup.close();
        }

        // While the tab's findings are still kept: no piece of any key planted so far, anywhere.
        const dump = await ext.storage();
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
    expect(fragmentsIn(await ext.storage(), planted)).toEqual([]);
  });
});
