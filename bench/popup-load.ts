// Popup and per-tab state under load, in real Chromium and Firefox ESR: tabs showing 50, 5,000 and
// 15,000 GitHub tokens (one <pre>, a leaked-credentials dump), and for each the popup's time to
// first paint and to its findings rendered, next to the same popup on a tab without keys (the
// browser's floor for this popup, measured in the same run), and the bytes the tab's state costs
// in storage.session (as JSON in both; Chromium's own count too). Prints figures only.
//   npx tsx bench/popup-load.ts        (needs `npm run build`: loads dist/chrome and dist/firefox)
// KEYWARDEN_BROWSERS=chromium (or firefox) measures one browser.
import { pathToFileURL } from 'node:url';
import { html, servePages, waitFor } from '../test/e2e/harness';
import { BROWSERS, launch, type BrowserName, type ExtensionDriver } from '../test/e2e/driver';
import { ready } from '../test/e2e/helpers';
import { badgeText } from '../src/background/state';
import { tabKey } from '../src/shared/storage';
import { fakeKeys } from '../test/support/keys';
import { median } from './stats';

const fake = fakeKeys(28);
const SIZES = [0, 50, 5000, 15_000];
const OPENINGS = 5;

export interface PopupLoadFigures {
  browser: BrowserName;
  keys: number;
  /** From opening the tab to the badge's final count. */
  badgeMs: number;
  /** The tab's state in storage.session as JSON, and Chromium's getBytesInUse (NaN in Firefox, which has none). */
  jsonBytes: number;
  storedBytes: number;
  /** Medians over OPENINGS openings, from the popup's navigation start. */
  firstPaintMs: number;
  findingsMs: number;
  cards: number;
}


/** Opens the popup for `tabId`: its first contentful paint, and when it had rendered its count and findings. */
async function openPopup(ext: ExtensionDriver, tabId: number): Promise<{ firstPaint: number; findings: number; cards: number }> {
  const popup = await ext.openPopup(tabId);
  try {
    await ready(popup);
    const { firstPaint, findings } = await popup.evaluate(() => ({
      firstPaint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
      findings: performance.getEntriesByName('keywarden:rendered')[0]?.startTime ?? NaN,
    }));
    return { firstPaint, findings, cards: await popup.count('[data-testid="finding"]') };
  } finally {
    await popup.close();
  }
}

async function measure(browser: BrowserName, site: Awaited<ReturnType<typeof servePages>>): Promise<PopupLoadFigures[]> {
  const ext = await launch(browser, { privateCopy: true });
  const figures: PopupLoadFigures[] = [];
  try {
    for (const keys of SIZES) {
      const started = Date.now();
      const { tab, tabId } = await ext.open(site.url(`/k${keys}`), { timeout: 60_000 });
      const expected = badgeText(keys, false);
      await waitFor(async () => (await ext.badgeText(tabId)) === expected, { timeout: 120_000, interval: 50, message: `badge for ${keys} keys` });
      const badgeMs = Date.now() - started;
      const { storedBytes, jsonBytes } = await ext.run(async (key: string) => {
        const state = (await chrome.storage.session.get(key))[key];
        const session = chrome.storage.session as { getBytesInUse?: (k: string) => Promise<number> };
        return {
          jsonBytes: state ? new TextEncoder().encode(JSON.stringify(state)).length : 0,
          storedBytes: typeof session.getBytesInUse === 'function' ? await session.getBytesInUse(key) : NaN,
        };
      }, tabKey(tabId));
      const runs = [];
      for (let i = 0; i < OPENINGS; i++) runs.push(await openPopup(ext, tabId));
      figures.push({
        browser, keys, badgeMs, storedBytes, jsonBytes,
        firstPaintMs: median(runs.map((r) => r.firstPaint)),
        findingsMs: median(runs.map((r) => r.findings)),
        cards: runs[0]?.cards ?? 0,
      });
      await tab.close();
    }
  } finally {
    await ext.close();
  }
  return figures;
}

export async function runPopupLoadBench(): Promise<PopupLoadFigures[]> {
  const site = await servePages(Object.fromEntries(SIZES.map((n) => [`/k${n}`, html(`<h1>dump</h1><pre>${fake.githubTokens(n).join('\n')}</pre>`, 'dump')])));
  const figures: PopupLoadFigures[] = [];
  try {
    for (const browser of BROWSERS) {
      const rows = await measure(browser, site);
      print(rows);
      figures.push(...rows);
    }
  } finally {
    await site.close();
  }
  return figures;
}

function print(figures: PopupLoadFigures[]): void {
  const floor = figures.find((f) => f.keys === 0);
  const kb = (b: number) => `${(b / 1024).toFixed(0)} KB`;
  const ms = (x: number) => (Number.isFinite(x) ? `${x.toFixed(0)} ms` : 'n/a').padStart(7);
  console.log(`Popup on tabs of GitHub tokens, ${figures[0]?.browser} (medians of ${OPENINGS} openings, from the popup's navigation start; ` +
    'bar: findings < 1 s at 5,000 keys)');
  for (const f of figures) {
    const ratio = floor && f !== floor ? ` (${(f.findingsMs / floor.findingsMs).toFixed(2)}× the keyless tab)` : ' (the floor)';
    const stored = Number.isFinite(f.storedBytes) ? `${kb(f.storedBytes)} by the browser's count, ` : '';
    console.log(`  ${String(f.keys).padStart(6)} keys  first paint ${ms(f.firstPaintMs)}  findings rendered ${ms(f.findingsMs)}${ratio}` +
      `  ${String(f.cards).padStart(3)} cards  tab state ${stored}${kb(f.jsonBytes)} as JSON  badge final after ${(f.badgeMs / 1000).toFixed(1)} s`);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await runPopupLoadBench();
}
