// One interface for driving the built extension in a real browser, implemented for Chromium
// (playwright-core, ./chromium.ts) and Firefox ESR (puppeteer-core over WebDriver BiDi, ./firefox.ts).
// Scenarios written against it run in both: `describe.each(BROWSERS)` (./index.ts).

export type BrowserName = 'chromium' | 'firefox';

export interface LaunchOptions {
  /** The unpacked extension; default dist/chrome or dist/firefox. */
  extensionDir?: string;
  /** Host names that resolve to 127.0.0.1, to serve test pages under a realistic name. */
  hosts?: readonly string[];
  /** UI language (e.g. 'it'); the extension's i18n follows it. */
  locale?: string;
  /**
   * A browser profile kept across launches (the caller removes it). The extension is installed so
   * that it survives a restart, and installing a higher version into the same profile is an update
   * (Firefox: a permanent install from a zip, which an ESR allows unsigned).
   */
  profileDir?: string;
}

export interface StorageDump {
  local: Record<string, unknown>;
  session: Record<string, unknown>;
  sync: Record<string, unknown>;
}

/** A region of the viewport, in CSS pixels. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** An element: a CSS selector, or the first match of `css` whose text matches `hasText`, then `inner` inside it. */
export type Target = string | { css: string; hasText?: string | RegExp; inner?: string };

/** A browser tab: a web page, or an extension page (popup, options) opened as a tab. */
export interface Tab {
  readonly browser: BrowserName;
  goto(url: string, options?: { timeout?: number }): Promise<void>;
  reload(): Promise<void>;
  url(): Promise<string>;
  close(): Promise<void>;

  /** Runs `fn(arg)` in the page's main world and returns its (JSON-serialisable) result. */
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** Evaluates a script given as a string (an expression, or a library's source). */
  evaluateSource(source: string): Promise<unknown>;
  /** Runs `fn(arg)` in every frame below the top one. */
  evaluateInFrames<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R[]>;
  /** Frames in the page, the top one included. */
  frameCount(): Promise<number>;
  /**
   * Runs `fn(root, arg)` on the closed shadow root of each element matching `hostSelector`, with
   * the browser's debugging privileges (the page's own scripts cannot reach these roots).
   */
  inClosedRoots<R, A = undefined>(hostSelector: string, fn: (root: ShadowRoot, arg: A) => R, arg?: A): Promise<R[]>;

  // Real input: mouse and keyboard events as a user makes them.
  click(target: Target): Promise<void>;
  clickAt(x: number, y: number): Promise<void>;
  focus(target: Target): Promise<void>;
  /** A key or a chord: 'Tab', 'Enter', 'Space', 'Escape', 'End', 'Control+V'. */
  press(keys: string): Promise<void>;
  type(text: string): Promise<void>;

  // Reading the page (shared implementation in ./tab.ts).
  /** Waits until the target exists (and, with `visible`, is rendered with a size). */
  waitFor(target: Target, options?: { visible?: boolean; timeout?: number }): Promise<void>;
  text(target: Target): Promise<string>;
  /** innerText of every match (what a user sees). */
  texts(target: Target): Promise<string[]>;
  /** textContent of every match (folded or hidden text included). */
  textContents(target: Target): Promise<string[]>;
  attribute(target: Target, name: string): Promise<string | null>;
  count(target: Target): Promise<number>;
  isVisible(target: Target): Promise<boolean>;
  isChecked(target: Target): Promise<boolean>;
  /** The element has the document's focus. */
  isFocused(target: Target): Promise<boolean>;
  /** The element is disabled (itself or by its fieldset). */
  isDisabled(target: Target): Promise<boolean>;
  value(target: Target): Promise<string>;
  /** Sets a field's value as a script would (no input events beyond 'input'). */
  fill(target: Target, value: string): Promise<void>;
  /** Chooses the option with this value in a <select> (input and change events, as a user's choice makes). */
  select(target: Target, value: string): Promise<void>;
  /** Gives a file input these files from disk, as choosing them in the file picker does (hidden inputs too). */
  setInputFiles(selector: string, paths: readonly string[]): Promise<void>;
  /** Clicks `target` and waits for the file the browser downloads: its suggested name and its text. */
  download(target: Target): Promise<{ name: string; text: string }>;
  /** The document's markup. */
  content(): Promise<string>;

  setViewport(width: number, height: number): Promise<void>;
  /** prefers-color-scheme for this tab (Firefox: for the whole browser, which has one setting). */
  colorScheme(scheme: 'light' | 'dark'): Promise<void>;
  screenshot(path: string, options?: { fullPage?: boolean }): Promise<void>;
  /** A PNG of the viewport, or of the region `clip` of it (CSS pixels), to read pixels from. */
  capture(clip?: Rect): Promise<Buffer>;
  /** Dialogs (alert, confirm, prompt) are dismissed and their messages passed to `listener`. */
  onDialog(listener: (message: string) => void): void;
  /** Answers every request under `origin` (e.g. 'https://gist.github.com') with `html`, offline. */
  answer(origin: string, html: string): Promise<void>;
}

/** Who made a request: the extension's background, one of its pages, or a web page (and so its content scripts). */
export type Initiator = 'worker' | 'extension-page' | 'web';

export interface SeenRequest {
  url: string;
  from: Initiator;
  /** URL of the initiating document or worker, when known. */
  by: string;
}

/** What an observed browser did since observe() was called. */
export interface Observation {
  requests: SeenRequest[];
  /** Console output of every context: pages, extension pages, the background. */
  console: string[];
  /** Dialogs that opened (each dismissed at once). */
  dialogs: string[];
}

/** The built extension installed in a fresh browser profile. */
export interface ExtensionDriver {
  readonly browser: BrowserName;
  /** 'chrome-extension://<id>/' or 'moz-extension://<uuid>/'. */
  readonly baseUrl: string;

  newTab(): Promise<Tab>;
  /** Opens `url` in a new tab and returns it with the extension's id for that tab. */
  open(url: string, options?: { timeout?: number }): Promise<{ tab: Tab; tabId: number }>;
  /** The extension's tab id for a tab (the newest tab showing its URL). */
  tabIdOf(tab: { url(): string | Promise<string> }): Promise<number>;
  /**
   * Runs `fn(arg)` in an extension context with the `chrome.*` API: the service worker in
   * Chromium, an extension page in Firefox. Promise-returning calls work in both.
   */
  run<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  badgeText(tabId: number): Promise<string>;
  /** [r, g, b, a] */
  badgeColor(tabId: number): Promise<number[]>;
  storage(): Promise<StorageDump>;
  /** An extension page (e.g. 'options.html') in a new tab. */
  openExtensionPage(path: string): Promise<Tab>;
  /** popup.html?tab=<tabId> in a new tab: the popup as it shows for that tab. */
  openPopup(tabId: number): Promise<Tab>;
  /**
   * Stops the background (Chrome's service worker, Firefox's event page) as the browser does when
   * idle; resolves once it is stopped. The next event starts it again.
   */
  stopBackground(): Promise<void>;
  /** Leaves a mark in the running background's globals; a restarted background has none. */
  markBackground(): Promise<void>;
  isBackgroundMarked(): Promise<boolean>;
  /** Runs `source` in every page's main world before the page's own scripts. */
  addInitScript(source: string): Promise<void>;
  /**
   * Starts recording every network request with its initiator, the console output of every context
   * and every dialog (dismissed). Requests that would leave 127.0.0.1 are aborted, so nothing leaves
   * the machine even when a test fails. Returns a reader of what was seen so far.
   */
  observe(): Promise<() => Promise<Observation>>;
  /** Every cookie the browser holds (the extension must have set none). */
  cookies(): Promise<unknown[]>;
  /** Puts `text` on the system clipboard, readable by a paste into `tab`. */
  setClipboard(tab: Tab, text: string): Promise<void>;
  /** Runs `cleanup` once the browser is closed. */
  onClose(cleanup: () => Promise<unknown>): void;
  close(): Promise<void>;
}
