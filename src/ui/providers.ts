// What the UI needs to know about a provider: display name, category, where to revoke keys and
// what a leaked key allows. Comes from the engine's PROVIDERS (imported from its own module, not
// the engine's index, so the popup bundle stays small); falls back for a slug it does not describe.
import { PROVIDERS } from '../engine/providers';
import type { ProviderCategory } from '../engine/types';
import { providerName } from '../shared/labels';

export interface ProviderInfo {
  slug: string;
  name: string;
  category: ProviderCategory;
  keysUrl?: string;
  canDo?: string;
}

export function providerInfo(slug: string): ProviderInfo {
  const p = Object.hasOwn(PROVIDERS, slug) ? PROVIDERS[slug] : undefined;
  if (p) return { slug, name: p.name, category: p.category, keysUrl: p.keysUrl, canDo: p.canDo || undefined };
  return { slug, name: providerName(slug, PROVIDERS), category: 'other' };
}

/** Only http(s) links are ever rendered, whatever a table says. */
export function safeHttpUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}

// Brand-ish colours for the initial badge; each passes 4.5:1 against white text.
const BADGE_COLOURS: Record<string, string> = {
  kraken: '#5741d9',
  github: '#24292f',
  aws: '#8a4b00',
  stripe: '#5146d9',
  openai: '#0f6b5c',
  anthropic: '#8a4a2f',
  google: '#1a5fc8',
  slack: '#611f69',
  binance: '#7a5b00',
  coinbase: '#0047c8',
};
const FALLBACK_COLOURS = ['#1f5fa8', '#7a3aa8', '#0f6b5c', '#a23a2b', '#5a5a00', '#3b4a9c'];

export function badgeColour(slug: string): string {
  const known = BADGE_COLOURS[slug];
  if (known) return known;
  let hash = 0;
  for (const ch of slug) hash = (hash * 31 + ch.charCodeAt(0)) >>> 0;
  return FALLBACK_COLOURS[hash % FALLBACK_COLOURS.length]!;
}
