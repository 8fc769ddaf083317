// Popup and per-tab state under load, in real Chromium: tabs showing 50, 5,000 and 15,000 GitHub
// tokens (one <pre>, a leaked-credentials dump), and for each the popup's time to first paint and
// to its findings on screen, next to the same popup on a tab without keys (the floor), and the bytes
// the tab's state costs in storage.session (Chrome's own count, and as JSON). Prints figures only.
//   npx tsx bench/popup-load.ts        (needs `npm run build`: loads dist/chrome)
import { pathToFileURL } from 'node:url';
import { html, servePages, waitFor } from '../test/e2e/harness';
import { launchChromium, type ChromiumDriver } from '../test/e2e/driver/chromium';
import { fakeKeys } from '../test/support/keys';

const fake = fakeKeys(28);
const SIZES = [0, 50, 5000, 15_000];
const OPENINGS = 5;

export interface PopupLoadFigures {
  keys: number;
  /** From loading the page to the badge's final count. */
  badgeMs: number;
  /** The tab's state in storage.session: Chrome's getBytesInUse, and its JSON. */
  storedBytes: number;
  jsonBytes: number;
  /** Medians over OPENINGS openings, from navigation start. */
  firstPaintMs: number;
  findingsMs: number;
  cards: number;
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1] ?? NaN;

/** The badge text for `n` keys (state.ts badgeText). */
const badgeFor = (n: number): string => (n === 0 ? '' : n < 10_000 ? String(n) : `${Math.floor(n / 1000)}k`);

/** Opens the popup for `tabId`; times from navigation start to first paint and to the findings painted. */
async function openPopup(ext: ChromiumDriver, tabId: number): Promise<{ firstPaint: number; findings: number; cards: number }> {
  const popup = await ext.context.newPage();
  try {
    await popup.goto(`chrome-extension://${ext.extensionId}/popup.html?tab=${tabId}`, { waitUntil: 'commit' });
    // The frame after the popup has rendered from storage (body[data-ready]) is when its findings show.
    const findings = await popup.evaluate(() => new Promise<number>((resolve) => {
      const check = (): void => {
        if (document.body?.dataset.ready === 'true') requestAnimationFrame(() => resolve(performance.now()));
        else requestAnimationFrame(check);
      };
      check();
    }));
    const firstPaint = await popup.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN);
    const cards = await popup.getByTestId('finding').count();
    return { firstPaint, findings, cards };
  } finally {
    await popup.close();
  }
}

export async function runPopupLoadBench(): Promise<PopupLoadFigures[]> {
  const routes = Object.fromEntries(SIZES.map((n) => [`/k${n}`, html(`<h1>dump</h1><pre>${fake.githubTokens(n).join('\n')}</pre>`, 'dump')]));
  const site = await servePages(routes);
  // KW_EXTENSION_DIR: a copy of dist/chrome, so a rebuild by someone else mid-run does not matter.
  const ext = await launchChromium(process.env.KW_EXTENSION_DIR ? { extensionDir: process.env.KW_EXTENSION_DIR } : {});
  const figures: PopupLoadFigures[] = [];
  try {
    for (const keys of SIZES) {
      const page = await ext.context.newPage();
      const started = Date.now();
      await page.goto(site.url(`/k${keys}`));
      const tabId = await ext.tabIdOf(page);
      await waitFor(async () => (await ext.badgeText(tabId)) === badgeFor(keys), { timeout: 120_000, interval: 50, message: `badge for ${keys} keys` });
      const badgeMs = Date.now() - started;
      const { storedBytes, jsonBytes } = await ext.run(async (id: number) => {
        const key = `tab:${id}`;
        const state = (await chrome.storage.session.get(key))[key];
        return { storedBytes: await chrome.storage.session.getBytesInUse(key), jsonBytes: state ? JSON.stringify(state).length : 0 };
      }, tabId);
      const runs = [];
      for (let i = 0; i < OPENINGS; i++) runs.push(await openPopup(ext, tabId));
      figures.push({
        keys, badgeMs, storedBytes, jsonBytes,
        firstPaintMs: median(runs.map((r) => r.firstPaint)),
        findingsMs: median(runs.map((r) => r.findings)),
        cards: runs[0]?.cards ?? 0,
      });
      await page.close();
    }
  } finally {
    await ext.close();
    await site.close();
  }
  print(figures);
  return figures;
}

function print(figures: PopupLoadFigures[]): void {
  const floor = figures.find((f) => f.keys === 0);
  const kb = (b: number) => `${(b / 1024).toFixed(0)} KB`;
  console.log(`Popup on tabs of GitHub tokens (Chromium; medians of ${OPENINGS} openings, from navigation start; bar: findings < 1 s at 5,000 keys)`);
  for (const f of figures) {
    const ratio = floor && f !== floor ? ` (${(f.findingsMs / floor.findingsMs).toFixed(2)}× the keyless tab)` : '';
    console.log(`  ${String(f.keys).padStart(6)} keys  first paint ${f.firstPaintMs.toFixed(0).padStart(4)} ms  findings ${f.findingsMs.toFixed(0).padStart(4)} ms${ratio}` +
      `  ${String(f.cards).padStart(3)} cards  tab state ${kb(f.storedBytes)} (JSON ${kb(f.jsonBytes)})  badge final after ${(f.badgeMs / 1000).toFixed(1)} s`);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await runPopupLoadBench();
}
