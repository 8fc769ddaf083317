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
  notified: 'notified', // local: fingerprints already shown as a system notification
  counted: 'counted', // local: fingerprints already added to totals.flagged (once ever)
  dropped: 'dropped', // session: number of messages the worker refused (bad sender or shape)
  qrSkipped: 'qrSkipped', // session: QR images left undecoded because the decode budget ran out
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
  const flag = (key: 'notice' | 'notifications' | 'includeGeneric'): boolean =>
    typeof s[key] === 'boolean' ? s[key] : DEFAULT_SETTINGS[key];
  return {
    notice: flag('notice'),
    notifications: flag('notifications'),
    includeGeneric: flag('includeGeneric'),
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

/** A finding as kept per tab: no span (meaningless outside the page), plus where it was seen. */
export interface StoredFinding extends Omit<Finding, 'start' | 'end'> {
  where: Where;
  /** The key was seen on its provider's own site (e.g. a Kraken key on kraken.com). */
  onProviderSite: boolean;
  /** When the key was first seen on this page (ms since the epoch), for exports. */
  at?: number;
}

export interface TabState {
  /** Origin + path of the page the findings belong to (shared/hosts.ts pageKey). */
  page: string;
  host: string;
  findings: StoredFinding[];
  /** Set when the content script hit a budget and stopped scanning part of the page. */
  stoppedEarly?: boolean;
}

/** Only the worker writes tab states: a value of another shape is no state at all. */
export function parseTabState(raw: unknown): TabState | undefined {
  if (!isRecord(raw) || !Array.isArray(raw.findings)) return undefined;
  if (typeof raw.page !== 'string' || typeof raw.host !== 'string') return undefined;
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
