// What the popup and options pages keep in storage, parsed defensively, through src/platform.
// Reads go straight to storage (not through the background), so the popup renders while the
// worker sleeps.
import {
  DEFAULT_SETTINGS,
  STORAGE_KEYS,
  type Dismissal,
  type Settings,
  type TabState,
  type Totals,
} from '../messages';
import { clearArea, onAnyStorageChanged, readKey, readKeys, writeKeys } from '../platform';

export type Dismissals = Record<string, Dismissal>;
export type ChecklistState = Record<string, boolean>;

export interface LocalState {
  settings: Settings;
  totals: Totals;
  dismissed: Dismissals;
  checklist: ChecklistState;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Settings as stored, with defaults for anything missing or of the wrong type. */
export function parseSettings(raw: unknown): Settings {
  const s = isRecord(raw) ? raw : {};
  const bool = (key: keyof Settings, fallback: boolean): boolean =>
    typeof s[key] === 'boolean' ? (s[key] as boolean) : fallback;
  const paused = Array.isArray(s.pausedSites)
    ? s.pausedSites.filter((h): h is string => typeof h === 'string')
    : [];
  return {
    notice: bool('notice', DEFAULT_SETTINGS.notice),
    notifications: bool('notifications', DEFAULT_SETTINGS.notifications),
    includeGeneric: bool('includeGeneric', DEFAULT_SETTINGS.includeGeneric),
    pausedSites: paused,
  };
}

export function parseTotals(raw: unknown): Totals {
  const s = isRecord(raw) ? raw : {};
  const count = (v: unknown): number => (typeof v === 'number' && Number.isFinite(v) && v > 0 ? Math.floor(v) : 0);
  return { flagged: count(s.flagged), pastesKeptOut: count(s.pastesKeptOut) };
}

export function parseDismissals(raw: unknown): Dismissals {
  const out: Dismissals = {};
  if (!isRecord(raw)) return out;
  for (const [fingerprint, d] of Object.entries(raw)) {
    if (!isRecord(d)) continue;
    if (typeof d.redacted !== 'string' || typeof d.provider !== 'string') continue;
    if (d.reason !== 'not-a-secret' && d.reason !== 'rotated') continue;
    out[fingerprint] = {
      redacted: d.redacted,
      provider: d.provider,
      reason: d.reason,
      at: typeof d.at === 'number' ? d.at : 0,
    };
  }
  return out;
}

export function parseChecklist(raw: unknown): ChecklistState {
  const out: ChecklistState = {};
  if (!isRecord(raw)) return out;
  for (const [id, done] of Object.entries(raw)) if (done === true) out[id] = true;
  return out;
}

export function parseTabState(raw: unknown): TabState | undefined {
  if (!isRecord(raw) || !Array.isArray(raw.findings)) return undefined;
  if (typeof raw.page !== 'string' || typeof raw.host !== 'string') return undefined;
  return raw as unknown as TabState;
}

export async function readLocal(): Promise<LocalState> {
  const k = STORAGE_KEYS;
  const got = await readKeys('local', [k.settings, k.totals, k.dismissed, k.checklist]);
  return {
    settings: parseSettings(got[k.settings]),
    totals: parseTotals(got[k.totals]),
    dismissed: parseDismissals(got[k.dismissed]),
    checklist: parseChecklist(got[k.checklist]),
  };
}

export function tabKey(tabId: number): string {
  return `${STORAGE_KEYS.tabPrefix}${tabId}`;
}

export async function readTabState(tabId: number): Promise<TabState | undefined> {
  return parseTabState(await readKey('session', tabKey(tabId)));
}

// Writes re-read the current value first, so two open pages (popup and options) do not
// overwrite each other's changes with a stale copy.

export async function updateSettings(change: (s: Settings) => Settings): Promise<Settings> {
  const next = change(parseSettings(await readKey('local', STORAGE_KEYS.settings)));
  await writeKeys('local', { [STORAGE_KEYS.settings]: next });
  return next;
}

export async function updateDismissals(change: (d: Dismissals) => Dismissals): Promise<Dismissals> {
  const next = change(parseDismissals(await readKey('local', STORAGE_KEYS.dismissed)));
  await writeKeys('local', { [STORAGE_KEYS.dismissed]: next });
  return next;
}

export async function updateChecklist(id: string, done: boolean): Promise<ChecklistState> {
  const next = { ...parseChecklist(await readKey('local', STORAGE_KEYS.checklist)) };
  if (done) next[id] = true;
  else delete next[id];
  await writeKeys('local', { [STORAGE_KEYS.checklist]: next });
  return next;
}

/** Forgets everything Keywarden keeps: settings, totals, dismissals, checklist, salt, tab states. */
export async function clearAllData(): Promise<void> {
  await clearArea('local');
  await clearArea('session');
}

/** Calls `listener` whenever local settings/dismissals/checklist/totals or session tab state change. */
export const onStorageChange = onAnyStorageChanged;
