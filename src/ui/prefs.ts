// Pure changes to settings and dismissals, shared by the popup and the options page.
import type { Severity } from '../engine/types';
import type { AllowedValue, AllowedValues, Dismissal, Dismissals, Settings, StoredFinding } from '../shared/storage';
import { covers, normalizeHost } from '../shared/hosts';

/** Pausing adds the host; resuming removes every entry that covers it, or it would stay paused. */
export function withSitePaused(settings: Settings, rawHost: string, paused: boolean): Settings {
  const host = normalizeHost(rawHost);
  const others = settings.pausedSites.filter((site) => (paused ? site !== host : !covers(site, host)));
  return { ...settings, pausedSites: paused ? [...others, host].sort() : others };
}

type Judged = Pick<StoredFinding, 'fingerprint' | 'redacted' | 'provider'> & Partial<Pick<StoredFinding, 'kind' | 'severity'>>;

/** What an entry keeps of a finding: the preview and labels (never the value), and when. */
function entryOf(finding: Judged, now: number): AllowedValue {
  const entry: AllowedValue = { redacted: finding.redacted, provider: finding.provider, at: now };
  if (finding.kind) entry.kind = finding.kind;
  if (finding.severity) entry.severity = finding.severity;
  return entry;
}

export function withDismissal(dismissals: Dismissals, finding: Judged, reason: Dismissal['reason'], now: number): Dismissals {
  return { ...dismissals, [finding.fingerprint]: { ...entryOf(finding, now), reason } };
}

export function withoutDismissal(dismissals: Dismissals, fingerprint: string): Dismissals {
  const next = { ...dismissals };
  delete next[fingerprint];
  return next;
}

/** Dismissals or allowed values newest first, for the options page lists. */
export function newestFirst<T extends { at: number }>(entries: Readonly<Record<string, T>>): Array<T & { fingerprint: string }> {
  return Object.entries(entries)
    .map(([fingerprint, d]) => ({ fingerprint, ...d }))
    .sort((a, b) => b.at - a.at);
}

/** "Allow this value everywhere": by salted fingerprint, with the redacted preview to show and undo it. */
export function withAllowed(allowed: AllowedValues, finding: Judged, now: number): AllowedValues {
  return { ...allowed, [finding.fingerprint]: entryOf(finding, now) };
}

export function withoutAllowed(allowed: AllowedValues, fingerprint: string): AllowedValues {
  const next = { ...allowed };
  delete next[fingerprint];
  return next;
}

/** Sets (or, with undefined, removes) the least severity reported on `rawHost` and its subdomains. */
export function withSiteMinSeverity(settings: Settings, rawHost: string, severity: Severity | undefined): Settings {
  const host = normalizeHost(rawHost);
  const next = { ...settings.siteMinSeverity };
  if (severity === undefined) delete next[host];
  else if (host) next[host] = severity;
  return { ...settings, siteMinSeverity: next };
}
