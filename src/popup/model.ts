// What the popup shows for one tab, computed from storage alone (pure, unit-tested).
import { SEVERITIES, isAlert, type Severity } from '../engine/types';
import type { Dismissal, StoredFinding, TabState } from '../shared/storage';

/** One card: a key, plus the other half of its pair when both are on the page. */
export interface FindingGroup {
  primary: StoredFinding;
  partners: StoredFinding[];
}

export interface PopupModel {
  /** Distinct alerting keys not dismissed, most severe first. Its length is the flagged count. */
  flagged: StoredFinding[];
  /** `flagged` as cards: a key/secret pair shares one card (still two keys in the count). */
  groups: FindingGroup[];
  /** Documentation examples, placeholders, public-by-design and info findings: listed, never counted. */
  notCounted: StoredFinding[];
  topSeverity?: Severity;
}

const CONFIDENCE_ORDER = ['high', 'medium', 'low'] as const;

/**
 * Most severe first; at equal severity, keys that can move money (exchanges) first, then higher
 * confidence; then provider and preview for a stable order.
 */
export function compareFindings(a: StoredFinding, b: StoredFinding, isExchange: (slug: string) => boolean = () => false): number {
  return (
    SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity) ||
    Number(isExchange(b.provider)) - Number(isExchange(a.provider)) ||
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
    if (!seen || SEVERITIES.indexOf(f.severity) < SEVERITIES.indexOf(seen.severity)) byFingerprint.set(f.fingerprint, f);
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
  isExchange: (slug: string) => boolean = () => false,
): PopupModel {
  const model: PopupModel = { flagged: [], groups: [], notCounted: [] };
  for (const f of distinctFindings(state?.findings ?? [])) {
    if (!isAlert(f)) model.notCounted.push(f);
    else if (!Object.hasOwn(dismissed, f.fingerprint)) model.flagged.push(f);
  }
  const order = (a: StoredFinding, b: StoredFinding): number => compareFindings(a, b, isExchange);
  model.flagged.sort(order);
  model.notCounted.sort(order);
  model.topSeverity = model.flagged[0]?.severity;
  model.groups = groupPairs(model.flagged);
  return model;
}

/**
 * Folds each finding into the card of the pair partner it points to (or that points to it).
 * `sorted` is most severe first, so the card leads with the half that matters more (the secret).
 */
export function groupPairs(sorted: readonly StoredFinding[]): FindingGroup[] {
  const groups: FindingGroup[] = [];
  const groupOf = new Map<string, FindingGroup>();
  for (const f of sorted) {
    const partnerGroup =
      (f.pairedWith !== undefined ? groupOf.get(f.pairedWith) : undefined) ??
      groups.find((g) => g.primary.pairedWith === f.fingerprint || g.partners.some((p) => p.pairedWith === f.fingerprint));
    if (partnerGroup && partnerGroup.primary.provider === f.provider) {
      partnerGroup.partners.push(f);
      groupOf.set(f.fingerprint, partnerGroup);
      continue;
    }
    const group = { primary: f, partners: [] };
    groups.push(group);
    groupOf.set(f.fingerprint, group);
  }
  return groups;
}
