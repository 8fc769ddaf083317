// Helpers the end-to-end scenarios share, in both browsers: the extension and its sites for a
// describe block, the worker's per-tab state, waiting for a badge, the in-page notice, pasting,
// the popup and options pages (ready, axe, screenshots).
import { mkdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { STORAGE_KEYS, tabKey, type TabState } from '../../src/shared/storage';
import { launch, type BrowserName, type ExtensionDriver, type Tab } from './driver';
import { NOTICE_SELECTOR, REPO_ROOT, servePages, waitFor, type Served, type Site } from './harness';

// ---------------------------------------------------------------------------------------------
// The extension and its sites, per describe block
// ---------------------------------------------------------------------------------------------

/** The launched extension (`ext`) and one served site per name given to `useExtension`. */
export type ExtensionEnv<Name extends string> = { readonly ext: ExtensionDriver } & { readonly [N in Name]: Site };

/**
 * Registers the enclosing describe block's `beforeAll` (serve each site, in order, then launch
 * `browser` with the extension) and `afterAll` (close the browser, then the sites). Read
 * `env.ext` and `env.<site>` in later hooks and tests:
 *
 *   const env = useExtension(browser, { launch: { privateCopy: true }, sites: { site: {}, other: {} } });
 *   it('…', async () => { const { tab, tabId } = await env.ext.open(env.site.url('/')); … });
 */
export function useExtension<Name extends string = never>(
  browser: BrowserName,
  { launch: options, sites = {} as Record<Name, Record<string, Served>> }: {
    launch?: Parameters<typeof launch>[1];
    /** Name → routes the site starts with (add more with `site.set`). */
    sites?: Record<Name, Record<string, Served>>;
  } = {},
): ExtensionEnv<Name> {
  const started = new Map<string, Site>();
  let ext: ExtensionDriver | undefined;
  const env = {} as ExtensionEnv<Name>;
  const get = <T>(what: string, value: T | undefined): T => {
    if (value === undefined) throw new Error(`useExtension: ${what} is read before its beforeAll ran`);
    return value;
  };
  Object.defineProperty(env, 'ext', { get: () => get('ext', ext) });
  for (const name of Object.keys(sites)) {
    Object.defineProperty(env, name, { get: () => get(name, started.get(name)) });
  }

  beforeAll(async () => {
    for (const [name, routes] of Object.entries<Record<string, Served>>(sites)) {
      started.set(name, await servePages(routes));
    }
    ext = await launch(browser, options);
  });

  afterAll(async () => {
    await ext?.close();
    for (const site of started.values()) await site.close();
  });

  return env;
}

// ---------------------------------------------------------------------------------------------
// Extension state
// ---------------------------------------------------------------------------------------------

/** The worker's state for a tab (storage.session), as the popup reads it. */
export async function tabState(ext: ExtensionDriver, tabId: number): Promise<TabState | undefined> {
  const key = tabKey(tabId);
  return ext.run(async (k: string) => (await chrome.storage.session.get(k))[k], key) as Promise<TabState | undefined>;
}

/** Findings that count: alerting and not a documentation example. */
export const alerting = (state: TabState | undefined): TabState['findings'] =>
  (state?.findings ?? []).filter((f) => f.severity !== 'info' && !f.example);

/** Waits until the tab's badge reads `text` ('' = no badge); the error says what it read last. */
export async function badgeBecomes(ext: ExtensionDriver, tabId: number, text: string, timeout = 10_000): Promise<void> {
  let last = '';
  await waitFor(async () => (last = await ext.badgeText(tabId)) === text, { timeout, message: `badge "${text}"` })
    .catch((err: Error) => {
      throw new Error(`${ext.browser}: ${err.message}; badge is "${last}"`);
    });
}

/** Sets keys in storage.local. */
export async function setLocal(ext: ExtensionDriver, values: Record<string, unknown>): Promise<void> {
  await ext.run((v: Record<string, unknown>) => chrome.storage.local.set(v), values);
}

/** Pauses Keywarden on `sites` (the settings' other fields keep their defaults). */
export async function setPausedSites(ext: ExtensionDriver, sites: string[]): Promise<void> {
  await setLocal(ext, { [STORAGE_KEYS.settings]: { pausedSites: sites } });
}

/** The notice's `data-count` in the top frame, or null without a notice. */
export const noticeCount = (tab: Tab): Promise<string | null> =>
  tab.evaluate((s: string) => document.querySelector(s)?.getAttribute('data-count') ?? null, NOTICE_SELECTOR);

/** A real paste: `text` on the system clipboard, then Control+V in the field. */
export async function paste(ext: ExtensionDriver, tab: Tab, selector: string, text: string): Promise<void> {
  await ext.setClipboard(tab, text);
  await tab.focus(selector);
  await tab.press('Control+V');
}

// ---------------------------------------------------------------------------------------------
// Popup and options pages
// ---------------------------------------------------------------------------------------------

/** Waits until the popup or options page has rendered from storage. */
export async function ready(page: Tab): Promise<void> {
  await page.waitFor('body[data-ready="true"]');
}

/** Opens every <details> so axe and screenshots see the folded content too. */
export async function openAllDetails(page: Tab): Promise<void> {
  await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
}

let axeSource: string | undefined;

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: unknown; failureSummary?: string }>;
}

/**
 * Runs axe-core (WCAG 2.x A/AA + best practices) on the page and returns its violations.
 * Injected by the automation protocol, which the extension pages' CSP (script-src 'self') does not block.
 */
export async function axeViolations(page: Tab): Promise<string[]> {
  axeSource ??= await readFile(join(REPO_ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
  await page.evaluateSource(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: unknown[] }> } }).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    });
    return JSON.parse(JSON.stringify(result.violations)) as unknown[];
  }) as AxeViolation[];
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => `${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`).join(' | ')}`);
}

/**
 * Screenshots go to artifacts/screenshots/<browser>/ on every run (so a test run never dirties the
 * tree), and Chromium's to docs/screenshots/ for the README when KEYWARDEN_SCREENSHOTS=docs
 * (`npm run screenshots`).
 */
export async function screenshot(page: Tab, name: string, fullPage = false): Promise<void> {
  const dir = process.env.KEYWARDEN_SCREENSHOTS === 'docs' && page.browser === 'chromium'
    ? 'docs/screenshots'
    : join('artifacts/screenshots', page.browser);
  const path = join(REPO_ROOT, dir, name);
  await mkdir(dirname(path), { recursive: true });
  await page.screenshot(path, { fullPage });
}
