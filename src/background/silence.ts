// What the user (or the organisation) silenced, applied to findings before they are kept or
// warned about: dismissed keys, keys allowed everywhere (both by salted fingerprint) and the
// per-site minimum severity. Pure, but for `loadSilencing`.
import { severityRank, type Severity } from '../engine/types';
import { readKey } from '../platform';
import { coverLength, normalizeHost } from '../shared/hosts';
import type { Managed } from '../shared/managed';
import { parseAllowed, STORAGE_KEYS, type Settings, type StoredFinding, type TabState } from '../shared/storage';
import { dismissedPrints } from './store';

export interface Silencing {
  dismissed: ReadonlySet<string>;
  allowed: ReadonlySet<string>;
  siteMinSeverity: Readonly<Record<string, Severity>>;
}

/** The minimum severity set for `host`: the most specific entry covering it (like pauses). */
export function minSeverityFor(siteMinSeverity: Readonly<Record<string, Severity>>, host: string): Severity | undefined {
  const h = normalizeHost(host);
  if (!h) return undefined;
  let best: Severity | undefined;
  let bestLength = 0;
  for (const [site, severity] of Object.entries(siteMinSeverity)) {
    const length = coverLength(h, [site]);
    if (length > bestLength) [best, bestLength] = [severity, length];
  }
  return best;
}

/** True when `f`, seen on a page of `host`, is not to be kept or warned about. */
export function isSilenced(f: Pick<StoredFinding, 'fingerprint' | 'severity'>, host: string, s: Silencing): boolean {
  if (s.dismissed.has(f.fingerprint) || s.allowed.has(f.fingerprint)) return true;
  const min = minSeverityFor(s.siteMinSeverity, host);
  return min !== undefined && severityRank(f.severity) > severityRank(min);
}

/** The fingerprints of a tab's findings that are now silenced (state.ts withoutDismissed drops them). */
export function silencedIn(state: TabState, s: Silencing): Set<string> {
  return new Set(state.findings.filter((f) => isSilenced(f, state.host, s)).map((f) => f.fingerprint));
}

/** What is silenced now: `settings` are those in force; a locked policy voids the user's allowed values. */
export async function loadSilencing(settings: Settings, policy: Managed): Promise<Silencing> {
  return {
    dismissed: await dismissedPrints(),
    allowed: new Set(policy.locked ? [] : Object.keys(parseAllowed(await readKey('local', STORAGE_KEYS.allowed)))),
    siteMinSeverity: settings.siteMinSeverity,
  };
}
