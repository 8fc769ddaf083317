// What the guard needs from storage.local, loaded once and kept current through storage.onChanged:
// paused sites (Settings), sites the user trusts with keys, and the test-only provider mapping.
import { parseSettings, parseStrings, parseTestProviderHosts, STORAGE_KEYS } from '../../shared/storage';
import { isPaused, normalizeHost } from '../../shared/hosts';
import { onStorageChanged, readKey, readKeys, writeKeys } from '../../platform';

export interface GuardConfig {
  pausedSites: string[];
  trustedSites: string[];
  includeGeneric: boolean;
  /** TEST ONLY (set by e2e tests, never by the extension): extra hosts per provider slug. */
  testProviderHosts: Record<string, string[]>;
}

const config: GuardConfig = { pausedSites: [], trustedSites: [], includeGeneric: false, testProviderHosts: {} };

function apply(values: Record<string, unknown>): void {
  if (STORAGE_KEYS.settings in values) {
    const s = parseSettings(values[STORAGE_KEYS.settings]);
    config.pausedSites = s.pausedSites;
    config.includeGeneric = s.includeGeneric;
  }
  if (STORAGE_KEYS.guardTrustedSites in values) config.trustedSites = parseStrings(values[STORAGE_KEYS.guardTrustedSites]);
  if (STORAGE_KEYS.guardTestProviderHosts in values) {
    config.testProviderHosts = parseTestProviderHosts(values[STORAGE_KEYS.guardTestProviderHosts]);
  }
}

const KEYS = [STORAGE_KEYS.settings, STORAGE_KEYS.guardTrustedSites, STORAGE_KEYS.guardTestProviderHosts];

/** Resolves once storage has been read; the guard awaits it before its first decision. */
export const configReady: Promise<GuardConfig> = readKeys('local', KEYS)
  .then((values) => {
    apply({ [STORAGE_KEYS.settings]: undefined, ...values });
    return config;
  })
  .catch(() => config);

onStorageChanged('local', (changes) => {
  const values: Record<string, unknown> = {};
  for (const key of KEYS) if (key in changes) values[key] = changes[key]?.newValue;
  apply(values);
});

/**
 * No guard on paused sites, nor where the user chose "keep it (I trust this site)". Trust is for
 * that exact host: trusting github.com must not silence gist.github.com.
 */
export function guardActive(host: string): boolean {
  return !isPaused(config.pausedSites, host) && !config.trustedSites.includes(normalizeHost(host));
}

export function includeGeneric(): boolean {
  return config.includeGeneric;
}

/** The shipped domains of a provider plus any test-only hosts mapped to it. */
export function providerDomains(slug: string, shipped: readonly string[]): string[] {
  return [...shipped, ...(config.testProviderHosts[slug] ?? [])];
}

/** Remembers the user's "keep it (I trust this site)": hostnames only, never keys. */
export async function trustSite(host: string): Promise<void> {
  const h = normalizeHost(host);
  const list = parseStrings(await readKey('local', STORAGE_KEYS.guardTrustedSites));
  if (!list.includes(h)) list.push(h);
  config.trustedSites = list;
  await writeKeys('local', { [STORAGE_KEYS.guardTrustedSites]: list });
}
