// Firefox ESR with the add-on, through puppeteer-core over WebDriver BiDi.
//
// BiDi refuses moz-extension:// URLs by default ("not allowed in this context"), so the popup and
// options could not be driven. Started with `-remote-allow-system-access` (test-only; Firefox's
// switch for privileged automation), the remote agent lets a tab navigate to the add-on's pages
// and run scripts in them, where `browser.*`/`chrome.*` are available. The same switch exposes
// the browser's own chrome window as a BiDi context, used here for what no page can do: stop the
// event page, set the clipboard and the color scheme, choose the UI language, watch every request.
// The add-on's moz-extension UUID is fixed per launch through `extensions.webextensions.uuids`.
// Checked on Firefox ESR 153; what was tried and why: docs/testing.md.
import { createHash, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { zipFolder } from '../../../scripts/zip';
import { FIREFOX_DIR, FIREFOX_PATH } from '../harness';
import { assertBuilt, BaseDriver, STAYS_LOCAL } from './extension';
import { type AutomatedPage, BaseTab, chord } from './tab';
import type { LaunchOptions, Observation, Rect, SeenRequest, Tab } from './types';

interface BidiReply {
  result: {
    type?: 'success' | 'exception';
    result?: { type: string; value?: unknown };
    exceptionDetails?: { text: string };
    contexts?: Array<{ context: string }>;
  };
}

/** Raw WebDriver BiDi commands and events on puppeteer's own session. */
interface Bidi {
  send(method: string, params: object): Promise<BidiReply>;
  on(event: string, listener: (params: Record<string, unknown>) => void): void;
}

/** A BiDi script result that was JSON-encoded in the browser (undefined stays undefined). */
function decoded(reply: BidiReply, where: string): unknown {
  const r = reply.result;
  if (r.type === 'exception') throw new Error(`${where}: ${r.exceptionDetails?.text ?? 'exception'}`);
  const v = r.result?.value;
  return typeof v === 'string' ? JSON.parse(v) : undefined;
}

/** `fn` as a BiDi function declaration: an optional node handle, then its argument as JSON; returns JSON. */
const jsonCall = (fn: { toString(): string }, withNode: boolean): string => withNode
  ? `async (node, json) => JSON.stringify(await (${fn.toString()})(node, JSON.parse(json)))`
  : `async (json) => JSON.stringify(await (${fn.toString()})(JSON.parse(json)))`;

export class FirefoxTab extends BaseTab {
  readonly browser = 'firefox' as const;
  /** Origins answered by the test (see answer()). */
  private readonly answers = new Map<string, string>();

  constructor(readonly page: Page, private readonly driver: FirefoxDriver) {
    super(page as unknown as AutomatedPage);
  }

  /** The tab's BiDi browsing context id. */
  get context(): string {
    return (this.page.mainFrame() as unknown as { _id: string })._id;
  }

  async goto(url: string, { timeout }: { timeout?: number } = {}): Promise<void> {
    // Puppeteer waits for load events that BiDi does not send for extension pages.
    if (url.startsWith('moz-extension:')) {
      await this.driver.bidi.send('browsingContext.navigate', { context: this.context, url, wait: 'complete' });
    } else {
      await this.page.goto(url, timeout ? { timeout } : {});
    }
  }

  async reload(): Promise<void> {
    await this.driver.bidi.send('browsingContext.reload', { context: this.context, wait: 'complete' });
  }

  url(): Promise<string> {
    // page.url() does not follow navigations into extension pages.
    return this.page.evaluate(() => location.href);
  }

  async inClosedRoots<R, A = undefined>(hostSelector: string, fn: (root: ShadowRoot, arg: A) => R, arg?: A): Promise<R[]> {
    const target = { context: this.context };
    // BiDi serialises a host's shadow root, closed ones included, as a handle the next call can take.
    const hosts = await this.driver.bidi.send('script.callFunction', {
      functionDeclaration: '(selector) => [...document.querySelectorAll(selector)]',
      arguments: [{ type: 'string', value: hostSelector }],
      target, awaitPromise: false,
      serializationOptions: { maxDomDepth: 0, includeShadowTree: 'all' },
    });
    const nodes = (hosts.result.result?.value ?? []) as Array<{ value?: { shadowRoot?: { sharedId: string } | null } }>;
    const out: R[] = [];
    for (const node of nodes) {
      const root = node.value?.shadowRoot;
      if (!root) continue;
      const reply = await this.driver.bidi.send('script.callFunction', {
        functionDeclaration: jsonCall(fn, true),
        arguments: [{ sharedId: root.sharedId }, { type: 'string', value: JSON.stringify(arg ?? null) }],
        target, awaitPromise: true,
      });
      out.push(decoded(reply, 'in a closed root') as R);
    }
    return out;
  }

  async press(keys: string): Promise<void> {
    // Puppeteer's BiDi keyboard knows the space bar as ' ' only.
    const parts = chord(keys).map((k) => (k === 'Space' ? ' ' : k)) as Parameters<Page['keyboard']['press']>[0][];
    const key = parts.pop()!;
    for (const m of parts) await this.page.keyboard.down(m);
    await this.page.keyboard.press(key);
    for (const m of parts.reverse()) await this.page.keyboard.up(m);
  }

  async setViewport(width: number, height: number): Promise<void> {
    await this.page.setViewport({ width, height });
  }

  async colorScheme(scheme: 'light' | 'dark'): Promise<void> {
    // No BiDi command for prefers-color-scheme: Firefox's own override, for every tab.
    await this.driver.privileged((dark: boolean) => {
      Services.prefs.setIntPref('layout.css.prefers-color-scheme.content-override', dark ? 0 : 1);
    }, scheme === 'dark');
  }

  async screenshot(path: string, { fullPage = false } = {}): Promise<void> {
    await this.page.screenshot({ path, fullPage });
  }

  async capture(clip?: Rect): Promise<Buffer> {
    return Buffer.from(await this.page.screenshot(clip ? { clip } : {}));
  }

  async answer(origin: string, html: string): Promise<void> {
    if (this.answers.size === 0) {
      await this.page.setRequestInterception(true);
      this.page.on('request', (req) => {
        const body = this.answers.get(new URL(req.url()).origin);
        void (body === undefined ? req.continue() : req.respond({ status: 200, contentType: 'text/html', body }));
      });
    }
    this.answers.set(origin, html);
  }
}

interface HttpChannel {
  URI: { spec: string };
  loadInfo: {
    triggeringPrincipal: { addonId: string; isExpandedPrincipal: boolean; isSystemPrincipal: boolean };
    externalContentPolicyType: number;
    browsingContext: { top: { embedderElement: unknown; currentURI: { spec: string } | null } } | null;
  };
  cancel(status: number): void;
}
declare const gBrowser: { getTabForBrowser(browser: unknown): unknown };

/** Privileged code in the browser's chrome window has these globals. */
declare const Services: {
  prefs: { setIntPref(name: string, value: number): void };
  obs: { addObserver(observer: { observe(subject: { QueryInterface(i: unknown): HttpChannel }): void }, topic: string): void };
  locale: { availableLocales: string[]; requestedLocales: string[] };
};
declare const Cc: Record<string, { getService(i: unknown): { copyString(s: string): void } }>;
declare const Ci: Record<string, unknown>;
declare const Cr: Record<string, number>;
declare const WebExtensionPolicy: {
  getByID(id: string): { extension: { terminateBackground(o: object): Promise<void>; backgroundState: string } } | null;
};

export class FirefoxDriver extends BaseDriver {
  readonly browser = 'firefox' as const;
  readonly baseUrl: string;
  readonly bidi: Bidi;
  private chromeContext: string | undefined;
  private control!: FirefoxTab;
  /** Console output of every context (Firefox prints it to stdout, see launchFirefox). */
  readonly consoleLines: string[] = [];

  constructor(readonly puppeteer: Browser, readonly addonId: string, uuid: string) {
    super();
    this.baseUrl = `moz-extension://${uuid}/`;
    // Not in the public types: the BiDi connection puppeteer drives the browser through.
    this.bidi = (puppeteer as unknown as { connection: Bidi }).connection;
  }

  /** Runs `fn(arg)` in the browser's chrome window (privileged: Services, Cc, Ci and friends). */
  async privileged<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R> {
    this.chromeContext ??= (await this.bidi.send('browsingContext.getTree', { 'moz:scope': 'chrome', maxDepth: 0 }))
      .result.contexts?.[0]?.context;
    if (!this.chromeContext) throw new Error('firefox: no chrome window (is -remote-allow-system-access set?)');
    const reply = await this.bidi.send('script.callFunction', {
      functionDeclaration: jsonCall(fn, false),
      arguments: [{ type: 'string', value: JSON.stringify(arg ?? null) }],
      target: { context: this.chromeContext }, awaitPromise: true,
    });
    return decoded(reply, 'privileged') as R;
  }

  /** Opens the control tab: an add-on file whose document has the extension API and runs nothing. */
  async start(): Promise<void> {
    this.control = await this.newTab();
    await this.control.goto(`${this.baseUrl}icons/icon-16.png`);
  }

  run<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R> {
    return this.control.evaluate(fn, arg);
  }

  async newTab(): Promise<FirefoxTab> {
    return new FirefoxTab(await this.puppeteer.newPage(), this);
  }

  async stopBackground(): Promise<void> {
    // Stops it even while a listener is pending, as Chrome's DevTools stop does.
    const state = await this.privileged(async (id: string) => {
      const extension = WebExtensionPolicy.getByID(id)?.extension;
      await extension?.terminateBackground({ disableResetIdleForTest: true });
      return extension?.backgroundState;
    }, this.addonId);
    if (state !== 'stopped') throw new Error(`firefox: the event page did not stop (state ${state})`);
  }

  async markBackground(): Promise<void> {
    await this.run(async () => {
      const page = await (globalThis as unknown as BrowserGlobal).browser.runtime.getBackgroundPage();
      (page as { kwMark?: number }).kwMark = 1;
    });
  }

  async isBackgroundMarked(): Promise<boolean> {
    return this.run(async () => {
      const page = await (globalThis as unknown as BrowserGlobal).browser.runtime.getBackgroundPage();
      return (page as { kwMark?: number }).kwMark === 1;
    });
  }

  async addInitScript(source: string): Promise<void> {
    await this.bidi.send('script.addPreloadScript', { functionDeclaration: `() => { ${source} }` });
  }

  async observe(): Promise<() => Promise<Observation>> {
    const fromLine = this.consoleLines.length;
    const dialogs: string[] = [];
    this.bidi.on('browsingContext.userPromptOpened', (p) => {
      dialogs.push(`${String(p.type)} ${String(p.message)}`);
      void this.bidi.send('browsingContext.handleUserPrompt', { context: p.context, accept: false }).catch(() => undefined);
    });
    // Every HTTP request of every process passes the parent's observer service, with who asked.
    await this.privileged(({ addonId, local }: { addonId: string; local: string }) => {
      const stays = new RegExp(local);
      const seen: SeenRequest[] = [];
      (globalThis as unknown as { kwSeen: SeenRequest[] }).kwSeen = seen;
      Services.obs.addObserver({
        observe(subject) {
          const channel = subject.QueryInterface(Ci.nsIHttpChannel);
          const url = channel.URI.spec;
          const info = channel.loadInfo;
          const principal = info.triggeringPrincipal;
          const top = info.browsingContext?.top;
          const inTab = !!top && !!gBrowser.getTabForBrowser(top.embedderElement);
          const by = top?.currentURI?.spec ?? '';
          // 6 = TYPE_DOCUMENT: a tab's navigation, which the test itself starts with the system principal.
          const navigation = inTab && info.externalContentPolicyType === 6;
          if (principal.isExpandedPrincipal) seen.push({ url, from: 'web', by }); // a content script, as its page
          else if (principal.addonId === addonId) seen.push({ url, from: inTab ? 'extension-page' : 'worker', by });
          else if (!principal.isSystemPrincipal || navigation) seen.push({ url, from: 'web', by });
          // Anything else is Firefox's own housekeeping; it is cut off like the rest.
          if (!stays.test(url)) channel.cancel(Cr.NS_BINDING_ABORTED!);
        },
      }, 'http-on-modify-request');
    }, { addonId: this.addonId, local: STAYS_LOCAL.source });
    return async () => ({
      requests: await this.privileged(() => (globalThis as unknown as { kwSeen: SeenRequest[] }).kwSeen, null),
      console: this.consoleLines.slice(fromLine),
      dialogs,
    });
  }

  cookies(): Promise<unknown[]> {
    return this.puppeteer.cookies();
  }

  async setClipboard(_tab: Tab, text: string): Promise<void> {
    await this.privileged((t: string) => {
      Cc['@mozilla.org/widget/clipboardhelper;1']!.getService(Ci.nsIClipboardHelper).copyString(t);
    }, text);
  }

  protected async shutDown(): Promise<void> {
    await this.puppeteer.close().catch(() => undefined);
  }
}

interface BrowserGlobal {
  browser: { runtime: { getBackgroundPage(): Promise<Window> } };
}

/** A UUID of `text`'s hash: a kept profile gets the same moz-extension host every launch. */
function uuidOf(text: string): string {
  const h = createHash('sha256').update(text).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

export async function launchFirefox({ extensionDir = FIREFOX_DIR, hosts = [], locale, profileDir }: LaunchOptions = {}): Promise<FirefoxDriver> {
  assertBuilt(extensionDir);
  const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8')) as {
    browser_specific_settings: { gecko: { id: string } };
  };
  const addonId = manifest.browser_specific_settings.gecko.id;
  const uuid = profileDir ? uuidOf(profileDir) : randomUUID();
  const browser = await puppeteer.launch({
    ...(profileDir ? { userDataDir: profileDir } : {}),
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    protocol: 'webDriverBiDi',
    args: ['-remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [addonId]: uuid }),
      // Console output of pages, extension pages and the background on stdout, for observe().
      'devtools.console.stdout.content': true,
      'devtools.console.stdout.chrome': true,
      // No favicon requests: pages under test ask for nothing they do not show.
      'browser.chrome.site_icons': false,
      // A permanent install of our own unsigned build (ESR honours this; release Firefox does not).
      ...(profileDir ? { 'xpinstall.signatures.required': false } : {}),
      // Served over plain HTTP by the test: no HSTS preload (kraken.com is on it), no HTTPS-First upgrade.
      ...(hosts.length ? {
        'network.dns.localDomains': hosts.join(','),
        'network.stricttransportsecurity.preloadlist': false,
        'dom.security.https_first': false,
      } : {}),
    },
  });
  try {
    const driver = new FirefoxDriver(browser, addonId, uuid);
    browser.process()?.stdout?.on('data', (chunk: Buffer) => {
      driver.consoleLines.push(...String(chunk).split('\n').filter((l) => l.startsWith('console.')));
    });
    if (locale) {
      // Firefox ESR here ships en-US only; the add-on picks its locale from the app's locales.
      await driver.privileged((l: string) => {
        Services.locale.availableLocales = [l, 'en-US'];
        Services.locale.requestedLocales = [l];
      }, locale);
    }
    const installed = profileDir
      // Temporary add-ons are gone after a restart: a kept profile gets a permanent install, which
      // BiDi takes from an archive only.
      ? ((await driver.bidi.send('webExtension.install', {
        extensionData: { type: 'base64', value: zipFolder(extensionDir).toString('base64') },
        'moz:permanent': true,
      })).result as { extension?: string }).extension
      : await browser.installExtension(extensionDir);
    if (installed !== addonId) throw new Error(`firefox: installed ${installed}, expected ${addonId}`);
    await driver.start();
    return driver;
  } catch (err) {
    await browser.close().catch(() => undefined);
    throw err;
  }
}
