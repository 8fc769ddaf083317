// The one boundary to browser APIs. Everything else in the extension calls these functions, so
// differences between Chrome and Firefox (and the polyfill for Chrome < 148) stay in this folder.
import browser from 'webextension-polyfill';
import type { Runtime, Tabs } from 'webextension-polyfill';
import type { PageMessage, WorkerReply, WorkerRequest } from '../shared/protocol';

export type MessageSender = Runtime.MessageSender;

// ---- Storage ---------------------------------------------------------------------------------

type Area = 'local' | 'session';

function area(name: Area) {
  return browser.storage[name];
}

export async function readKey<T>(name: Area, key: string): Promise<T | undefined> {
  const got = await area(name).get(key);
  return got[key] as T | undefined;
}

export async function readKeys(name: Area, keys: string[] | null): Promise<Record<string, unknown>> {
  return area(name).get(keys);
}

export async function writeKeys(name: Area, values: Record<string, unknown>): Promise<void> {
  await area(name).set(values);
}

/**
 * A write refused because the area is full. Chrome: "Session storage quota bytes exceeded. Values
 * were not stored."; Firefox: a QuotaExceededError. Neither has a code to test, both say "quota".
 */
export function isStorageFull(err: unknown): boolean {
  const text = err instanceof Error ? `${err.name} ${err.message}` : String(err);
  return /quota/i.test(text);
}

export async function clearArea(name: Area): Promise<void> {
  await area(name).clear();
}

/** Every storage change, with the area's name (extension pages re-render on any of them). */
export function onAnyStorageChanged(listener: (area: string, keys: string[]) => void): void {
  browser.storage.onChanged.addListener((changes, areaName) => listener(areaName, Object.keys(changes)));
}

export async function removeKeys(name: Area, keys: string[]): Promise<void> {
  await area(name).remove(keys);
}

export function onStorageChanged(
  name: Area,
  listener: (changes: Record<string, { oldValue?: unknown; newValue?: unknown }>) => void,
): void {
  browser.storage.onChanged.addListener((changes, areaName) => {
    if (areaName === name) listener(changes);
  });
}

/**
 * What the organisation set (storage.managed), or {} when nothing is. Firefox rejects the read
 * when no policy names this add-on, and older Chromium builds may lack the area: both mean none.
 */
export async function readManaged(): Promise<Record<string, unknown>> {
  try {
    return (await browser.storage.managed.get(null)) ?? {};
  } catch {
    return {};
  }
}

/** Chrome reports a policy change as a 'managed' storage change; Firefox reads policies at start only. */
export function onManagedChanged(listener: () => void): void {
  browser.storage.onChanged.addListener((_, areaName) => {
    if (areaName === 'managed') listener();
  });
}

// ---- Badge -----------------------------------------------------------------------------------

/** Sets a tab's badge. Always per tab; a tab closed meanwhile is not an error worth reporting. */
export async function setBadge(tabId: number, text: string, color?: string): Promise<void> {
  try {
    await browser.action.setBadgeText({ tabId, text });
    if (color) await browser.action.setBadgeBackgroundColor({ tabId, color });
    // Chrome picks a text colour itself; Firefox keeps black unless told. White reads on every badge colour.
    if (color && browser.action.setBadgeTextColor) await browser.action.setBadgeTextColor({ tabId, color: '#FFFFFF' });
  } catch {
    // "No tab with id": the tab went away between the event and this call.
  }
}

// ---- Messaging -------------------------------------------------------------------------------

/**
 * Registers the handler for messages from content scripts. A handler returns a promise for a
 * reply, or undefined for no reply (so other listeners, e.g. of extension pages, still can).
 */
export function onMessage(handler: (message: unknown, sender: MessageSender) => Promise<unknown> | undefined): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: MessageSender) => handler(message, sender));
}

/**
 * content script → worker, typed by the protocol (src/shared/protocol.ts). Resolves undefined when
 * the worker is unreachable (extension reloaded).
 */
export async function sendToBackground<M extends WorkerRequest>(message: M): Promise<WorkerReply<M['type']> | undefined> {
  try {
    return (await browser.runtime.sendMessage(message)) as WorkerReply<M['type']>;
  } catch {
    return undefined;
  }
}

/** In a content script: messages from the worker (unchecked: see isPageMessage). The handler never replies. */
export function onBackgroundMessage(handler: (message: unknown) => void): void {
  browser.runtime.onMessage.addListener((message: unknown) => {
    handler(message);
    return undefined;
  });
}

/** background → a tab's content scripts (one frame, or all when frameId is omitted). */
export async function sendToTab(tabId: number, message: PageMessage, frameId?: number): Promise<void> {
  try {
    await browser.tabs.sendMessage(tabId, message, frameId === undefined ? undefined : { frameId });
  } catch {
    // No content script in that tab (browser page, paused, not yet injected): nothing to tell.
  }
}

/** In a content script: false once its extension was reloaded or removed under the page (Chromium then clears runtime.id). */
export function extensionConnected(): boolean {
  try {
    return browser.runtime.id !== undefined;
  } catch {
    return false;
  }
}

export function ownExtensionId(): string {
  return browser.runtime.id;
}

// ---- Tabs ------------------------------------------------------------------------------------

export function onTabUpdated(
  listener: (tabId: number, change: { status?: string; url?: string }, tab: Tabs.Tab) => void,
): void {
  browser.tabs.onUpdated.addListener((tabId, change, tab) => listener(tabId, change, tab));
}

export function onTabRemoved(listener: (tabId: number) => void): void {
  browser.tabs.onRemoved.addListener((tabId) => listener(tabId));
}

/** Every open tab's id, with when it was last active (ms; Chrome 121+, Firefox). Undefined when unknown. */
export async function openTabs(): Promise<Array<{ id: number; lastAccessed?: number }> | undefined> {
  try {
    const tabs = await browser.tabs.query({});
    return tabs.flatMap((t) => (t.id === undefined ? [] : [{ id: t.id, lastAccessed: t.lastAccessed }]));
  } catch {
    return undefined;
  }
}

/** The tab the popup is about: the one named, or the active tab of the current window. */
export async function tabInfo(tabId?: number): Promise<{ tabId: number | undefined; url: string | undefined }> {
  if (tabId !== undefined) {
    const tab = await browser.tabs.get(tabId).catch(() => undefined);
    return { tabId, url: tab?.url };
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return { tabId: tab?.id, url: tab?.url };
}

// ---- Notifications (optional permission, requested from the options page) -------------------

/** Asks for an optional permission; must run inside the user's click. */
export async function requestPermission(permission: 'notifications'): Promise<boolean> {
  return browser.permissions.request({ permissions: [permission] }).catch(() => false);
}

export async function mayNotify(): Promise<boolean> {
  try {
    return await browser.permissions.contains({ permissions: ['notifications'] });
  } catch {
    return false;
  }
}

export async function notify(id: string, title: string, message: string): Promise<void> {
  // `browser.notifications` only exists once the optional permission is granted.
  const api = (browser as { notifications?: typeof browser.notifications }).notifications;
  if (!api) return;
  await api.create(id, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('icons/icon-128.png'),
    title,
    message,
  });
}

// ---- i18n & misc -----------------------------------------------------------------------------

export function message(key: string, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions);
}

export function extensionVersion(): string {
  return browser.runtime.getManifest().version;
}

export function extensionUrl(path: string): string {
  return browser.runtime.getURL(path);
}

/** Random bytes as hex, from the platform CSPRNG. */
export function randomHex(bytes: number): string {
  const b = crypto.getRandomValues(new Uint8Array(bytes));
  return Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
}

// ---- HTTP cache ------------------------------------------------------------------------------

/** Firefox (its extension URLs are moz-extension:), read once: every read of browser.runtime crosses the bindings. */
let firefox: boolean | undefined;
const isFirefox = (): boolean => (firefox ??= browser.runtime.getURL('').startsWith('moz-extension:'));

/**
 * Firefox keeps a response fetched with credentials and one fetched without apart in its HTTP
 * cache; Chromium keeps one entry per URL (checked 2026-12 in Firefox ESR 153 and Chromium 156). So
 * in Firefox a page's classic cross-origin script (fetched with credentials) cannot be read from the
 * cache by a fetch without them: that fetch would go to the network. See docs/extension.md.
 */
export function cacheSplitByCredentials(): boolean {
  return isFirefox();
}

/**
 * Whether runtime messages are structured clones that carry a Blob (Firefox) rather than JSON
 * (Chromium, where a Blob arrives as `{}`). Checked in Chromium 156 and Firefox ESR 153; see
 * docs/extension.md "Script files".
 */
export function messagesCloneBlobs(): boolean {
  return isFirefox();
}

/**
 * Page text as a message carries it most cheaply for the page's thread (measured in both browsers
 * on the real docs pages, `npx tsx bench/handover.ts`): the strings themselves in Chromium, whose
 * JSON messages serialise them for about half what a Blob of them and its blob: URL cost
 * (createObjectURL is a round trip to the browser process, ~0.4 ms a call); one Blob of them in
 * Firefox, whose structured clone copies strings but passes a Blob by reference.
 */
export function textBody(texts: string[]): string[] | Blob {
  return messagesCloneBlobs() ? new Blob(texts) : texts;
}

/**
 * Sends `blob` to the worker with `send` and waits for the answer: Chromium's messages are JSON,
 * so the worker gets a blob: URL of it (revoked once answered); Firefox's are structured clones,
 * which carry the Blob itself (a content script's blob: URL is not the worker's to fetch there).
 */
export async function handOverBlob<T>(blob: Blob, send: (body: string | Blob) => Promise<T>): Promise<T> {
  if (messagesCloneBlobs()) return send(blob);
  const url = URL.createObjectURL(blob);
  try {
    return await send(url);
  } finally {
    URL.revokeObjectURL(url);
  }
}
