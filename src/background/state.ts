// Per-tab state as pure functions: what the worker stores in storage.session and shows on the badge.
import { isAlert, SEVERITIES, type Finding, type Severity } from '../engine/types';
import type { StoredFinding, TabState } from '../shared/storage';
import type { Where } from '../shared/surfaces';
import { hostOf } from '../shared/hosts';

export function emptyState(page: string): TabState {
  return { page, host: hostOf(page), findings: [] };
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
  return stored;
}

const rank = (s: Severity) => SEVERITIES.indexOf(s);

/**
 * Merges new findings into a tab's state, one entry per fingerprint. A key seen again keeps its
 * first entry, except that a higher severity or a pairing learnt later is kept.
 * Returns the new state and the findings that were not there before.
 */
export function addFindings(state: TabState, incoming: readonly StoredFinding[]): { state: TabState; added: StoredFinding[] } {
  const byPrint = new Map(state.findings.map((f) => [f.fingerprint, f]));
  const added: StoredFinding[] = [];
  let changed = false;
  for (const f of incoming) {
    const old = byPrint.get(f.fingerprint);
    if (!old) {
      byPrint.set(f.fingerprint, f);
      added.push(f);
      changed = true;
      continue;
    }
    const upgraded: StoredFinding = { ...old };
    if (rank(f.severity) < rank(old.severity) && isAlert(f)) {
      upgraded.severity = f.severity;
      upgraded.example = f.example;
      delete upgraded.notCounted;
      if (f.notCounted) upgraded.notCounted = f.notCounted;
      changed = true;
    }
    if (f.pairedWith && !old.pairedWith) {
      upgraded.pairedWith = f.pairedWith;
      changed = true;
    }
    byPrint.set(f.fingerprint, upgraded);
  }
  if (!changed) return { state, added };
  return { state: { ...state, findings: [...byPrint.values()] }, added };
}

/** Drops findings the user dismissed. */
export function withoutDismissed(state: TabState, dismissed: ReadonlySet<string>): TabState {
  const findings = state.findings.filter((f) => !dismissed.has(f.fingerprint));
  return findings.length === state.findings.length ? state : { ...state, findings };
}

export function alerting(state: TabState | undefined): StoredFinding[] {
  return state ? state.findings.filter(isAlert) : [];
}

/** Distinct alerting keys on the tab: what the badge, the popup and the notice count. */
export function alertCount(state: TabState | undefined): number {
  return alerting(state).length;
}

export const BADGE_COLORS: Record<Exclude<Severity, 'info'>, string> = {
  critical: '#B3261E',
  high: '#D93025',
  medium: '#E37400',
  low: '#5F6368',
};

export function highestSeverity(findings: readonly Pick<StoredFinding, 'severity'>[]): Severity | undefined {
  let best: Severity | undefined;
  for (const f of findings) if (best === undefined || rank(f.severity) < rank(best)) best = f.severity;
  return best;
}

/** Badge text (count, empty when none) and colour (by the highest alerting severity). */
export function badgeFor(state: TabState | undefined): { text: string; color: string } {
  const alerts = alerting(state);
  const top = highestSeverity(alerts);
  const color = top && top !== 'info' ? BADGE_COLORS[top] : BADGE_COLORS.low;
  return { text: alerts.length ? String(alerts.length) : '', color };
}
