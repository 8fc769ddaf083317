// What the popup shows for one tab, computed from storage alone (pure, unit-tested).
import { isAlert, type Severity } from '../engine/types';
import { compareFindings, distinctFindings, exposedCredentials, type Credential } from '../shared/findings';
import type { Dismissals, StoredFinding, TabState } from '../shared/storage';

export interface PopupModel {
  /** Exposed credentials not dismissed, most severe first: one card each. Its length is the count. */
  cards: Credential[];
  /** The keys of `cards`, most severe first (a pair's two halves are two keys). */
  keys: StoredFinding[];
  /** Documentation examples, placeholders, public-by-design and info findings: listed, never counted. */
  notCounted: StoredFinding[];
  topSeverity?: Severity;
}

/** The tab's count: exposed credentials minus dismissed ones. Equals the badge. */
export function flaggedCount(findings: readonly StoredFinding[], dismissed: Readonly<Dismissals>): number {
  return buildPopupModel({ page: '', host: '', findings: [...findings] }, dismissed).cards.length;
}

export function buildPopupModel(
  state: TabState | undefined,
  dismissed: Readonly<Dismissals>,
  isExchange: (slug: string) => boolean = () => false,
): PopupModel {
  const findings = state?.findings ?? [];
  const { keys, credentials } = exposedCredentials(findings, (fp) => Object.hasOwn(dismissed, fp), isExchange);
  const notCounted = distinctFindings(findings).filter((f) => !isAlert(f));
  notCounted.sort((a, b) => compareFindings(a, b, isExchange));
  return { cards: credentials, keys, notCounted, topSeverity: keys[0]?.severity };
}
