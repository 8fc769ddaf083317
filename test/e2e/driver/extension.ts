// What both browsers' drivers share: everything the extension's own API can answer (tab ids,
// badges, storage), asked through `run` in an extension context.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserName, ExtensionDriver, Observation, StorageDump, Tab } from './types';

export abstract class BaseDriver implements ExtensionDriver {
  abstract readonly browser: BrowserName;
  abstract readonly baseUrl: string;
  abstract newTab(): Promise<Tab>;
  abstract run<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  abstract stopBackground(): Promise<void>;
  abstract markBackground(): Promise<void>;
  abstract isBackgroundMarked(): Promise<boolean>;
  abstract addInitScript(source: string): Promise<void>;
  abstract observe(): Promise<() => Promise<Observation>>;
  abstract cookies(): Promise<unknown[]>;
  abstract setClipboard(tab: Tab, text: string): Promise<void>;
  /** Closes the browser (and removes a profile of its own). */
  protected abstract shutDown(): Promise<void>;
  private readonly afterClose: Array<() => Promise<unknown>> = [];

  /** Runs `cleanup` once the browser is closed. */
  onClose(cleanup: () => Promise<unknown>): void {
    this.afterClose.push(cleanup);
  }

  async close(): Promise<void> {
    await this.shutDown();
    for (const cleanup of this.afterClose.splice(0)) await cleanup();
  }

  async open(url: string, options: { timeout?: number } = {}): Promise<{ tab: Tab; tabId: number }> {
    const tab = await this.newTab();
    await tab.goto(url, options);
    return { tab, tabId: await this.tabIdOf(tab) };
  }

  async tabIdOf(tab: { url(): string | Promise<string> }): Promise<number> {
    const url = await tab.url();
    const id = await this.run(async (u: string) => {
      const ids = (await chrome.tabs.query({})).filter((t) => t.url === u).map((t) => t.id ?? -1);
      return ids.length ? Math.max(...ids) : -1;
    }, url);
    if (id < 0) throw new Error(`${this.browser}: no tab shows ${url}`);
    return id;
  }

  badgeText(tabId: number): Promise<string> {
    return this.run((id: number) => chrome.action.getBadgeText({ tabId: id }), tabId);
  }

  badgeColor(tabId: number): Promise<number[]> {
    return this.run(async (id: number) => [...await chrome.action.getBadgeBackgroundColor({ tabId: id })], tabId);
  }

  storage(): Promise<StorageDump> {
    return this.run(async () => ({
      local: await chrome.storage.local.get(null),
      session: await chrome.storage.session.get(null),
      sync: await chrome.storage.sync.get(null),
    }));
  }

  async openExtensionPage(path: string): Promise<Tab> {
    const tab = await this.newTab();
    await tab.goto(this.baseUrl + path);
    return tab;
  }

  openPopup(tabId: number): Promise<Tab> {
    return this.openExtensionPage(`popup.html?tab=${tabId}`);
  }
}

/** What the observers let through: the test's own server, and what never touches the network. */
export const STAYS_LOCAL = /^(http:\/\/127\.0\.0\.1[:/]|chrome-extension:|moz-extension:|data:|blob:)/;

/** Throws unless `dir` holds a built extension. */
export function assertBuilt(dir: string): void {
  if (!existsSync(join(dir, 'manifest.json'))) {
    throw new Error(`${dir}/manifest.json missing: run \`npm run build\` first`);
  }
}
