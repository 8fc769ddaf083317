// Which real keys sit in the part of a field the user just edited. Pure; runs in the worker (the
// engine's only home in the extension): the content script sends the text around the edit.
import { hasCandidate, isAlert, PROVIDERS, scan, type Finding } from '../engine';
import type { GuardKey } from '../shared/protocol';
import type { Span } from './remove-span';

export interface DetectOptions {
  /** Host, field label, placeholder…: provider context for keys without a prefix (Kraken's). */
  context: string;
  salt: string;
  includeGeneric?: boolean;
}

/** A real key worth interrupting for: an alert the engine also counts as an exposure. */
export function isGuardAlert(f: Finding): boolean {
  return isAlert(f) && f.notCounted === undefined;
}

/** Findings worth a warning in `text` within `window`, with spans into the whole `text`. */
export function findAlerts(text: string, window: Span, options: DetectOptions): Finding[] {
  const slice = window.start === 0 && window.end === text.length ? text : text.slice(window.start, window.end);
  if (!hasCandidate(slice)) return [];
  return scan(slice, { salt: options.salt, context: options.context, includeGeneric: options.includeGeneric })
    .filter(isGuardAlert)
    .map((f) => ({ ...f, start: f.start + window.start, end: f.end + window.start }));
}

/** The guard's answer for `text`: each real key with what the warning says about its provider. */
export function guardKeys(text: string, options: DetectOptions): GuardKey[] {
  return findAlerts(text, { start: 0, end: text.length }, options).map((f) => {
    const provider = PROVIDERS[f.provider];
    const key: GuardKey = {
      start: f.start,
      end: f.end,
      fingerprint: f.fingerprint,
      provider: f.provider,
      providerName: provider?.name ?? f.provider,
      kind: f.kind,
      exchange: provider?.category === 'exchange',
      domains: [...(provider?.domains ?? [])],
    };
    if (provider?.keysUrl) key.keysUrl = provider.keysUrl;
    return key;
  });
}
