// The paste guard's worker side, pure: which real keys sit in the text around a user's edit (the
// engine lives only in the worker), whether the site is where they belong, and every word the
// warning shows. The content script sends the text and shows the words; it decides neither.
import { hasCandidate, isAlert, PROVIDERS, scan, type Finding } from '../engine';
import { kindKey, providerName } from '../shared/labels';
import type { GuardKey, GuardWordsMessage, Span, WarningLine, WarningWords } from '../shared/protocol';
import { classifySite, loudest, type SiteClass } from './sites';

export interface DetectOptions {
  /** Host, field label, placeholder…: provider context for keys without a prefix (Kraken's). */
  context: string;
  salt: string;
  includeGeneric?: boolean;
}

/** The site a key is about to be given to, as the worker sees the sending frame. */
export interface GuardSite {
  host: string;
  https: boolean;
  /** TEST ONLY: extra hosts per provider slug that count as the provider's own site. */
  testProviderHosts?: Readonly<Record<string, string[]>>;
}

/** A real key worth interrupting for: an alert the engine also counts as an exposure. */
export function isGuardAlert(f: Finding): boolean {
  return isAlert(f) && f.notCounted === undefined;
}

/**
 * Findings worth a warning in `text` within `window`, with spans into the whole `text`. A field
 * holding nothing but one key-shaped value is scanned as a whole value (docs/ARCHITECTURE.md, paste
 * guard, "A bare value"): a bare 64-byte secret warns even with no name, provider unknown.
 */
export function findAlerts(text: string, window: Span, options: DetectOptions): Finding[] {
  const whole = window.start === 0 && window.end === text.length;
  const slice = whole ? text : text.slice(window.start, window.end);
  if (!hasCandidate(slice, { includeGeneric: options.includeGeneric })) return [];
  return scan(slice, { salt: options.salt, context: options.context, includeGeneric: options.includeGeneric, wholeValue: whole })
    .filter(isGuardAlert)
    .map((f) => ({ ...f, start: f.start + window.start, end: f.end + window.start }));
}

/** Where `site` stands for a key of `slug`: its provider's own site, a public one, or another. */
export function siteClass(slug: string, site: GuardSite): SiteClass {
  const domains = Object.hasOwn(PROVIDERS, slug) ? PROVIDERS[slug]!.domains : [];
  const test = site.testProviderHosts && Object.hasOwn(site.testProviderHosts, slug) ? site.testProviderHosts[slug]! : [];
  return classifySite(site.host, [...domains, ...test]);
}

/** The guard's answer for `text`: each real key that does not belong on `site`, without its value. */
export function guardKeys(text: string, options: DetectOptions, site: GuardSite): GuardKey[] {
  return findAlerts(text, { start: 0, end: text.length }, options)
    .filter((f) => siteClass(f.provider, site) !== 'provider')
    .map((f) => ({ start: f.start, end: f.end, fingerprint: f.fingerprint, provider: f.provider, kind: f.kind }));
}

/** Message lookup with $1… substitutions (platform `message` in the worker). */
export type Translate = (key: string, substitutions?: string | string[]) => string;

/** Every word of a warning about `keys` on `site`, in the user's locale. */
export function warningWords(keys: GuardWordsMessage['keys'], site: GuardSite, t: Translate): WarningWords {
  const providers = keys.map((k) => (Object.hasOwn(PROVIDERS, k.provider) ? PROVIDERS[k.provider] : undefined));
  const names = keys.map((k) => `${providerName(k.provider, PROVIDERS)} (${t(kindKey(k.kind))})`).join(', ');
  const heading = t(keys.length > 1 ? 'guardHeadingMany' : 'guardHeadingOne', names);
  const tone = loudest(keys.map((k) => siteClass(k.provider, site))) === 'public' ? 'public' : 'other';
  const exchange = providers.some((p) => p?.category === 'exchange');
  const keysUrl = providers.find((p) => p?.keysUrl)?.keysUrl;
  const why = t('guardWhy');
  const lines: WarningLine[] = [{ text: why }];
  const tips: WarningLine[] = [];
  if (tone === 'public') {
    lines.push({ text: t('guardPublic'), alarm: true });
  } else {
    lines.push({ text: t('guardOtherIntro', site.host) });
    tips.push({ text: t('guardTipMinimal') });
    if (exchange) tips.push({ text: t('guardTipNoWithdrawals') }, { text: t('guardTipAllowlist') });
    tips.push({ text: t('guardTipTrust') });
    tips.push(site.https ? { text: t('guardHttpsOk') } : { text: t('guardHttpWarn'), alarm: true });
  }
  return {
    tone,
    label: t('guardRegionLabel'),
    heading,
    close: t('guardClose'),
    lines,
    tips,
    more: [t('guardMore'), ...(keysUrl ? [t('guardKeysAt', keysUrl)] : [])],
    remove: t('guardRemove'),
    keep: t('guardKeep'),
    learnMore: t('guardLearnMore'),
    announce: `${heading}. ${tone === 'public' ? t('guardPublic') : why}`,
    removed: t('guardRemovedDone'),
  };
}
