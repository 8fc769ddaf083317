// What a provider file declares: the provider's facts beside its rules. src/engine/providers.ts
// lists every file; provider-files.test.ts fails when a provider misses a piece.

import type { Provider, ProviderCategory } from '../types';
import type { Rule, RuleSpec } from './rule';

interface Facts {
  /** Lower-case id, e.g. 'kraken'; the file is providers/<slug>.ts. Findings name it. */
  slug: string;
  /** Display name (a brand, or for a credential type the English name that locales translate). */
  name: string;
  category: ProviderCategory;
  /** Registrable domains the provider's own pages live on, e.g. ['kraken.com']. */
  domains: readonly string[];
  /** English, plain words: what someone holding a live secret could do. Locales translate it. */
  canDo: string;
  /** English path to the key page inside the provider's UI (Settings → Security → API). */
  keysPath?: string;
  /** Brand-ish colour for the popup's initial badge; must reach 4.5:1 against white text. */
  badge?: string;
  rules: readonly RuleSpec[];
  /**
   * Findings come from a detector module instead of rules (wallet secrets: phrases are runs of
   * words checked against BIP-39, not tokens); names that module. `rules` is then empty.
   */
  detector?: string;
}

/** Where the owner revokes and replaces keys, or why there is no single such page. */
type KeysPage = { keysUrl: string; noKeysUrl?: never } | { keysUrl?: never; noKeysUrl: string };

/**
 * A credential type rather than a service (private keys, JWTs): no domain and no key page of
 * its own, and a descriptive name that locales translate.
 */
type Issuer = { credentialType?: never } | { credentialType: true; domains: readonly [] };

export type ProviderSpec = Facts & KeysPage & Issuer;

export interface ProviderDef extends Provider {
  rules: readonly Rule[];
  noKeysUrl?: string;
  credentialType?: true;
  detector?: string;
}

export function defineProvider(spec: ProviderSpec): ProviderDef {
  const { rules, domains, ...facts } = spec;
  return { ...facts, domains: [...domains], rules: rules.map((r): Rule => ({ ...r, provider: spec.slug }) as Rule) };
}
