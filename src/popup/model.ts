// What the popup shows for one tab, computed from storage alone (pure, unit-tested). The count comes
// from the tab's tally over every key (it equals the badge); the cards from the findings kept in
// detail, grouped by provider and kind.
import { isAlert, severityRank, type Kind, type Severity } from '../engine/types';
import {
  compareFindings, credentialGroup, distinctFindings, exposedCredentials, groupKey, tabCount, type Credential,
} from '../shared/findings';
import type { Dismissals, StoredFinding, TabState } from '../shared/storage';

export interface CardGroup {
  provider: string;
  kind: Kind;
  severity: Severity;
  /** Credentials of this provider and kind on the tab, with or without detail. */
  total: number;
  /** Those kept in detail, most severe first. */
  cards: Credential[];
}

export interface PopupModel {
  /** The tab's count: equals the badge (dismissals the worker has yet to apply already out). */
  count: number;
  /** The count is a lower bound (part of the page unread, or more keys than a tab keeps count of). */
  atLeast: boolean;
  /** Exposed credentials kept in detail, not dismissed, most severe first: one card each. */
  cards: Credential[];
  /** The cards by provider and kind, most severe group first (exchange keys first at equal severity). */
  groups: CardGroup[];
  /** The keys of `cards`, most severe first (a pair's two halves are two keys). */
  keys: StoredFinding[];
  /** Documentation examples, placeholders, public-by-design and info findings kept in detail: listed, never counted. */
  notCounted: StoredFinding[];
  /** How many such findings the tab holds in all. */
  notCountedTotal: number;
  topSeverity?: Severity;
}

const countByGroup = (credentials: readonly Credential[]): Map<string, number> => {
  const out = new Map<string, number>();
  for (const c of credentials) {
    const key = groupKey(credentialGroup([c.primary, ...c.partners]));
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
};

export function buildPopupModel(
  state: TabState | undefined,
  dismissed: Readonly<Dismissals>,
  isExchange: (slug: string) => boolean = () => false,
): PopupModel {
  const findings = state?.findings ?? [];
  const { keys, credentials } = exposedCredentials(findings, (fp) => Object.hasOwn(dismissed, fp), isExchange);
  // A dismissal is a storage write the worker applies a moment later; until then, take it out here.
  const before = countByGroup(exposedCredentials(findings).credentials);
  const after = countByGroup(credentials);
  const pending = (key: string): number => (before.get(key) ?? 0) - (after.get(key) ?? 0);

  const groups = new Map<string, CardGroup>();
  for (const g of state?.tally.groups ?? []) {
    groups.set(groupKey(g), { provider: g.provider, kind: g.kind, severity: g.severity, total: g.credentials - pending(groupKey(g)), cards: [] });
  }
  for (const c of credentials) {
    const g = credentialGroup([c.primary, ...c.partners]);
    const key = groupKey(g);
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { ...g, total: after.get(key) ?? 0, cards: [] }));
    group.cards.push(c);
  }
  const listed = [...groups.values()].filter((g) => g.total > 0 || g.cards.length > 0);
  listed.sort((a, b) =>
    severityRank(a.severity) - severityRank(b.severity) || Number(isExchange(b.provider)) - Number(isExchange(a.provider))
    || b.total - a.total);

  const notCounted = distinctFindings(findings).filter((f) => !isAlert(f));
  notCounted.sort((a, b) => compareFindings(a, b, isExchange));
  const { count, atLeast } = tabCount(state);
  const pendingAll = [...before.keys()].reduce((n, key) => n + pending(key), 0);
  return {
    count: Math.max(count - pendingAll, credentials.length),
    atLeast,
    cards: credentials,
    groups: listed,
    keys,
    notCounted,
    notCountedTotal: Math.max(state?.tally.notCounted ?? 0, notCounted.length),
    topSeverity: listed[0]?.severity,
  };
}
