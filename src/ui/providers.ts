// What the UI needs to know about a provider, in the UI's language: display name, category, where
// to revoke keys, the path to that page and what a leaked key allows. The English comes from the
// engine's PROVIDERS (imported from its own module, not the engine's index); a locale translates
// a provider's texts under providerMessage() names. Falls back for a slug it does not describe.
import { PROVIDERS } from '../engine/providers';
import type { ProviderCategory } from '../engine/types';
import { CAN_DO_LABELS, providerName } from '../shared/labels';
import { t, tOptional } from './i18n';

export interface ProviderInfo {
  slug: string;
  name: string;
  category: ProviderCategory;
  keysUrl?: string;
  keysPath?: string;
  /** What someone holding the key could do. */
  canDo: string;
  /**
   * For a credential type (a private key, a JWT, a connection string), which no provider's page
   * revokes: what to do instead.
   */
  replaceHow?: string;
}

/**
 * Provider texts a locale translates. English lives in the provider file only; every other
 * locale has canDo for each provider, keysPath where the provider has one, and providerName and
 * replaceHow (the provider file's noKeysUrl: what to do in place of a keys page) for credential
 * types (private key, JWT), whose names are words rather than brands.
 */
export const PROVIDER_TEXTS = ['providerName', 'canDo', 'keysPath', 'replaceHow'] as const;
export type ProviderText = (typeof PROVIDER_TEXTS)[number];

/** Message name of a provider's translated text (message names allow only [A-Za-z0-9_]). */
export function providerMessage(text: ProviderText, slug: string): string {
  return `${text}_${slug.replace(/-/g, '_')}`;
}

export function providerInfo(slug: string): ProviderInfo {
  const p = Object.hasOwn(PROVIDERS, slug) ? PROVIDERS[slug] : undefined;
  if (!p) return { slug, name: providerName(slug, PROVIDERS), category: 'other', canDo: t(CAN_DO_LABELS.other) };
  const own = (text: ProviderText): string | undefined => tOptional(providerMessage(text, slug));
  // A locale without its own sentence for this provider says what the category allows.
  const canDo = own('canDo') ?? (t('localeCode') === 'en' ? p.canDo : t(CAN_DO_LABELS[p.category]));
  const info: ProviderInfo = { slug, name: own('providerName') ?? p.name, category: p.category, canDo };
  if (p.keysUrl) info.keysUrl = p.keysUrl;
  const keysPath = own('keysPath') ?? p.keysPath;
  if (keysPath) info.keysPath = keysPath;
  if (p.replaceHow) info.replaceHow = own('replaceHow') ?? p.replaceHow;
  return info;
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

const FALLBACK_COLOURS = ['#1f5fa8', '#7a3aa8', '#0f6b5c', '#a23a2b', '#5a5a00', '#3b4a9c'];

/** The provider file's badge colour, else one picked by the slug's hash; all reach 4.5:1 with white text. */
export function badgeColour(slug: string): string {
  const own = Object.hasOwn(PROVIDERS, slug) ? PROVIDERS[slug]?.badge : undefined;
  if (own) return own;
  let hash = 0;
  for (const ch of slug) hash = (hash * 31 + ch.charCodeAt(0)) >>> 0;
  return FALLBACK_COLOURS[hash % FALLBACK_COLOURS.length]!;
}
