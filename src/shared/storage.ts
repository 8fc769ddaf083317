// Everything kept in extension storage: the keys, the shapes, their defaults and the parsers that
// every reader (worker, popup, options, paste guard) goes through. Storage is read as untrusted
// input: a value of the wrong shape gives the default, never an exception.
import type { CustomRuleSet } from '../engine/custom';
import { SEVERITIES, type Finding, type Kind, type Severity } from '../engine/types';
import { normalizeHost } from './hosts';
import { isKind } from './labels';
import type { Where } from './surfaces';

/** Keys in storage.local and storage.session. Nothing else invents one. */
export const STORAGE_KEYS = {
  settings: 'settings', // local: Settings
  salt: 'salt', // local: per-install random hex, mixed into every fingerprint
  totals: 'totals', // local: Totals
  dismissed: 'dismissed', // local: Dismissals
  checklist: 'checklist', // local: Checklist
  notified: 'notified', // local: keys already named in a system notification (shared/keyset.ts prints)
  counted: 'counted', // local: keys already added to totals.flagged (shared/keyset.ts prints)
  dropped: 'dropped', // session: number of messages the worker refused (bad sender or shape)
  qrSkipped: 'qrSkipped', // session: QR images left undecoded because the decode budget ran out
  scriptFiles: 'scriptFiles', // session: ScriptFileCounts (how script files were read or why not)
  guardTrustedSites: 'guardTrustedSites', // local: hosts the user trusts with keys (paste guard)
  customRules: 'customRules', // local: CustomRuleSet, the user's own rules (checked again when run)
  allowed: 'allowed', // local: AllowedValues, keys silenced everywhere (by salted fingerprint)
  guardTestProviderHosts: 'guardTestProviderHosts', // local, TEST ONLY (e2e): Record<host, providerSlug[]>
} as const;

/** storage.session: one TabState per tab under `tab:<id>`. */
const TAB_PREFIX = 'tab:';

export function tabKey(tabId: number): string {
  return `${TAB_PREFIX}${tabId}`;
}

/** The tab id a storage key belongs to, or undefined for any other key. */
export function tabIdOfKey(key: string): number | undefined {
  const id = key.startsWith(TAB_PREFIX) ? key.slice(TAB_PREFIX.length) : '';
  return /^\d+$/.test(id) ? Number(id) : undefined;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export const isSeverity = (v: unknown): v is Severity => typeof v === 'string' && (SEVERITIES as readonly string[]).includes(v);

/** Strings of an array; [] for anything else. */
export function parseStrings(raw: unknown): string[] {
  return Array.isArray(raw) ? raw.filter((s): s is string => typeof s === 'string') : [];
}

/** A non-negative whole count; 0 for anything else. */
export function parseCount(raw: unknown): number {
  return typeof raw === 'number' && Number.isFinite(raw) && raw > 0 ? Math.floor(raw) : 0;
}

// ---- Settings --------------------------------------------------------------------------------

export interface Settings {
  notice: boolean;
  notifications: boolean;
  includeGeneric: boolean;
  /**
   * Download again the script files a page loaded that cannot be read without a request (not in the
   * browser's cache, or from another site without CORS headers): once each, without cookies.
   */
  redownloadScripts: boolean;
  /** Hosts where Keywarden does nothing; each covers its subdomains (shared/hosts.ts isPaused). */
  pausedSites: string[];
  /**
   * Per site (covering its subdomains, the most specific entry winning): the least severity still
   * reported there; findings below it are dropped (e.g. 'critical': only critical keys warn).
   */
  siteMinSeverity: Record<string, Severity>;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = {
  notice: true,
  notifications: false,
  includeGeneric: false,
  redownloadScripts: false,
  pausedSites: [],
  siteMinSeverity: {},
};

/** Host → severity, hosts normalised; anything else dropped. */
export function parseSiteMinSeverity(raw: unknown): Record<string, Severity> {
  const out: Record<string, Severity> = {};
  if (!isRecord(raw)) return out;
  for (const [host, severity] of Object.entries(raw)) {
    const h = normalizeHost(host);
    if (h && isSeverity(severity)) out[h] = severity;
  }
  return out;
}

/** Settings as stored, with defaults for anything missing or of the wrong type. */
export function parseSettings(raw: unknown): Settings {
  const s = isRecord(raw) ? raw : {};
  const flag = (key: 'notice' | 'notifications' | 'includeGeneric' | 'redownloadScripts'): boolean =>
    typeof s[key] === 'boolean' ? s[key] : DEFAULT_SETTINGS[key];
  return {
    notice: flag('notice'),
    notifications: flag('notifications'),
    includeGeneric: flag('includeGeneric'),
    redownloadScripts: flag('redownloadScripts'),
    pausedSites: parseStrings(s.pausedSites),
    siteMinSeverity: parseSiteMinSeverity(s.siteMinSeverity),
  };
}

// ---- Totals ----------------------------------------------------------------------------------

export interface Totals {
  /** Distinct exposed credentials flagged since install (a key pair counts once). */
  flagged: number;
  /** Pastes or typed keys the user removed after a warning. */
  pastesKeptOut: number;
}

export function parseTotals(raw: unknown): Totals {
  const s = isRecord(raw) ? raw : {};
  return { flagged: parseCount(s.flagged), pastesKeptOut: parseCount(s.pastesKeptOut) };
}

// ---- Dismissals and checklist ----------------------------------------------------------------

/** A dismissed key: what a key allowed everywhere keeps (kind and severity: newer entries only), and why. */
export interface Dismissal extends AllowedValue {
  reason: 'not-a-secret' | 'rotated';
}

/** By fingerprint. */
export type Dismissals = Record<string, Dismissal>;

export function parseDismissals(raw: unknown): Dismissals {
  return parseJudged(raw, (d) => (d.reason === 'not-a-secret' || d.reason === 'rotated' ? { reason: d.reason } : undefined));
}

/**
 * Keys the user judged (dismissed, allowed everywhere), by fingerprint: each entry needs its
 * preview and provider, and whatever `extra` reads (undefined drops the entry).
 */
function parseJudged<E extends object>(raw: unknown, extra: (d: Record<string, unknown>) => E | undefined): Record<string, AllowedValue & E> {
  const out: Record<string, AllowedValue & E> = {};
  if (!isRecord(raw)) return out;
  for (const [fingerprint, d] of Object.entries(raw)) {
    if (!isRecord(d) || typeof d.redacted !== 'string' || typeof d.provider !== 'string') continue;
    const more = extra(d);
    if (!more) continue;
    const entry: AllowedValue = { redacted: d.redacted, provider: d.provider, at: typeof d.at === 'number' ? d.at : 0 };
    if (isKind(d.kind)) entry.kind = d.kind;
    if (isSeverity(d.severity)) entry.severity = d.severity;
    out[fingerprint] = { ...entry, ...more };
  }
  return out;
}

// ---- Values allowed everywhere ---------------------------------------------------------------

/**
 * A key the user allowed everywhere: never reported again on any page, QR code or paste, in any
 * tab. Stored by salted fingerprint (meaningless on another install), with the redacted preview
 * so the options page can show it and undo it.
 */
export interface AllowedValue {
  redacted: string;
  provider: string;
  at: number;
  kind?: Kind;
  severity?: Severity;
}

/** By fingerprint. */
export type AllowedValues = Record<string, AllowedValue>;

export function parseAllowed(raw: unknown): AllowedValues {
  return parseJudged(raw, () => ({}));
}

// ---- Custom rules ----------------------------------------------------------------------------

/**
 * The user's rule set as stored. Only the outer shape is checked here: each rule is checked and
 * compiled by the engine (compileRuleSet) wherever it is used, and a bad one is left out there.
 */
export function parseCustomRules(raw: unknown): CustomRuleSet {
  if (!isRecord(raw) || !Array.isArray(raw.rules)) return { rules: [] };
  const set: CustomRuleSet = { rules: raw.rules.filter(isRecord) as unknown as CustomRuleSet['rules'] };
  const lists = raw.allowlists;
  if (Array.isArray(lists) && lists.length > 0) set.allowlists = lists.filter(isRecord) as unknown as CustomRuleSet['allowlists'];
  return set;
}

/** Checklist item id → done. */
export type Checklist = Record<string, boolean>;

export function parseChecklist(raw: unknown): Checklist {
  const out: Checklist = {};
  if (!isRecord(raw)) return out;
  for (const [id, done] of Object.entries(raw)) if (done === true) out[id] = true;
  return out;
}

// ---- Per-tab state (storage.session) ---------------------------------------------------------

/** Where exactly a finding was seen, for surfaces that can say more than their name: a script file. */
export interface WhereDetail {
  /** The script's file name (last path segment, at most WHERE_FILE_CHARS), or 'data:' / 'blob:'. */
  file: string;
  /** Origin and path of the script, to open it; never its query (which may hold a key). */
  url?: string;
  /** 1-based line and column of the key's first character in the file. */
  line: number;
  column: number;
}

/** Characters of WhereDetail.file; a longer name keeps its end (hashed bundle names differ there). */
export const WHERE_FILE_CHARS = 100;

/** A finding as kept per tab: no span (meaningless outside the page), plus where it was seen. */
export interface StoredFinding extends Omit<Finding, 'start' | 'end'> {
  where: Where;
  /** Set for script files: which file, and where in it. */
  detail?: WhereDetail;
  /** The key was seen on its provider's own site (e.g. a Kraken key on kraken.com). */
  onProviderSite: boolean;
  /** When the key was first seen on this page (ms since the epoch), for exports. */
  at?: number;
}

/**
 * What one tab keeps, whatever the page holds (docs/extension.md, "Per-tab state under load"):
 * full detail for a bounded number of findings, exact counts over every distinct key. A stored
 * finding stays small (well under 1 KB as JSON): a `where` detail added to it (a script's URL,
 * line and column) must be cut to a few hundred characters.
 */
export const TAB_LIMITS = {
  /** Credentials kept in full detail, most severe first. */
  detailCredentials: 500,
  /** Findings listed but not counted (examples, public-by-design keys) kept in full detail. */
  detailNotCounted: 50,
  /** Credentials a tab keeps in detail after giving its room to other tabs (storage budget). */
  shedCredentials: 20,
  /** Distinct keys one tab keeps count of; past this the count says "at least". */
  keys: 100_000,
} as const;

/** Credentials of one provider and kind: the popup's groups. */
export interface TallyGroup {
  provider: string;
  kind: Kind;
  /** The highest severity among them. */
  severity: Severity;
  credentials: number;
}

/** Exact counts over every distinct key of a tab (shared/findings.ts tallyKeys). */
export interface TabTally {
  /** Exposed credentials: the tab's count (badge, popup, notice). */
  credentials: number;
  /** Credentials by their most severe key's severity. */
  bySeverity: Partial<Record<Severity, number>>;
  /** By provider and kind, most severe first. */
  groups: TallyGroup[];
  /** Distinct keys listed but not counted (examples, placeholders, public-by-design, info). */
  notCounted: number;
  /** Distinct keys, counted or not. */
  keys: number;
}

export const EMPTY_TALLY: Readonly<TabTally> = { credentials: 0, bySeverity: {}, groups: [], notCounted: 0, keys: 0 };

export interface TabState {
  /** Origin + path of the page the findings belong to (shared/hosts.ts pageKey). */
  page: string;
  host: string;
  /** Full detail of the most severe credentials and a few uncounted findings (TAB_LIMITS). */
  findings: StoredFinding[];
  /** Exact counts over every key the tab holds, with or without detail. */
  tally: TabTally;
  /** Every distinct key, compactly (shared/keyset.ts encodeKeys): base64 entries… */
  keys: string;
  /** …their pair links… */
  pairs: string;
  /** …and the provider slugs the entries point to. */
  providers: string[];
  /** When the state last changed (ms since epoch): the storage budget lets the oldest go first. */
  updatedAt: number;
  /** Set when the content script hit a budget and stopped scanning part of the page: "at least". */
  stoppedEarly?: boolean;
  /** More distinct keys than the tab keeps count of (TAB_LIMITS.keys, or storage was full): "at least". */
  keysFull?: boolean;
  /** Detail was let go to make room for other tabs; the counts stay, a reload brings it back. */
  detailShed?: boolean;
  /** A system notification was shown for this page: one per page. */
  notified?: boolean;
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;

function isTally(raw: unknown): raw is TabTally {
  return isRecord(raw) && isCount(raw.credentials) && isCount(raw.notCounted) && isCount(raw.keys)
    && isRecord(raw.bySeverity) && Array.isArray(raw.groups)
    && raw.groups.every((g) => isRecord(g) && typeof g.provider === 'string' && typeof g.kind === 'string'
      && typeof g.severity === 'string' && isCount(g.credentials));
}

/** Only the worker writes tab states: a value of another shape is no state at all. */
export function parseTabState(raw: unknown): TabState | undefined {
  if (!isRecord(raw) || !Array.isArray(raw.findings) || !isTally(raw.tally)) return undefined;
  if (typeof raw.page !== 'string' || typeof raw.host !== 'string' || typeof raw.updatedAt !== 'number') return undefined;
  if (typeof raw.keys !== 'string' || !BASE64.test(raw.keys) || typeof raw.pairs !== 'string' || !BASE64.test(raw.pairs)) return undefined;
  if (!Array.isArray(raw.providers) || !raw.providers.every((p) => typeof p === 'string')) return undefined;
  return raw as unknown as TabState;
}

/** Every tab state in a whole storage.session read, by tab id. */
export function parseTabStates(session: Record<string, unknown>): Map<number, TabState> {
  const out = new Map<number, TabState>();
  for (const [key, value] of Object.entries(session)) {
    const id = tabIdOfKey(key);
    const state = parseTabState(value);
    if (id !== undefined && state) out.set(id, state);
  }
  return out;
}

// ---- Script files (storage.session) ---------------------------------------------------------

/** How the worker came by the script files of pages this session, or why it left them unread. */
export interface ScriptFileCounts {
  /** Read from the browser's HTTP cache by the page's content script: no request. */
  readFromCache: number;
  /** data: and blob: scripts the page made itself, read in the page. */
  readFromPage: number;
  /** Downloaded again by the worker (the user turned that on). */
  downloaded: number;
  /** Larger than LIMITS.scriptFileBytes. */
  skippedSize: number;
  /** Past the page's budget (LIMITS.scriptPageBytes). */
  skippedBudget: number;
  /** Not readable without a request, and downloading again is off (or it failed). */
  skippedOpaque: number;
  /** Taken from the HTTP cache by the page, and already read by the worker under that URL and size: not read again. */
  known: number;
}

export const SCRIPT_FILE_COUNTS: readonly (keyof ScriptFileCounts)[] = [
  'readFromCache', 'readFromPage', 'downloaded', 'skippedSize', 'skippedBudget', 'skippedOpaque', 'known',
];

export function parseScriptFileCounts(raw: unknown): ScriptFileCounts {
  const s = isRecord(raw) ? raw : {};
  return Object.fromEntries(SCRIPT_FILE_COUNTS.map((k) => [k, parseCount(s[k])])) as unknown as ScriptFileCounts;
}

// ---- Paste guard -----------------------------------------------------------------------------

/** TEST ONLY: provider slug → extra hosts that count as that provider's own site. */
export function parseTestProviderHosts(raw: unknown): Record<string, string[]> {
  const out = new Map<string, string[]>();
  if (!isRecord(raw)) return {};
  for (const [host, slugs] of Object.entries(raw)) {
    for (const slug of parseStrings(slugs)) out.set(slug, [...(out.get(slug) ?? []), normalizeHost(host)]);
  }
  return Object.fromEntries(out);
}
