// Pure changes to settings and dismissals, shared by the popup and the options page.
import type { Dismissal, Dismissals, Settings, StoredFinding } from '../shared/storage';
import { covers, normalizeHost } from '../shared/hosts';

/** Pausing adds the host; resuming removes every entry that covers it, or it would stay paused. */
export function withSitePaused(settings: Settings, rawHost: string, paused: boolean): Settings {
  const host = normalizeHost(rawHost);
  const others = settings.pausedSites.filter((site) => (paused ? site !== host : !covers(site, host)));
  return { ...settings, pausedSites: paused ? [...others, host].sort() : others };
}

export function withDismissal(
  dismissals: Dismissals,
  finding: Pick<StoredFinding, 'fingerprint' | 'redacted' | 'provider'>,
  reason: Dismissal['reason'],
  now: number,
): Dismissals {
  return {
    ...dismissals,
    [finding.fingerprint]: { redacted: finding.redacted, provider: finding.provider, reason, at: now },
  };
}

export function withoutDismissal(dismissals: Dismissals, fingerprint: string): Dismissals {
  const next = { ...dismissals };
  delete next[fingerprint];
  return next;
}

/** Dismissals newest first, for the options page list. */
export function dismissalList(dismissals: Dismissals): Array<Dismissal & { fingerprint: string }> {
  return Object.entries(dismissals)
    .map(([fingerprint, d]) => ({ fingerprint, ...d }))
    .sort((a, b) => b.at - a.at);
}
