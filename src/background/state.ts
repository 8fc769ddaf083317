// Per-tab state as pure functions: what the worker stores in storage.session and shows on the badge.
import { isAlert, severityRank, type Finding, type Severity } from '../engine/types';
import { exposedCredentials, highestSeverity, type Credential } from '../shared/findings';
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
    if (severityRank(f.severity) < severityRank(old.severity) && isAlert(f)) {
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

/** The tab's exposed credentials (dismissed keys are already dropped from a tab's state). */
export function credentialsOf(state: TabState | undefined): Credential[] {
  return exposedCredentials(state?.findings ?? []).credentials;
}

export const BADGE_COLORS: Record<Exclude<Severity, 'info'>, string> = {
  critical: '#B3261E',
  high: '#D93025',
  medium: '#E37400',
  low: '#5F6368',
};

/** Badge text (the count of exposed credentials, empty when none) and colour (by the highest severity). */
export function badgeFor(credentials: readonly Credential[]): { text: string; color: string } {
  const top = highestSeverity(credentials.map((c) => c.primary));
  const color = top && top !== 'info' ? BADGE_COLORS[top] : BADGE_COLORS.low;
  return { text: credentials.length ? String(credentials.length) : '', color };
}
