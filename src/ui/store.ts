// What the popup and options pages keep in storage, parsed defensively, through src/platform.
// Reads go straight to storage (not through the background), so the popup renders while the
// worker sleeps.
import {
  parseChecklist, parseDismissals, parseSettings, parseTabState, parseTotals, STORAGE_KEYS, tabKey,
  type Checklist, type Dismissals, type Settings, type TabState, type Totals,
} from '../shared/storage';
import { clearArea, onAnyStorageChanged, readKey, readKeys, writeKeys } from '../platform';

export interface LocalState {
  settings: Settings;
  totals: Totals;
  dismissed: Dismissals;
  checklist: Checklist;
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

export async function updateChecklist(id: string, done: boolean): Promise<Checklist> {
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
