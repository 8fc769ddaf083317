// The paste guard's worker side, pure: which real keys sit in the text around a user's edit (the
// engine lives only in the worker), whether the site is where they belong, and every word the
// warning shows. The content script sends the text and shows the words; it decides neither.
import { hasCandidate, isAlert, phrasesInWords, PROVIDERS, scan, type Finding } from '../engine';
import { runCustomRules, type CompiledRuleSet } from '../engine/custom';
import { kindKey, providerName } from '../shared/labels';
import { isWalletKey, type GuardKey, type GuardWordsMessage, type Span, type WarningLine, type WarningWords } from '../shared/protocol';
import { classifySite, loudest, type SiteClass } from './sites';

export interface DetectOptions {
  /** Host, field label, placeholder…: provider context for keys without a prefix (Kraken's). */
  context: string;
  salt: string;
  includeGeneric?: boolean;
  /** Custom rules in force (background/custom-rules.ts): a team's own tokens warn too. */
  custom?: CompiledRuleSet;
  /** Keys the user silenced (background/silence.ts): allowed everywhere, dismissed, below the site's minimum. */
  silenced?: (f: Finding) => boolean;
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
  // The engine's prefilter knows the built-in formats only; custom rules read every text.
  if (!options.custom && !hasCandidate(slice, { includeGeneric: options.includeGeneric })) return [];
  const builtIn = scan(slice, { salt: options.salt, context: options.context, includeGeneric: options.includeGeneric, wholeValue: whole });
  const found = options.custom ? runCustomRules(slice, builtIn, options.custom, { salt: options.salt }) : builtIn;
  return found
    .filter((f) => isGuardAlert(f) && !options.silenced?.(f))
    .map((f) => ({ ...f, start: f.start + window.start, end: f.end + window.start }));
}

/** Where `site` stands for a key of `slug`: its provider's own site, a public one, or another. */
export function siteClass(slug: string, site: GuardSite): SiteClass {
  const domains = Object.hasOwn(PROVIDERS, slug) ? PROVIDERS[slug]!.domains : [];
  const test = site.testProviderHosts && Object.hasOwn(site.testProviderHosts, slug) ? site.testProviderHosts[slug]! : [];
  return classifySite(site.host, [...domains, ...test]);
}

/** A field whose label or page names a private key (an "import wallet" form asking for one). */
const PRIVATE_KEY_FIELD = /private[ _-]?key|priv[ _-]?key/i;
/** Put before the field's text when the field asks for a private key: the engine reads it as the value's name. */
const PRIVATE_KEY_LABEL = 'private key: ';

/**
 * The findings of the guard's text. A bare 64-hex value is a wallet key only when named as one,
 * and a field labelled "Private key" names what is pasted into it, as a label in the text would.
 */
function guardAlerts(text: string, options: DetectOptions): Finding[] {
  if (!PRIVATE_KEY_FIELD.test(options.context)) return findAlerts(text, { start: 0, end: text.length }, options);
  const shift = PRIVATE_KEY_LABEL.length;
  const labelled = `${PRIVATE_KEY_LABEL}${text}`;
  return findAlerts(labelled, { start: 0, end: labelled.length }, options)
    .filter((f) => f.start >= shift)
    .map((f) => ({ ...f, start: f.start - shift, end: f.end - shift }));
}

/** What the guard tells the page of a finding: where and what, never its value. */
function guardKey(f: Finding): GuardKey {
  const key: GuardKey = { start: f.start, end: f.end, fingerprint: f.fingerprint, provider: f.provider, kind: f.kind };
  // A phrase's preview holds its length, language and "checksum valid", no word of it.
  if (f.kind === 'recovery-phrase') key.detail = f.redacted;
  return key;
}

/**
 * The guard's answer for `text`: each real key that does not belong on `site`, without its value.
 * Wallet secrets belong on no site.
 */
export function guardKeys(text: string, options: DetectOptions, site: GuardSite): GuardKey[] {
  return guardAlerts(text, options)
    .filter((f) => isWalletKey(f) || siteClass(f.provider, site) !== 'provider')
    .map(guardKey);
}

/** The recovery phrases among the words of a group of per-word inputs; spans into words.join('\n'). */
export function phraseInputKeys(words: readonly string[], options: DetectOptions): GuardKey[] {
  return phrasesInWords(words, { salt: options.salt, context: options.context })
    .map((p) => p.finding)
    .filter(isGuardAlert)
    .map(guardKey);
}

/** Message lookup with $1… substitutions (platform `message` in the worker). */
export type Translate = (key: string, substitutions?: string | string[]) => string;

/**
 * The loudest warning, the same on every site: what a recovery phrase or wallet key is, and that no
 * website needs one (pages that ask for one are after the funds). Of the secret it names only the
 * kind and, for a phrase, its length and language.
 */
function walletWords(keys: GuardWordsMessage['keys'], t: Translate): WarningWords {
  const phrase = keys.find((k) => isWalletKey(k) && k.kind === 'recovery-phrase');
  const heading = phrase ? t('guardWalletHeadingPhrase', phrase.detail ?? t(kindKey(phrase.kind))) : t('guardWalletHeadingKey');
  const what = t(phrase ? 'guardWalletWhatPhrase' : 'guardWalletWhatKey');
  const lines: WarningLine[] = [{ text: what, alarm: true }, { text: t('guardWalletNoSite'), alarm: true }];
  const others = keys.filter((k) => !isWalletKey(k));
  if (others.length > 0) lines.push({ text: t('guardWalletAlso', others.map((k) => `${providerName(k.provider, PROVIDERS)} (${t(kindKey(k.kind))})`).join(', ')) });
  return {
    tone: 'wallet',
    label: t('guardWalletRegionLabel'),
    heading,
    close: t('guardClose'),
    lines,
    tips: [],
    more: [t('guardWalletMore'), t('guardWalletChecked')],
    remove: t('guardRemove'),
    keep: t('guardWalletKeep'),
    learnMore: t('guardLearnMore'),
    announce: `${heading}. ${what}`,
    removed: t('guardRemovedDone'),
  };
}

/** Every word of a warning about `keys` on `site`, in the user's locale. */
export function warningWords(keys: GuardWordsMessage['keys'], site: GuardSite, t: Translate): WarningWords {
  if (keys.some(isWalletKey)) return walletWords(keys, t);
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
