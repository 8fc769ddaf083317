// Chromium with the unpacked extension, through playwright-core: a fresh profile per launch, the
// extension's service worker for `run`, extension pages opened as ordinary tabs, and the DevTools
// protocol where a page's own scripts cannot reach (closed shadow roots, stopping the worker).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page, type Request, type Worker } from 'playwright-core';
import { CHROME_DIR, CHROMIUM_PATH } from '../harness';
import { assertBuilt, BaseDriver, STAYS_LOCAL } from './extension';
import { type AutomatedPage, BaseTab } from './tab';
import type { Initiator, LaunchOptions, Observation, Rect, SeenRequest, Tab } from './types';

/** The flags every Chromium under test gets. */
function chromiumArgs(extensionDir: string): string[] {
  return [
    '--headless=new',
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ];
}

export class ChromiumTab extends BaseTab {
  readonly browser = 'chromium' as const;

  constructor(readonly page: Page) {
    super(page as unknown as AutomatedPage);
  }

  async goto(url: string, { timeout }: { timeout?: number } = {}): Promise<void> {
    await this.page.goto(url, timeout ? { timeout } : {});
  }

  async reload(): Promise<void> {
    await this.page.reload();
  }

  async url(): Promise<string> {
    return this.page.url();
  }

  async inClosedRoots<R, A = undefined>(hostSelector: string, fn: (root: ShadowRoot, arg: A) => R, arg?: A): Promise<R[]> {
    const cdp = await this.page.context().newCDPSession(this.page);
    try {
      const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
      const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector: hostSelector });
      const out: R[] = [];
      for (const nodeId of nodeIds) {
        const { node } = await cdp.send('DOM.describeNode', { nodeId, depth: 1, pierce: true });
        const shadow = node.shadowRoots?.[0];
        if (!shadow) continue;
        const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId });
        const { result, exceptionDetails } = await cdp.send('Runtime.callFunctionOn', {
          objectId: object.objectId,
          functionDeclaration: `function (arg) { return (${fn.toString()})(this, arg); }`,
          arguments: [{ value: arg }],
          returnByValue: true,
          awaitPromise: true,
        });
        if (exceptionDetails) throw new Error(`in a closed root: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
        out.push(result.value as R);
      }
      return out;
    } finally {
      await cdp.detach();
    }
  }

  async press(keys: string): Promise<void> {
    await this.page.keyboard.press(keys);
  }

  async setViewport(width: number, height: number): Promise<void> {
    await this.page.setViewportSize({ width, height });
  }

  async colorScheme(scheme: 'light' | 'dark'): Promise<void> {
    await this.page.emulateMedia({ colorScheme: scheme });
  }

  async screenshot(path: string, { fullPage = false } = {}): Promise<void> {
    await this.page.screenshot({ path, fullPage, animations: 'disabled' });
  }

  capture(clip?: Rect): Promise<Buffer> {
    return this.page.screenshot({ ...(clip ? { clip } : {}), animations: 'disabled' });
  }

  async answer(origin: string, html: string): Promise<void> {
    await this.page.route(`${origin}/**`, (route) => route.fulfill({ body: html, contentType: 'text/html' }));
  }
}

export class ChromiumDriver extends BaseDriver {
  readonly browser = 'chromium' as const;
  readonly baseUrl: string;
  private readonly clipboardOrigins = new Set<string>();

  constructor(readonly context: BrowserContext, readonly extensionId: string, private readonly ownProfile: string | undefined) {
    super();
    this.baseUrl = `chrome-extension://${extensionId}/`;
  }

  /** The running service worker (Playwright keeps the same object across restarts). */
  async worker(): Promise<Worker> {
    return this.context.serviceWorkers().find(isOurs)
      ?? this.context.waitForEvent('serviceworker', { predicate: isOurs, timeout: 20_000 });
  }

  async run<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R> {
    return (await this.worker()).evaluate(fn as never, arg as never) as Promise<R>;
  }

  async newTab(): Promise<ChromiumTab> {
    return new ChromiumTab(await this.context.newPage());
  }

  /** A Playwright page of this context as a Tab. */
  tab(page: Page): ChromiumTab {
    return new ChromiumTab(page);
  }

  async stopBackground(): Promise<void> {
    // A DevTools session on any page can stop every service worker of the profile.
    const page = await this.context.newPage();
    try {
      const cdp = await this.context.newCDPSession(page);
      await cdp.send('ServiceWorker.enable');
      await cdp.send('ServiceWorker.stopAllWorkers');
      await cdp.detach();
    } finally {
      await page.close();
    }
  }

  async markBackground(): Promise<void> {
    await this.run(() => { (globalThis as { kwMark?: number }).kwMark = 1; });
  }

  async isBackgroundMarked(): Promise<boolean> {
    return this.run(() => (globalThis as { kwMark?: number }).kwMark === 1);
  }

  async addInitScript(source: string): Promise<void> {
    await this.context.addInitScript(source);
  }

  async observe(): Promise<() => Promise<Observation>> {
    const seen: Observation = { requests: [], console: [], dialogs: [] };
    const initiator = (req: Request): { from: Initiator; by: string } => {
      const worker = req.serviceWorker();
      if (worker) return { from: worker.url().startsWith(this.baseUrl) ? 'worker' : 'web', by: worker.url() };
      let by = '';
      try {
        by = req.frame().url();
      } catch {
        // A navigation issued before its frame exists: the page's own.
      }
      return { from: by.startsWith(this.baseUrl) ? 'extension-page' : 'web', by };
    };
    this.context.on('request', (req) => {
      seen.requests.push({ url: req.url(), ...initiator(req) } satisfies SeenRequest);
    });
    await this.context.route((url) => !STAYS_LOCAL.test(url.href), (route) => route.abort());
    const watchWorker = (w: Worker) => w.on('console', (m) => seen.console.push(`[worker] ${m.text()}`));
    this.context.serviceWorkers().forEach(watchWorker);
    this.context.on('serviceworker', watchWorker);
    const watchPage = (p: Page) => {
      p.on('console', (m) => seen.console.push(`[${p.url()}] ${m.text()}`));
      p.on('pageerror', (e) => seen.console.push(`[${p.url()}] error ${e.message}`));
      p.on('dialog', (d) => {
        seen.dialogs.push(`${p.url()}: ${d.type()} ${d.message()}`);
        void d.dismiss().catch(() => undefined);
      });
    };
    this.context.pages().forEach(watchPage);
    this.context.on('page', watchPage);
    return async () => seen;
  }

  cookies(): Promise<unknown[]> {
    return this.context.cookies();
  }

  async setClipboard(tab: Tab, text: string): Promise<void> {
    const origin = new URL(await tab.url()).origin;
    if (!this.clipboardOrigins.has(origin)) {
      await this.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
      this.clipboardOrigins.add(origin);
    }
    await tab.evaluate((t: string) => navigator.clipboard.writeText(t), text);
  }

  protected async shutDown(): Promise<void> {
    await this.context.close().catch(() => undefined);
    if (this.ownProfile) await rm(this.ownProfile, { recursive: true, force: true });
  }
}

const isOurs = (w: Worker): boolean => w.url().startsWith('chrome-extension://');

export async function launchChromium(
  { extensionDir = CHROME_DIR, hosts = [], locale, profileDir, args = [] }: LaunchOptions & {
    /** Extra Chromium flags. */
    args?: string[];
  } = {},
): Promise<ChromiumDriver> {
  assertBuilt(extensionDir);
  const ownProfile = profileDir ? undefined : await mkdtemp(join(tmpdir(), 'kw-chromium-'));
  const profile = profileDir ?? ownProfile!;
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      ...chromiumArgs(extensionDir),
      ...(hosts.length ? [`--host-resolver-rules=${hosts.map((h) => `MAP ${h} 127.0.0.1`).join(', ')}`] : []),
      ...(locale ? [`--lang=${locale}`] : []),
      ...args,
    ],
    // On Linux the UI (and extension i18n) locale follows LANGUAGE.
    ...(locale ? { env: { ...process.env, LANGUAGE: locale, LANG: `${locale}_${locale.toUpperCase()}.UTF-8` } as Record<string, string> } : {}),
  });
  const first = context.serviceWorkers().find(isOurs)
    ?? await context.waitForEvent('serviceworker', { predicate: isOurs, timeout: 20_000 });
  return new ChromiumDriver(context, new URL(first.url()).host, ownProfile);
}
