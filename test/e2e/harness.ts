// Shared end-to-end helpers: serve pages on 127.0.0.1, drive the built extension in real Chromium
// (playwright-core) and Firefox ESR (puppeteer-core over WebDriver BiDi). `npm run build` first.
//
//   const site = await servePages({ '/': '<p>hello</p>' });
//   const ext = await launchChromium();
//   const page = await ext.context.newPage();
//   await page.goto(site.url('/'));
//   const tabId = await ext.tabIdOf(page);
//   await waitFor(async () => (await ext.badgeText(tabId)) === '2');
//   const popup = await ext.openPopup(tabId);
//   ...
//   await ext.close(); await site.close();
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import puppeteer, { type Browser as PuppeteerBrowser, type Page as PuppeteerPage } from 'puppeteer-core';

export const REPO_ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const CHROME_DIR = join(REPO_ROOT, 'dist/chrome');
export const FIREFOX_DIR = join(REPO_ROOT, 'dist/firefox');
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

// ---------------------------------------------------------------------------------------------
// Pages served on 127.0.0.1
// ---------------------------------------------------------------------------------------------

/** An HTML string, or a full response. */
export type Served =
  | string
  | { body: string | Buffer; type?: string; headers?: Record<string, string>; status?: number };

export interface Site {
  /** e.g. 'http://127.0.0.1:41234' */
  origin: string;
  port: number;
  url(path?: string): string;
  /** Add or replace a route while the server runs. */
  set(path: string, response: Served): void;
  /** Paths requested so far, in order (to assert what the extension fetched, or did not). */
  requests: string[];
  close(): Promise<void>;
}

/** Serves `routes` (path → page) on 127.0.0.1 at a free port. Unknown paths answer 404. */
export async function servePages(routes: Record<string, Served> = {}): Promise<Site> {
  const table = new Map<string, Served>(Object.entries(routes));
  const requests: string[] = [];
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    requests.push(path);
    const hit = table.get(path);
    if (hit === undefined) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const r = typeof hit === 'string' ? { body: hit } : hit;
    res.writeHead(r.status ?? 200, {
      'content-type': r.type ?? 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      ...r.headers,
    });
    res.end(r.body);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const port = (server.address() as AddressInfo).port;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    port,
    url: (path = '/') => origin + path,
    set: (path, response) => void table.set(path, response),
    requests,
    close: () => new Promise<void>((ok) => {
      server.closeAllConnections();
      server.close(() => ok());
    }),
  };
}

/** A minimal HTML document around `body` (and an optional title). */
export function html(body: string, title = 'Test page'): string {
  return `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;
}

// ---------------------------------------------------------------------------------------------
// Polling
// ---------------------------------------------------------------------------------------------

/** Polls `check` until it returns a truthy value (returned) or the timeout passes (throws). */
export async function waitFor<T>(
  check: () => T | Promise<T>,
  { timeout = 10_000, interval = 100, message = 'condition' }: { timeout?: number; interval?: number; message?: string } = {},
): Promise<T> {
  const deadline = Date.now() + timeout;
  let last: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value) return value;
      last = value;
    } catch (err) {
      last = err;
    }
    if (Date.now() > deadline) {
      throw new Error(`waitFor: timed out waiting for ${message} (last: ${String(last)})`);
    }
    await new Promise((r) => setTimeout(r, interval));
  }
}

/** Lets the content script's debounce + idle slices run. */
export const settle = (ms = 600): Promise<void> => new Promise((r) => setTimeout(r, ms));

// ---------------------------------------------------------------------------------------------
// Chromium with the unpacked extension
// ---------------------------------------------------------------------------------------------

export interface StorageDump {
  local: Record<string, unknown>;
  session: Record<string, unknown>;
  sync: Record<string, unknown>;
}

export interface ChromiumExtension {
  context: BrowserContext;
  extensionId: string;
  /** The running service worker (Playwright keeps the same object across restarts). */
  worker(): Promise<Worker>;
  /** Runs `fn(arg)` inside the service worker (chrome.* available there). */
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /** The extension's tab id for a page opened in this context. */
  tabIdOf(page: Page): Promise<number>;
  /** The toolbar badge text for a tab ('' when none). */
  badgeText(tabId: number): Promise<string>;
  /** Badge background colour [r, g, b, a] for a tab. */
  badgeColor(tabId: number): Promise<number[]>;
  /** Opens `popup.html?tab=<tabId>` as an ordinary page. */
  openPopup(tabId: number): Promise<Page>;
  /** Any extension page, e.g. 'options.html'. */
  openExtensionPage(path: string): Promise<Page>;
  /** Every extension storage area, parsed. */
  storage(): Promise<StorageDump>;
  /**
   * Stops the service worker through the DevTools protocol, as Chrome does after ~30 s idle.
   * Resolves once it is stopped; the next event (a content-script message, the popup) restarts it.
   */
  stopServiceWorker(): Promise<void>;
  close(): Promise<void>;
}

export async function launchChromium(
  { extensionDir = CHROME_DIR, headless = true, args: extraArgs = [], env }: {
    extensionDir?: string;
    headless?: boolean;
    /** Extra Chromium flags, e.g. ['--lang=it']. */
    args?: string[];
    /** Extra environment; on Linux the UI (and extension i18n) locale follows LANGUAGE. */
    env?: Record<string, string>;
  } = {},
): Promise<ChromiumExtension> {
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`${extensionDir}/manifest.json missing: run \`npm run build\` first`);
  }
  const profile = await mkdtemp(join(tmpdir(), 'kw-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless,
    args: [
      ...(headless ? ['--headless=new'] : []),
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      ...extraArgs,
    ],
    ...(env ? { env: { ...process.env, ...env } as Record<string, string> } : {}),
  });
  const isOurs = (w: Worker) => w.url().startsWith('chrome-extension://');
  const first = context.serviceWorkers().find(isOurs)
    ?? await context.waitForEvent('serviceworker', { predicate: isOurs, timeout: 20_000 });
  const extensionId = new URL(first.url()).host;

  const worker = async (): Promise<Worker> =>
    context.serviceWorkers().find(isOurs)
      ?? context.waitForEvent('serviceworker', { predicate: isOurs, timeout: 20_000 });

  // Playwright's own generic (Unboxed<A>) does not accept a plain `(arg: A) => R`; the shapes match.
  const evaluate = async <R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R> =>
    (await worker()).evaluate(fn as never, arg as never) as Promise<R>;

  const ext: ChromiumExtension = {
    context,
    extensionId,
    worker,
    evaluate,
    async tabIdOf(page) {
      const url = page.url();
      const id = await evaluate(async (u: string) => {
        const tabs = await chrome.tabs.query({});
        return (tabs.find((t) => t.url === u) ?? tabs.find((t) => t.active))?.id ?? -1;
      }, url);
      if (id < 0) throw new Error(`no tab for ${url}`);
      return id;
    },
    badgeText: (tabId) => evaluate((id: number) => chrome.action.getBadgeText({ tabId: id }), tabId),
    badgeColor: (tabId) =>
      evaluate(async (id: number) => [...await chrome.action.getBadgeBackgroundColor({ tabId: id })], tabId),
    async openPopup(tabId) {
      return ext.openExtensionPage(`popup.html?tab=${tabId}`);
    },
    async openExtensionPage(path) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return page;
    },
    storage: () => evaluate(async () => ({
      local: await chrome.storage.local.get(null),
      session: await chrome.storage.session.get(null),
      sync: await chrome.storage.sync.get(null),
    }), undefined),
    async stopServiceWorker() {
      // A DevTools session on any page can stop every service worker of the profile.
      const page = await context.newPage();
      try {
        const cdp = await context.newCDPSession(page);
        await cdp.send('ServiceWorker.enable');
        await cdp.send('ServiceWorker.stopAllWorkers');
        await cdp.detach();
      } finally {
        await page.close();
      }
    },
    async close() {
      await context.close().catch(() => undefined);
      await rm(profile, { recursive: true, force: true });
    },
  };
  return ext;
}

/** Page-side leftovers to search for key fragments: the DOM as markup and the page's web storage. */
export async function pageLeftovers(page: Page): Promise<string> {
  return page.evaluate(() => {
    const dom = new XMLSerializer().serializeToString(document);
    const local = JSON.stringify({ ...localStorage });
    const session = JSON.stringify({ ...sessionStorage });
    return `${dom}\n${local}\n${session}`;
  });
}

// ---------------------------------------------------------------------------------------------
// Firefox ESR with the add-on (WebDriver BiDi)
// ---------------------------------------------------------------------------------------------

export interface FirefoxExtension {
  browser: PuppeteerBrowser;
  addonId: string;
  newPage(): Promise<PuppeteerPage>;
  close(): Promise<void>;
}

export async function launchFirefox(
  { extensionDir = FIREFOX_DIR }: { extensionDir?: string } = {},
): Promise<FirefoxExtension> {
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`${extensionDir}/manifest.json missing: run \`npm run build\` first`);
  }
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    protocol: 'webDriverBiDi',
  });
  try {
    const addonId = await browser.installExtension(extensionDir);
    return {
      browser,
      addonId,
      newPage: () => browser.newPage(),
      close: () => browser.close().catch(() => undefined),
    };
  } catch (err) {
    await browser.close().catch(() => undefined);
    throw err;
  }
}

/**
 * The in-page notice as the content script renders it. Its shadow root is closed, so the test
 * reads what the host element exposes: presence, and the `data-count` attribute.
 */
export const NOTICE_SELECTOR = '[data-keywarden="notice"]';
