// What the worker keeps, and where. Per-tab state in storage.session (memory only, survives the
// worker being stopped, not visible to content scripts), within a budget across tabs (saveTab);
// salt, settings, totals in storage.local. Only salted fingerprints (whole, or their first 48 bits)
// and redacted previews are ever written; never a raw value or a window.
import { isStorageFull, openTabs, readKey, readKeys, removeKeys, writeKeys, randomHex } from '../platform';
import { encodePrints, parsePrintList, type Print } from '../shared/keyset';
import {
  parseCount, parseDismissals, parseSettings, parseTabState, parseTestProviderHosts, parseTotals, STORAGE_KEYS,
  tabIdOfKey, tabKey,
  type Settings, type TabState, type Totals,
} from '../shared/storage';
import { shedDetail } from './state';

/**
 * Runs read-modify-write jobs on one key strictly one after another: messages from several frames
 * arrive at once, and two interleaved updates would lose findings.
 */
const queues = new Map<string, Promise<unknown>>();
export function serially<T>(key: string, job: () => Promise<T>): Promise<T> {
  const previous = queues.get(key) ?? Promise.resolve();
  const next = previous.then(job, job);
  const tail = next.catch(() => undefined);
  queues.set(key, tail);
  void tail.then(() => {
    if (queues.get(key) === tail) queues.delete(key);
  });
  return next;
}

let saltPromise: Promise<string> | undefined;
/** Random per install; mixed into every fingerprint so they mean nothing elsewhere. */
export function salt(): Promise<string> {
  saltPromise ??= serially('salt', async () => {
    const existing = await readKey<string>('local', STORAGE_KEYS.salt);
    if (typeof existing === 'string' && existing.length >= 32) return existing;
    const fresh = randomHex(32);
    await writeKeys('local', { [STORAGE_KEYS.salt]: fresh });
    return fresh;
  });
  return saltPromise;
}

export async function settings(): Promise<Settings> {
  return parseSettings(await readKey('local', STORAGE_KEYS.settings));
}

/** TEST ONLY: hosts end-to-end tests map to providers (never set by the extension itself). */
export async function testProviderHosts(): Promise<Record<string, string[]>> {
  return parseTestProviderHosts(await readKey('local', STORAGE_KEYS.guardTestProviderHosts));
}

export async function dismissedPrints(): Promise<Set<string>> {
  return new Set(Object.keys(parseDismissals(await readKey('local', STORAGE_KEYS.dismissed))));
}

export async function loadTab(tabId: number): Promise<TabState | undefined> {
  return parseTabState(await readKey('session', tabKey(tabId)));
}

/** Every tab state is read and written under this one queue: making room for one tab touches the others. */
export const TABS = 'tabs';

/** Writes a tab's state; false when storage is full (anything else throws). */
async function tryWrite(tabId: number, state: TabState): Promise<boolean> {
  try {
    await writeKeys('session', { [tabKey(tabId)]: state });
    return true;
  } catch (err) {
    if (isStorageFull(err)) return false;
    throw err;
  }
}

/** A stand-in for what a value costs in storage: the browsers count differently, all about its JSON. */
const sizeOf = (value: unknown): number => JSON.stringify(value).length;

/**
 * Writes a tab's state within the storage budget (run under TABS). When storage.session is full
 * (10 MB for every tab together), room is made and the write retried, in this order: what closed
 * tabs left behind; the detail of other tabs, least recently used first (their counts stay); this
 * tab's own detail; then this tab's keys stop growing (its previous keys, marked keysFull: the
 * count says "at least"). Returns what was written, or undefined when nothing could be (the
 * previous state stands).
 */
export async function saveTab(tabId: number, state: TabState, previous?: TabState): Promise<TabState | undefined> {
  if (await tryWrite(tabId, state)) return state;
  const others = await otherTabs(tabId);
  if (others.closed.length) {
    await removeKeys('session', others.closed.map(tabKey));
    if (await tryWrite(tabId, state)) return state;
  }
  // Shed others until about this write's size is freed, then try; again with the next ones.
  const need = sizeOf(state);
  let freed = 0;
  for (const [i, other] of others.open.entries()) {
    const lean = shedDetail(other.state);
    await writeKeys('session', { [tabKey(other.id)]: lean });
    freed += sizeOf(other.state) - sizeOf(lean);
    if ((freed >= need || i === others.open.length - 1) && await tryWrite(tabId, state)) return state;
  }
  const lean = shedDetail(state);
  if (await tryWrite(tabId, lean)) return lean;
  if (previous && previous.page === state.page) {
    const held: TabState = { ...shedDetail(previous), keysFull: true, updatedAt: state.updatedAt };
    if (state.stoppedEarly) held.stoppedEarly = true;
    if (state.notified) held.notified = true;
    if (await tryWrite(tabId, held)) return held;
  }
  return undefined;
}

/**
 * The other tabs' states: those of closed tabs, and the open ones whose detail could still be
 * shed, least recently used first.
 */
async function otherTabs(tabId: number): Promise<{ closed: number[]; open: Array<{ id: number; state: TabState }> }> {
  const [stored, tabs] = await Promise.all([allTabs(), openTabs()]);
  const lastUsed = new Map(tabs?.map((t) => [t.id, t.lastAccessed]));
  const closed: number[] = [];
  const open: Array<{ id: number; state: TabState; at: number }> = [];
  for (const [id, state] of stored) {
    if (id === tabId) continue;
    if (tabs && !lastUsed.has(id)) closed.push(id);
    else if (!state.detailShed) open.push({ id, state, at: lastUsed.get(id) ?? state.updatedAt });
  }
  open.sort((a, b) => a.at - b.at);
  return { closed, open };
}

export async function clearTab(tabId: number): Promise<void> {
  await removeKeys('session', [tabKey(tabId)]);
}

/** Every stored tab state, by tab id. */
export async function allTabs(): Promise<Map<number, TabState>> {
  const all = await readKeys('session', null);
  const out = new Map<number, TabState>();
  for (const [key, value] of Object.entries(all)) {
    const id = tabIdOfKey(key);
    const state = parseTabState(value);
    if (id !== undefined && state) out.set(id, state);
  }
  return out;
}

async function totals(): Promise<Totals> {
  return parseTotals(await readKey('local', STORAGE_KEYS.totals));
}

/**
 * Keys remembered in storage.local (counted, notified): the most recent ones, oldest dropped
 * first. 65,536 prints are 512 KB as stored; past them a key seen long ago counts as new again.
 */
export const REMEMBERED_KEYS = 65_536;

const remembered = (list: readonly Print[], added: readonly Print[]): string => encodePrints([...list, ...added].slice(-REMEMBERED_KEYS));

/**
 * Adds credentials never counted before to totals.flagged: each credential (a key, or a key pair
 * as the prints of its keys) once, also when its second half shows up later.
 */
export function countFlagged(credentials: readonly (readonly Print[])[]): Promise<number> {
  return serially('totals', async () => {
    const got = await readKeys('local', [STORAGE_KEYS.counted, STORAGE_KEYS.totals]);
    const list = parsePrintList(got[STORAGE_KEYS.counted]);
    const counted = new Set(list);
    const added: Print[] = [];
    let fresh = 0;
    for (const prints of credentials) {
      if (!prints.some((p) => counted.has(p))) fresh++;
      for (const p of prints) {
        if (counted.has(p)) continue;
        counted.add(p);
        added.push(p);
      }
    }
    if (!added.length) return 0;
    const t = parseTotals(got[STORAGE_KEYS.totals]);
    await writeKeys('local', {
      [STORAGE_KEYS.counted]: remembered(list, added),
      [STORAGE_KEYS.totals]: { ...t, flagged: t.flagged + fresh },
    });
    return fresh;
  });
}

export function countPasteKeptOut(): Promise<void> {
  return serially('totals', async () => {
    const t = await totals();
    await writeKeys('local', { [STORAGE_KEYS.totals]: { ...t, pastesKeptOut: t.pastesKeptOut + 1 } });
  });
}

/** Marks keys as notified; returns those that had not been (a key is named at most once). */
export function markNotified(prints: readonly Print[]): Promise<Print[]> {
  return serially('notified', async () => {
    const list = parsePrintList(await readKey('local', STORAGE_KEYS.notified));
    const seen = new Set(list);
    const fresh = [...new Set(prints)].filter((p) => !seen.has(p));
    if (!fresh.length) return [];
    await writeKeys('local', { [STORAGE_KEYS.notified]: remembered(list, fresh) });
    return fresh;
  });
}

/** Adds one to a counter in storage.session (diagnostics for tests and curious users). */
function countInSession(key: string): Promise<void> {
  return serially(key, async () => {
    const n = parseCount(await readKey('session', key));
    await writeKeys('session', { [key]: n + 1 });
  });
}

/** Counts a refused message (bad sender or shape). */
export const countDropped = (): Promise<void> => countInSession(STORAGE_KEYS.dropped);

/** Counts a QR image left undecoded because the decode budget ran out. */
export const countQrSkipped = (): Promise<void> => countInSession(STORAGE_KEYS.qrSkipped);
