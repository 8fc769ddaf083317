// What counts on a tab: exposed credentials. A key seen twice is one key; a key pair (a Kraken API
// key and its private key) is one credential. The badge, the popup's number, the in-page notice and
// the running total all count with exposedCredentials(), so they can never disagree.
import { confidenceRank, isAlert, severityRank, type Severity } from '../engine/types';
import type { StoredFinding } from './storage';

/** One exposed credential: a key, plus the other half of its pair when both were seen. */
export interface Credential {
  primary: StoredFinding;
  partners: StoredFinding[];
}

/**
 * One entry per fingerprint (the same key seen twice on a page is one key). When copies differ,
 * the most severe wins, so a key that is an alert anywhere is an alert.
 */
export function distinctFindings(findings: readonly StoredFinding[]): StoredFinding[] {
  const byFingerprint = new Map<string, StoredFinding>();
  for (const f of findings) {
    const seen = byFingerprint.get(f.fingerprint);
    if (!seen || severityRank(f.severity) < severityRank(seen.severity)) byFingerprint.set(f.fingerprint, f);
  }
  return [...byFingerprint.values()];
}

/**
 * Most severe first; at equal severity, keys that can move money (exchanges) first, then higher
 * confidence; then provider and preview for a stable order.
 */
export function compareFindings(a: StoredFinding, b: StoredFinding, isExchange: (slug: string) => boolean = () => false): number {
  return (
    severityRank(a.severity) - severityRank(b.severity) ||
    Number(isExchange(b.provider)) - Number(isExchange(a.provider)) ||
    confidenceRank(a.confidence) - confidenceRank(b.confidence) ||
    a.provider.localeCompare(b.provider) ||
    a.redacted.localeCompare(b.redacted)
  );
}

/**
 * Folds each finding into the credential of the pair partner it points to (or that points to it),
 * of the same provider. `sorted` is most severe first, so a credential leads with the half that
 * matters more (the secret).
 */
export function groupPairs(sorted: readonly StoredFinding[]): Credential[] {
  const groups: Credential[] = [];
  const groupOf = new Map<string, Credential>();
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

/**
 * The alerting keys among `findings` that the user has not dismissed, distinct and most severe
 * first, and the credentials they make up: what is counted everywhere.
 */
export function exposedCredentials(
  findings: readonly StoredFinding[],
  isDismissed: (fingerprint: string) => boolean = () => false,
  isExchange?: (slug: string) => boolean,
): { keys: StoredFinding[]; credentials: Credential[] } {
  const keys = distinctFindings(findings).filter((f) => isAlert(f) && !isDismissed(f.fingerprint));
  keys.sort((a, b) => compareFindings(a, b, isExchange));
  return { keys, credentials: groupPairs(keys) };
}

export function highestSeverity(findings: readonly Pick<StoredFinding, 'severity'>[]): Severity | undefined {
  let best: Severity | undefined;
  for (const f of findings) if (best === undefined || severityRank(f.severity) < severityRank(best)) best = f.severity;
  return best;
}
