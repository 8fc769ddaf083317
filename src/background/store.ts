// What the worker keeps, and where. Per-tab state in storage.session (memory only, survives the
// worker being stopped, not visible to content scripts); salt, settings, totals in storage.local.
// Only salted fingerprints and redacted previews are ever written; never a raw value or a window.
import { readKey, readKeys, removeKeys, writeKeys, randomHex } from '../platform';
import {
  parseCount, parseDismissals, parseSettings, parseStrings, parseTabState, parseTestProviderHosts, parseTotals, STORAGE_KEYS,
  tabIdOfKey, tabKey,
  type Settings, type TabState, type Totals,
} from '../shared/storage';

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

export async function saveTab(tabId: number, state: TabState): Promise<void> {
  await writeKeys('session', { [tabKey(tabId)]: state });
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
 * Adds credentials never counted before to totals.flagged: each credential (a key, or a key pair
 * as its fingerprints) once ever, also when its second half shows up later.
 */
export function countFlagged(credentials: readonly (readonly string[])[]): Promise<number> {
  return serially('totals', async () => {
    const got = await readKeys('local', [STORAGE_KEYS.counted, STORAGE_KEYS.totals]);
    const counted = new Set(parseStrings(got[STORAGE_KEYS.counted]));
    let fresh = 0;
    let changed = false;
    for (const fingerprints of credentials) {
      if (!fingerprints.some((f) => counted.has(f))) fresh++;
      for (const f of fingerprints) {
        if (counted.has(f)) continue;
        counted.add(f);
        changed = true;
      }
    }
    if (!changed) return 0;
    const t = parseTotals(got[STORAGE_KEYS.totals]);
    await writeKeys('local', {
      [STORAGE_KEYS.counted]: [...counted],
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

/** Marks fingerprints as notified; returns those that had not been (notify at most once per key). */
export function markNotified(fingerprints: readonly string[]): Promise<string[]> {
  return serially('notified', async () => {
    const seen = new Set(parseStrings(await readKey('local', STORAGE_KEYS.notified)));
    const fresh = [...new Set(fingerprints)].filter((f) => !seen.has(f));
    if (!fresh.length) return [];
    for (const f of fresh) seen.add(f);
    await writeKeys('local', { [STORAGE_KEYS.notified]: [...seen] });
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
