// What the popup shows for one tab, computed from storage alone (pure, unit-tested).
import { SEVERITIES, isAlert, type Severity } from '../engine/types';
import type { Dismissal, StoredFinding, TabState } from '../messages';

export interface PopupModel {
  /** Distinct alerting keys not dismissed, most severe first. Its length is the flagged count. */
  flagged: StoredFinding[];
  /** Documentation examples, placeholders, public-by-design and info findings: listed, never counted. */
  notCounted: StoredFinding[];
  topSeverity?: Severity;
}

const CONFIDENCE_ORDER = ['high', 'medium', 'low'] as const;

/** Most severe first; then higher confidence; then provider and preview for a stable order. */
export function compareFindings(a: StoredFinding, b: StoredFinding): number {
  return (
    SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity) ||
    CONFIDENCE_ORDER.indexOf(a.confidence) - CONFIDENCE_ORDER.indexOf(b.confidence) ||
    a.provider.localeCompare(b.provider) ||
    a.redacted.localeCompare(b.redacted)
  );
}

/**
 * One entry per fingerprint (the same key seen twice on a page is one key). When copies differ,
 * the most severe wins, so a key that is an alert anywhere is an alert.
 */
export function distinctFindings(findings: readonly StoredFinding[]): StoredFinding[] {
  const byFingerprint = new Map<string, StoredFinding>();
  for (const f of findings) {
    const seen = byFingerprint.get(f.fingerprint);
    if (!seen || compareFindings(f, seen) < 0) byFingerprint.set(f.fingerprint, f);
  }
  return [...byFingerprint.values()];
}

/** The tab's flagged count: distinct alerting keys, minus dismissed ones. Must equal the badge. */
export function flaggedCount(
  findings: readonly StoredFinding[],
  dismissed: Readonly<Record<string, Dismissal>>,
): number {
  return buildPopupModel({ page: '', host: '', findings: [...findings] }, dismissed).flagged.length;
}

export function buildPopupModel(
  state: TabState | undefined,
  dismissed: Readonly<Record<string, Dismissal>>,
): PopupModel {
  const model: PopupModel = { flagged: [], notCounted: [] };
  for (const f of distinctFindings(state?.findings ?? [])) {
    if (!isAlert(f)) model.notCounted.push(f);
    else if (!Object.hasOwn(dismissed, f.fingerprint)) model.flagged.push(f);
  }
  model.flagged.sort(compareFindings);
  model.notCounted.sort(compareFindings);
  model.topSeverity = model.flagged[0]?.severity;
  return model;
}
