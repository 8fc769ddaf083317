// In-memory WebExtension APIs for unit tests (aliased in place of webextension-polyfill), with
// i18n.getMessage answered from our own English messages the way the browsers do it.
import { readFileSync } from 'node:fs';
import { fakeBrowser } from '@webext-core/fake-browser';

interface LocaleMessage {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

const messages = JSON.parse(readFileSync(new URL('../_locales/en/messages.json', import.meta.url), 'utf8')) as
  Record<string, LocaleMessage>;

fakeBrowser.i18n.getMessage = (key: string, substitutions?: string | Array<string | number>): string => {
  const entry = messages[key];
  if (!entry) return '';
  const args = (substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions]).map(String);
  const fill = (s: string) => s.replace(/\$(\d)/g, (_, n: string) => args[Number(n) - 1] ?? '');
  return fill(entry.message.replace(/\$([\w@]+)\$/g, (whole, name: string) => {
    const placeholder = entry.placeholders?.[name.toLowerCase()];
    return placeholder ? placeholder.content : whole;
  }));
};

export default fakeBrowser;
export { fakeBrowser };

// storage.session holds 10 MB in both browsers (storage.session.QUOTA_BYTES) and refuses a write
// that would go past it, whole, with an error that says "quota" (Chrome's words below). Sizes here
// are each key plus its value as JSON; Chrome counts its own, larger estimate of the same values.
export const SESSION_QUOTA_BYTES = 10 * 1024 * 1024;
let sessionQuota = SESSION_QUOTA_BYTES;

/** For a test: a smaller storage.session (restore with no argument). */
export function setSessionQuota(bytes = SESSION_QUOTA_BYTES): void {
  sessionQuota = bytes;
}

const session = fakeBrowser.storage.session;
const bytesOf = (items: Record<string, unknown>): number =>
  Object.entries(items).reduce((n, [key, value]) => n + key.length + JSON.stringify(value).length, 0);
const setUnlimited = session.set.bind(session);
session.set = async (items: Record<string, unknown>) => {
  const after = { ...(await session.get(null)), ...(JSON.parse(JSON.stringify(items)) as Record<string, unknown>) };
  if (bytesOf(after) > sessionQuota) throw new Error('Session storage quota bytes exceeded. Values were not stored.');
  return setUnlimited(items);
};
session.getBytesInUse = (async (keys?: string | string[] | null) => {
  const all = await session.get(null);
  const wanted = keys === undefined || keys === null ? Object.keys(all) : Array.isArray(keys) ? keys : [keys];
  return bytesOf(Object.fromEntries(wanted.filter((k) => k in all).map((k) => [k, all[k]])));
}) as typeof session.getBytesInUse;

// The fake's own tabs.remove looks a window up by the tab's id and throws. Closing a tab here hides
// it from query and get, and fires onRemoved as the browsers do.
const closedTabs = new Set<number>();
const { query, get } = fakeBrowser.tabs;
fakeBrowser.tabs.query = async (info) => (await query(info)).filter((t) => t.id === undefined || !closedTabs.has(t.id));
fakeBrowser.tabs.get = async (id) => (closedTabs.has(id) ? (undefined as never) : get(id));
fakeBrowser.tabs.remove = async (ids: number | number[]) => {
  for (const id of Array.isArray(ids) ? ids : [ids]) {
    if (closedTabs.has(id)) continue;
    closedTabs.add(id);
    await fakeBrowser.tabs.onRemoved.trigger(id, { windowId: 0, isWindowClosing: false });
  }
};
