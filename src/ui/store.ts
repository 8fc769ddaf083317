// What the popup and options pages keep in storage, parsed defensively, through src/platform.
// Reads go straight to storage (not through the background), so the popup renders while the
// worker sleeps.
import type { CustomRuleSet } from '../engine/custom';
import {
  parseAllowed, parseChecklist, parseCustomRules, parseDismissals, parseSettings, parseTabState, parseTabStates, parseTotals,
  STORAGE_KEYS, tabKey,
  type AllowedValues, type Checklist, type Dismissals, type Settings, type TabState, type Totals,
} from '../shared/storage';
import { applyManaged, parseManaged, policyCache, type Managed } from '../shared/managed';
import { clearArea, onAnyStorageChanged, readKey, readKeys, readManaged, writeKeys } from '../platform';

export interface LocalState {
  /** The settings in force: the user's with the organisation's policy over them (what the worker uses). */
  settings: Settings;
  totals: Totals;
  dismissed: Dismissals;
  checklist: Checklist;
  allowed: AllowedValues;
  /** The user's own rules (the organisation's are in `policy.customRules`). */
  customRules: CustomRuleSet;
  policy: Managed;
}

const listeners: Array<(area: string, keys: string[]) => void> = [];
/** The policy as last read in this page (again after a change); a late answer is a 'managed' change. */
const orgPolicy = policyCache(() => readManaged().then(parseManaged), () => {
  for (const listener of listeners) listener('managed', []);
});

export async function readLocal(): Promise<LocalState> {
  const k = STORAGE_KEYS;
  const got = await readKeys('local', [k.settings, k.totals, k.dismissed, k.checklist, k.allowed, k.customRules]);
  const policy = await orgPolicy.get();
  return {
    settings: applyManaged(parseSettings(got[k.settings]), policy),
    totals: parseTotals(got[k.totals]),
    dismissed: parseDismissals(got[k.dismissed]),
    checklist: parseChecklist(got[k.checklist]),
    allowed: parseAllowed(got[k.allowed]),
    customRules: parseCustomRules(got[k.customRules]),
    policy,
  };
}

export async function readTabState(tabId: number): Promise<TabState | undefined> {
  return parseTabState(await readKey('session', tabKey(tabId)));
}

/** Every open tab's state (storage.session), by tab id: what the options page can export. */
export async function readAllTabStates(): Promise<Map<number, TabState>> {
  return parseTabStates(await readKeys('session', null));
}

// Writes re-read the current value first, so two open pages (popup and options) do not
// overwrite each other's changes with a stale copy.

/** Re-reads `key`, parses it, applies `change` and writes the result back. */
async function update<T>(key: string, parse: (raw: unknown) => T, change: (value: T) => T): Promise<T> {
  const next = change(parse(await readKey('local', key)));
  await writeKeys('local', { [key]: next });
  return next;
}

export const updateSettings = (change: (s: Settings) => Settings): Promise<Settings> =>
  update(STORAGE_KEYS.settings, parseSettings, change);

export const updateDismissals = (change: (d: Dismissals) => Dismissals): Promise<Dismissals> =>
  update(STORAGE_KEYS.dismissed, parseDismissals, change);

export const updateAllowed = (change: (a: AllowedValues) => AllowedValues): Promise<AllowedValues> =>
  update(STORAGE_KEYS.allowed, parseAllowed, change);

export const updateCustomRules = (change: (set: CustomRuleSet) => CustomRuleSet): Promise<CustomRuleSet> =>
  update(STORAGE_KEYS.customRules, parseCustomRules, change);

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
export function onStorageChange(listener: (area: string, keys: string[]) => void): void {
  listeners.push(listener);
  onAnyStorageChanged((area, keys) => {
    if (area === 'managed') orgPolicy.forget();
    listener(area, keys);
  });
}
