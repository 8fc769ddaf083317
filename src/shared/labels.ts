// One vocabulary for what the engine and storage name: the message key of each kind, severity,
// surface and reason, and the display name of a provider. Pure: the popup and the worker translate
// the keys. The records are exhaustive over their types, so a new value fails to compile until it
// has a label, and the locales test reads every key from here.
import type { Kind, NotCountedReason, ProviderCategory, Severity } from '../engine/types';
import { SURFACES, type Where } from './surfaces';

export const KIND_LABELS: Readonly<Record<Kind, string>> = {
  secret: 'kind_secret',
  token: 'kind_token',
  'private-key': 'kind_private_key',
  webhook: 'kind_webhook',
  public: 'kind_public',
  identifier: 'kind_identifier',
  'recovery-phrase': 'kind_recovery_phrase',
};

export const SEVERITY_LABELS: Readonly<Record<Severity, string>> = {
  critical: 'severity_critical',
  high: 'severity_high',
  medium: 'severity_medium',
  low: 'severity_low',
  info: 'severity_info',
};

export const NOT_COUNTED_LABELS: Readonly<Record<NotCountedReason | 'low-severity', string>> = {
  'documentation-example': 'notCounted_documentation_example',
  placeholder: 'notCounted_placeholder',
  'public-by-design': 'notCounted_public_by_design',
  'test-mode': 'notCounted_test_mode',
  expired: 'notCounted_expired',
  'low-severity': 'notCounted_low_severity',
};

/** What a holder of a key could do, per provider category (translated; the engine's own words are English). */
export const CAN_DO_LABELS: Readonly<Record<ProviderCategory, string>> = {
  exchange: 'canDoCategory_exchange',
  cloud: 'canDoCategory_cloud',
  code: 'canDoCategory_code',
  ai: 'canDoCategory_ai',
  payments: 'canDoCategory_payments',
  messaging: 'canDoCategory_messaging',
  other: 'canDoCategory_other',
};

export function isKind(value: unknown): value is Kind {
  return typeof value === 'string' && Object.hasOwn(KIND_LABELS, value);
}

export const kindKey = (kind: Kind): string => KIND_LABELS[kind];
export const severityKey = (severity: Severity): string => SEVERITY_LABELS[severity];
export const whereKey = (where: Where): string => SURFACES[where].label;

export function notCountedKey(reason: NotCountedReason | undefined, example: boolean): string {
  return NOT_COUNTED_LABELS[reason ?? (example ? 'documentation-example' : 'low-severity')];
}

/** Bases of counted messages: `${base}_one` and `${base}_other` (enough for en and it). */
export const PLURAL_BASES = ['countLabel', 'totalFlagged', 'pastesKeptOut'] as const;

export function pluralKey(base: (typeof PLURAL_BASES)[number], n: number): string {
  return n === 1 ? `${base}_one` : `${base}_other`;
}

/** A count as the user's locale writes it ("15,000", "15.000"). */
export function formatCount(n: number, locale: string): string {
  try {
    return n.toLocaleString(locale);
  } catch {
    return n.toLocaleString('en');
  }
}

/** A provider's display name; an unknown slug, readably ("acme-cloud" → "Acme cloud"). */
export function providerName(slug: string, providers: Readonly<Record<string, { name: string }>>): string {
  const known = Object.hasOwn(providers, slug) ? providers[slug] : undefined;
  if (known) return known.name;
  return slug === '' ? '?' : slug.charAt(0).toUpperCase() + slug.slice(1).replace(/[-_]/g, ' ');
}
