// What counts on a tab: exposed credentials. A key seen twice is one key; a key pair (a Kraken API
// key and its private key) is one credential. The tab's count is tallyKeys() over every distinct
// key it holds (tabCount); the detail lists group their findings with exposedCredentials(); both
// join pairs with pairRoots(), so the badge, the popup, the notice and the running total agree.
import { confidenceRank, isAlert, severityRank, type Kind, type Severity } from '../engine/types';
import type { Print, TabKey } from './keyset';
import { KIND_LABELS } from './labels';
import type { StoredFinding, TabState, TabTally, TallyGroup } from './storage';

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

const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Most severe first; at equal severity, keys that can move money (exchanges) first, then higher
 * confidence; then provider and preview for a stable order (code-unit order: sorting thousands of
 * findings with localeCompare costs tens of milliseconds).
 */
export function compareFindings(a: StoredFinding, b: StoredFinding, isExchange: (slug: string) => boolean = () => false): number {
  return (
    severityRank(a.severity) - severityRank(b.severity) ||
    Number(isExchange(b.provider)) - Number(isExchange(a.provider)) ||
    confidenceRank(a.confidence) - confidenceRank(b.confidence) ||
    byCodeUnits(a.provider, b.provider) ||
    byCodeUnits(a.redacted, b.redacted)
  );
}

/**
 * Which keys make up one credential: the halves of a key pair (linked either way, same provider)
 * are one. Linked keys are joined (union-find), so the answer does not depend on the order the
 * keys come in: the detail list and the tally over every key group alike. Returns each key's root.
 */
export function pairRoots<Id>(keys: readonly { id: Id; partner?: Id | undefined; provider: string }[]): (id: Id) => Id {
  const parent = new Map<Id, Id>();
  const provider = new Map<Id, string>();
  for (const k of keys) {
    parent.set(k.id, k.id);
    provider.set(k.id, k.provider);
  }
  const find = (id: Id): Id => {
    let root = id;
    for (let up = parent.get(root); up !== undefined && up !== root; up = parent.get(root)) root = up;
    for (let at = id; at !== root;) {
      const next = parent.get(at)!;
      parent.set(at, root);
      at = next;
    }
    return root;
  };
  for (const k of keys) {
    if (k.partner === undefined || k.partner === k.id || provider.get(k.partner) !== k.provider) continue;
    const [a, b] = [find(k.id), find(k.partner)];
    if (a !== b) parent.set(b, a);
  }
  return find;
}

/**
 * Folds each finding into the credential of its pair partner (same provider). `sorted` is most
 * severe first, so a credential leads with the half that matters more (the secret).
 */
export function groupPairs(sorted: readonly StoredFinding[]): Credential[] {
  const rootOf = pairRoots(sorted.map((f) => ({ id: f.fingerprint, partner: f.pairedWith, provider: f.provider })));
  const groups = new Map<string, Credential>();
  for (const f of sorted) {
    const root = rootOf(f.fingerprint);
    const group = groups.get(root);
    if (group) group.partners.push(f);
    else groups.set(root, { primary: f, partners: [] });
  }
  return [...groups.values()];
}

/**
 * The alerting keys among `findings` that the user has not dismissed, distinct and most severe
 * first, and the credentials they make up: what the detail lists show.
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

const KIND_ORDER = Object.keys(KIND_LABELS) as Kind[];

/**
 * Where a credential is listed and tallied: its most severe key's provider and kind (at equal
 * severity, the kind named first in KIND_LABELS: a secret before its public half).
 */
export function credentialGroup(keys: readonly Pick<StoredFinding, 'provider' | 'kind' | 'severity'>[]): Omit<TallyGroup, 'credentials'> {
  let best = keys[0]!;
  for (const k of keys) {
    const rank = severityRank(k.severity) - severityRank(best.severity) || KIND_ORDER.indexOf(k.kind) - KIND_ORDER.indexOf(best.kind);
    if (rank < 0) best = k;
  }
  return { provider: best.provider, kind: best.kind, severity: best.severity };
}

/** The key of a group, for maps. */
export const groupKey = (g: Pick<TallyGroup, 'provider' | 'kind'>): string => `${g.provider}\u0000${g.kind}`;

/**
 * Exact counts over every distinct key of a tab: the same credentials exposedCredentials() makes
 * of the same keys (a pair once), whether or not their detail is kept.
 */
export function tallyKeys(keys: Iterable<TabKey>): TabTally {
  const alerts: TabKey[] = [];
  let total = 0;
  for (const k of keys) {
    total++;
    if (k.alert) alerts.push(k);
  }
  const rootOf = pairRoots(alerts.map((k) => ({ id: k.print, partner: k.partner, provider: k.provider })));
  const credentials = new Map<Print, TabKey[]>();
  for (const k of alerts) {
    const root = rootOf(k.print);
    const members = credentials.get(root);
    if (members) members.push(k);
    else credentials.set(root, [k]);
  }
  const bySeverity: TabTally['bySeverity'] = {};
  const groups = new Map<string, TallyGroup>();
  for (const members of credentials.values()) {
    const g = credentialGroup(members);
    bySeverity[g.severity] = (bySeverity[g.severity] ?? 0) + 1;
    const key = groupKey(g);
    const group = groups.get(key);
    if (!group) groups.set(key, { ...g, credentials: 1 });
    else {
      group.credentials++;
      if (severityRank(g.severity) < severityRank(group.severity)) group.severity = g.severity;
    }
  }
  const sorted = [...groups.values()].sort((a, b) =>
    severityRank(a.severity) - severityRank(b.severity) || b.credentials - a.credentials
    || byCodeUnits(a.provider, b.provider) || byCodeUnits(a.kind, b.kind));
  return { credentials: credentials.size, bySeverity, groups: sorted, notCounted: total - alerts.length, keys: total };
}

/**
 * The tab's count, as the badge, the popup and the notice show it: exact, or a lower bound when
 * part of the page went unread or the tab holds more keys than it keeps count of.
 */
export function tabCount(state: Pick<TabState, 'tally' | 'stoppedEarly' | 'keysFull'> | undefined): { count: number; atLeast: boolean } {
  return { count: state?.tally.credentials ?? 0, atLeast: state?.stoppedEarly === true || state?.keysFull === true };
}
