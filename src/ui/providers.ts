// What the UI needs to know about a provider: display name, category, where to revoke keys and
// what a leaked key allows. Comes from the engine's PROVIDERS; falls back gracefully for a slug
// the engine does not describe.
import * as engine from '../engine';
import type { Provider, ProviderCategory } from '../engine/types';

export interface ProviderInfo {
  slug: string;
  name: string;
  category: ProviderCategory;
  keysUrl?: string;
  canDo?: string;
}

// Read through the namespace so the UI still builds while the engine's PROVIDERS table is landing.
function table(): Record<string, Provider> {
  return (engine as unknown as { PROVIDERS?: Record<string, Provider> }).PROVIDERS ?? {};
}

// Facts from Kraken's own docs, used if the engine's entry lacks them.
const KRAKEN_FALLBACK: ProviderInfo = {
  slug: 'kraken',
  name: 'Kraken',
  category: 'exchange',
  keysUrl: 'https://www.kraken.com/u/security/api',
};

export function providerInfo(slug: string): ProviderInfo {
  const p = table()[slug];
  if (p) {
    return {
      slug,
      name: p.name,
      category: p.category,
      keysUrl: p.keysUrl ?? (slug === 'kraken' ? KRAKEN_FALLBACK.keysUrl : undefined),
      canDo: p.canDo || undefined,
    };
  }
  if (slug === 'kraken') return KRAKEN_FALLBACK;
  const name = slug === '' ? '?' : slug.charAt(0).toUpperCase() + slug.slice(1).replace(/[-_]/g, ' ');
  return { slug, name, category: 'other' };
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
