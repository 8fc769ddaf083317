// Settings an organisation sets for its people (storage.managed: Chrome and Edge policies under
// 3rdparty.extensions.<id>, Firefox enterprise policies under 3rdparty.Extensions.<id>). What the
// policy may hold is `managed_schema.json` (Chrome validates against it; Firefox takes the policy
// as written, so everything is parsed here as untrusted input). Pure: the worker applies these
// over the user's own values, and the options page shows them as set and locked.
import type { CustomRuleSet } from '../engine/custom';
import { DEFAULT_SETTINGS, parseCustomRules, parseStrings, type Settings } from './storage';
import { normalizeHost } from './hosts';

/** The policy's keys: the names administrators write in their policy files (docs/deployment.md). */
export const MANAGED_KEYS = {
  notice: 'notice',
  notifications: 'notifications',
  includeGeneric: 'includeGeneric',
  pausedSites: 'pausedSites',
  customRules: 'customRules',
  settingsLocked: 'settingsLocked',
} as const;

type ManagedFlag = 'notice' | 'notifications' | 'includeGeneric';

export interface Managed {
  notice?: boolean;
  notifications?: boolean;
  includeGeneric?: boolean;
  pausedSites?: string[];
  /** The organisation's rules: they run for everyone, before the user's own. */
  customRules?: CustomRuleSet;
  /**
   * Nothing the user set counts, and the options page changes nothing: settings, paused sites,
   * per-site minimums, the user's own rules and values allowed everywhere. What the organisation
   * did not set takes its default. Per-key dismissals in the popup still work.
   */
  locked: boolean;
}

export const NO_POLICY: Readonly<Managed> = { locked: false };

/**
 * How long a reader waits for the policy before going on without it. Chromium answers the first
 * storage.managed.get of a fresh profile after ~2.7 s on this machine (measured in the e2e) and
 * later ones in ~3 ms: neither the first scan nor the first render should wait for that.
 */
export const POLICY_WAIT_MS = 1000;

/**
 * The policy `read` gives if it answers within POLICY_WAIT_MS; otherwise no policy at once, and
 * `late` with the policy when the answer comes.
 */
export async function policyWithin(read: Promise<Managed>, late: (policy: Managed) => void): Promise<Managed> {
  const timeout = new Promise<undefined>((resolve) => setTimeout(resolve, POLICY_WAIT_MS));
  const answered = await Promise.race([read, timeout]);
  if (answered) return answered;
  void read.then(late);
  return NO_POLICY;
}

/**
 * The policy as a reader keeps it: read once through policyWithin and kept until `forget` (a
 * change); a late answer replaces the stand-in, then `late` tells the reader to apply it.
 */
export function policyCache(read: () => Promise<Managed>, late: () => void): { get: () => Promise<Managed>; forget: () => void } {
  let cached: Promise<Managed> | undefined;
  const get = (): Promise<Managed> => {
    const current: Promise<Managed> = (cached ??= policyWithin(read(), (policy) => {
      if (cached !== current) return;
      cached = Promise.resolve(policy);
      late();
    }));
    return current;
  };
  return { get, forget: () => (cached = undefined) };
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The policy as read from storage.managed; a value of the wrong type is ignored, as if unset. */
export function parseManaged(raw: unknown): Managed {
  if (!isRecord(raw)) return { locked: false };
  const out: Managed = { locked: raw[MANAGED_KEYS.settingsLocked] === true };
  for (const key of ['notice', 'notifications', 'includeGeneric'] as const satisfies readonly ManagedFlag[]) {
    if (typeof raw[key] === 'boolean') out[key] = raw[key];
  }
  if (Array.isArray(raw.pausedSites)) out.pausedSites = parseStrings(raw.pausedSites).map(normalizeHost).filter(Boolean);
  if (isRecord(raw.customRules)) out.customRules = parseCustomRules(raw.customRules);
  return out;
}

/** True when the organisation set something (the options page then says so). */
export function hasPolicy(m: Managed): boolean {
  return m.locked || Object.keys(m).some((k) => k !== 'locked');
}

/**
 * The settings in force: each value the organisation set replaces the user's; when locked, the
 * user's values do not count at all (defaults stand where the organisation set nothing).
 */
export function applyManaged(user: Settings, m: Managed): Settings {
  const out: Settings = m.locked ? { ...DEFAULT_SETTINGS, pausedSites: [], siteMinSeverity: {} } : { ...user };
  if (m.notice !== undefined) out.notice = m.notice;
  if (m.notifications !== undefined) out.notifications = m.notifications;
  if (m.includeGeneric !== undefined) out.includeGeneric = m.includeGeneric;
  if (m.pausedSites !== undefined) out.pausedSites = [...m.pausedSites];
  return out;
}

/**
 * The rules in force: the organisation's first (a span goes to the first rule that matches it),
 * then the user's unless settings are locked. A user rule with an id the organisation uses is
 * left out: the organisation's rule of that name is the one that runs.
 */
export function ruleSetInForce(user: CustomRuleSet, m: Managed): CustomRuleSet {
  const org = m.customRules ?? { rules: [] };
  const mine = m.locked ? { rules: [] } : user;
  const orgIds = new Set(org.rules.map((r) => r.id));
  const rules = [...org.rules, ...mine.rules.filter((r) => !orgIds.has(r.id))];
  const allowlists = [...(org.allowlists ?? []), ...(mine.allowlists ?? [])];
  return allowlists.length > 0 ? { rules, allowlists } : { rules };
}

/** What the options page must not let the user change: a setting the policy sets, or all when locked. */
export type LockedPart = ManagedFlag | 'pausedSites' | 'siteMinSeverity' | 'customRules' | 'allowed';

export function isLocked(m: Managed, part: LockedPart): boolean {
  if (m.locked) return true;
  if (part === 'siteMinSeverity' || part === 'allowed' || part === 'customRules') return false;
  return m[part] !== undefined;
}
