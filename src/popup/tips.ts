// The one tip shown above the findings: the first thing to do about what was just found (pure).
import type { ProviderCategory } from '../engine/types';
import type { StoredFinding } from '../shared/storage';

export const TIP_IDS = [
  'wallet-move-funds', 'kraken-revoke', 'exchange-revoke', 'github-revoke', 'private-key-replace', 'webhook-replace', 'revoke',
  'store-now',
] as const;

export type TipId = (typeof TIP_IDS)[number];

/** Message key of a tip: a lead line, then one step per line. */
export const tipKey = (id: TipId): string => `tip_${id.replace(/-/g, '_')}`;

export interface Tip {
  id: TipId;
  /** Provider slug the tip is about. */
  provider: string;
}

/**
 * `flagged` is most severe first. A key leaked off its provider's site outranks one shown on the
 * provider's own key page (which only needs saving); wallet secrets come first, then Kraken's own steps.
 */
export function pickTip(
  flagged: readonly StoredFinding[],
  categoryOf: (slug: string) => ProviderCategory,
): Tip | undefined {
  const leaked = flagged.filter((f) => !f.onProviderSite);
  const rules: Array<[TipId, (f: StoredFinding) => boolean]> = [
    // A leaked recovery phrase or wallet key is the one exposure that cannot be revoked.
    ['wallet-move-funds', (f) => f.provider === 'wallet'],
    ['kraken-revoke', (f) => f.provider === 'kraken'],
    ['exchange-revoke', (f) => categoryOf(f.provider) === 'exchange'],
    ['github-revoke', (f) => f.provider === 'github'],
    ['private-key-replace', (f) => f.kind === 'private-key'],
    ['webhook-replace', (f) => f.kind === 'webhook'],
    ['revoke', () => true],
  ];
  for (const [id, matches] of rules) {
    const hit = leaked.find(matches);
    if (hit) return { id, provider: hit.provider };
  }
  const first = flagged[0];
  return first ? { id: 'store-now', provider: first.provider } : undefined;
}
