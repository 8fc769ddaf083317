// Per-tab state as pure functions: what the worker stores in storage.session and shows on the badge.
// Every distinct key goes into the tab's compact key set (exact counts, shared/keyset.ts); full
// detail is kept for the most severe ones only (TAB_LIMITS), so a tab's state stays bounded
// whatever the page holds.
import { isAlert, severityRank, SEVERITIES, type Finding, type Severity } from '../engine/types';
import { compareFindings, groupPairs, pairRoots, tabCount, tallyKeys } from '../shared/findings';
import { decodeKeys, encodeKeys, MAX_PROVIDERS, shortPrint, type Print, type TabKey } from '../shared/keyset';
import { EMPTY_TALLY, TAB_LIMITS, type StoredFinding, type TabState } from '../shared/storage';
import type { Where } from '../shared/surfaces';
import { hostOf } from '../shared/hosts';

export function emptyState(page: string, now: number): TabState {
  return { page, host: hostOf(page), findings: [], tally: EMPTY_TALLY, ...encodeKeys([]), updatedAt: now };
}

/** A finding as stored: the span is dropped (meaningless outside the page), where/site added. */
export function toStored(f: Finding, where: Where, onProviderSite: boolean): StoredFinding {
  // Copy field by field: nothing the engine might add later slips into storage unreviewed.
  const stored: StoredFinding = {
    rule: f.rule,
    provider: f.provider,
    kind: f.kind,
    severity: f.severity,
    example: f.example,
    confidence: f.confidence,
    redacted: f.redacted,
    fingerprint: f.fingerprint,
    source: f.source,
    where,
    onProviderSite,
  };
  if (f.notCounted) stored.notCounted = f.notCounted;
  if (f.pairedWith) stored.pairedWith = f.pairedWith;
  if (f.namedFor) stored.namedFor = f.namedFor;
  return stored;
}

const keyOf = (f: StoredFinding): TabKey => {
  const key: TabKey = { print: shortPrint(f.fingerprint), severity: f.severity, alert: isAlert(f), kind: f.kind, provider: f.provider };
  if (f.pairedWith) key.partner = shortPrint(f.pairedWith);
  return key;
};

/** A key seen again keeps what it was, except a higher alerting severity or a pairing learnt later. */
function upgradedKey(old: TabKey, f: StoredFinding): TabKey {
  let next = old;
  if (severityRank(f.severity) < severityRank(old.severity) && isAlert(f)) next = { ...next, severity: f.severity, alert: true };
  if (f.pairedWith && old.partner === undefined) next = { ...next, partner: shortPrint(f.pairedWith) };
  return next;
}

/** The same rule for a finding kept in full detail. */
function upgradedFinding(old: StoredFinding, f: StoredFinding): StoredFinding {
  let next = old;
  if (severityRank(f.severity) < severityRank(old.severity) && isAlert(f)) {
    next = { ...next, severity: f.severity, example: f.example };
    delete next.notCounted;
    if (f.notCounted) next.notCounted = f.notCounted;
  }
  if (f.pairedWith && !old.pairedWith) next = { ...next, pairedWith: f.pairedWith };
  return next;
}

export interface DetailBound {
  credentials: number;
  notCounted: number;
}

/** The findings a tab keeps in full: its most severe credentials (a pair whole) and a few uncounted ones. */
export function selectDetail(findings: Iterable<StoredFinding>, bound: DetailBound, isExchange?: (slug: string) => boolean): StoredFinding[] {
  const alerts: StoredFinding[] = [];
  const others: StoredFinding[] = [];
  for (const f of findings) (isAlert(f) ? alerts : others).push(f);
  const order = (a: StoredFinding, b: StoredFinding) => compareFindings(a, b, isExchange);
  const kept = groupPairs(alerts.sort(order)).slice(0, bound.credentials).flatMap((c) => [c.primary, ...c.partners]);
  return [...kept, ...others.sort(order).slice(0, bound.notCounted)];
}

export interface MergeOptions {
  now: number;
  isExchange?: (slug: string) => boolean;
  /** Distinct keys the tab keeps count of (TAB_LIMITS.keys; smaller in tests). */
  maxKeys?: number;
}

export interface Merge {
  state: TabState;
  /** Findings of keys the tab did not hold before. */
  added: StoredFinding[];
  /** The credentials (as prints of their keys) that a newly added alerting key belongs to. */
  fresh: Print[][];
}

const FULL_DETAIL: DetailBound = { credentials: TAB_LIMITS.detailCredentials, notCounted: TAB_LIMITS.detailNotCounted };
const SHED_DETAIL: DetailBound = { credentials: TAB_LIMITS.shedCredentials, notCounted: 0 };

/** A tab's keys and its state's other parts, rebuilt into a new state (counts recomputed). */
function withKeys(state: TabState, keys: Map<Print, TabKey>, findings: StoredFinding[], now: number, keysFull: boolean): TabState {
  const next: TabState = { ...state, findings, tally: tallyKeys(keys.values()), ...encodeKeys(keys.values()), updatedAt: now };
  if (keysFull) next.keysFull = true;
  return next;
}

/**
 * Merges new findings into a tab's state, one key per fingerprint: every key into the counts, the
 * most severe into the detail. Returns the same state object when nothing changed (nothing to write).
 */
export function addFindings(state: TabState, incoming: readonly StoredFinding[], options: MergeOptions): Merge {
  const keys = decodeKeys(state) ?? new Map<Print, TabKey>();
  const providers = new Set(state.providers);
  const maxKeys = options.maxKeys ?? TAB_LIMITS.keys;
  const detail = new Map(state.findings.map((f) => [f.fingerprint, f]));
  const added: StoredFinding[] = [];
  let keysFull = state.keysFull === true;
  let changed = false;
  for (const f of incoming) {
    const print = shortPrint(f.fingerprint);
    const old = keys.get(print);
    if (!old) {
      if (keys.size >= maxKeys || (!providers.has(f.provider) && providers.size >= MAX_PROVIDERS)) {
        keysFull = true;
        continue;
      }
      providers.add(f.provider);
      keys.set(print, keyOf(f));
      added.push(f);
      changed = true;
    } else {
      const next = upgradedKey(old, f);
      if (next !== old) {
        keys.set(print, next);
        changed = true;
      }
    }
    const kept = detail.get(f.fingerprint);
    const next = kept ? upgradedFinding(kept, f) : f;
    if (next !== kept) detail.set(f.fingerprint, next);
  }
  const findings = selectDetail(detail.values(), state.detailShed ? SHED_DETAIL : FULL_DETAIL, options.isExchange);
  const sameDetail = findings.length === state.findings.length && findings.every((f, i) => f === state.findings[i]);
  if (!changed && sameDetail && keysFull === (state.keysFull === true)) return { state, added, fresh: [] };
  const next = withKeys(state, keys, findings, options.now, keysFull);
  return { state: next, added, fresh: freshCredentials(keys, added) };
}

/** The credentials that newly added alerting keys belong to, each as the prints of its keys. */
function freshCredentials(keys: ReadonlyMap<Print, TabKey>, added: readonly StoredFinding[]): Print[][] {
  const addedPrints = new Set(added.filter(isAlert).map((f) => shortPrint(f.fingerprint)));
  if (!addedPrints.size) return [];
  const alerts = [...keys.values()].filter((k) => k.alert);
  const rootOf = pairRoots(alerts.map((k) => ({ id: k.print, partner: k.partner, provider: k.provider })));
  const freshRoots = new Set([...addedPrints].map(rootOf));
  const out = new Map<Print, Print[]>();
  for (const k of alerts) {
    const root = rootOf(k.print);
    if (!freshRoots.has(root)) continue;
    const members = out.get(root);
    if (members) members.push(k.print);
    else out.set(root, [k.print]);
  }
  return [...out.values()];
}

/** Drops the keys the user dismissed, from the counts and the detail alike. */
export function withoutDismissed(state: TabState, dismissed: ReadonlySet<string>, now: number): TabState {
  const prints = new Set([...dismissed].map(shortPrint));
  const keys = decodeKeys(state) ?? new Map<Print, TabKey>();
  let removed = false;
  for (const print of prints) removed = keys.delete(print) || removed;
  const findings = state.findings.filter((f) => !dismissed.has(f.fingerprint));
  if (!removed && findings.length === state.findings.length) return state;
  return withKeys(state, keys, findings, now, state.keysFull === true);
}

/** The state with its detail cut to a few credentials, to make room for other tabs (counts kept). */
export function shedDetail(state: TabState): TabState {
  return { ...state, findings: selectDetail(state.findings, SHED_DETAIL), detailShed: true };
}

export const BADGE_COLORS: Record<Exclude<Severity, 'info'>, string> = {
  critical: '#B3261E',
  high: '#D93025',
  medium: '#E37400',
  low: '#5F6368',
};

/**
 * The badge's text for a count: at most four characters. Exact under 10,000 ("5000"), in
 * thousands above ("15k"); a lower bound gets a "+" ("42+", from 1,000 in thousands: "10k+").
 */
export function badgeText(count: number, atLeast: boolean): string {
  if (count === 0) return '';
  if (!atLeast) return count < 10_000 ? String(count) : `${Math.floor(count / 1000)}k`;
  return count < 1000 ? `${count}+` : `${Math.floor(count / 1000)}k+`;
}

/** Badge text (the count, empty when none) and colour (by the highest severity). */
export function badgeFor(state: TabState | undefined): { text: string; color: string } {
  const { count, atLeast } = tabCount(state);
  const top = SEVERITIES.find((s) => (state?.tally.bySeverity[s] ?? 0) > 0);
  const color = top && top !== 'info' ? BADGE_COLORS[top] : BADGE_COLORS.low;
  return { text: badgeText(count, atLeast), color };
}
