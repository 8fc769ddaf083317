// Everything kept in extension storage: the keys, the shapes, their defaults and the parsers that
// every reader (worker, popup, options, paste guard) goes through. Storage is read as untrusted
// input: a value of the wrong shape gives the default, never an exception.
import type { Finding } from '../engine/types';
import { normalizeHost } from './hosts';
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
}

export const DEFAULT_SETTINGS: Readonly<Settings> = {
  notice: true,
  notifications: false,
  includeGeneric: false,
  pausedSites: [],
};

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

export interface Dismissal {
  redacted: string;
  provider: string;
  reason: 'not-a-secret' | 'rotated';
  at: number;
}

/** By fingerprint. */
export type Dismissals = Record<string, Dismissal>;

export function parseDismissals(raw: unknown): Dismissals {
  const out: Dismissals = {};
  if (!isRecord(raw)) return out;
  for (const [fingerprint, d] of Object.entries(raw)) {
    if (!isRecord(d) || typeof d.redacted !== 'string' || typeof d.provider !== 'string') continue;
    if (d.reason !== 'not-a-secret' && d.reason !== 'rotated') continue;
    out[fingerprint] = { redacted: d.redacted, provider: d.provider, reason: d.reason, at: typeof d.at === 'number' ? d.at : 0 };
  }
  return out;
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
