// Translation for the popup and options pages, through the browser's i18n API so that a translator
// adds a language by adding _locales/<lang>/messages.json, with no code change.
import { message as getMessage } from '../platform';

/** The message for `key`, with $1…$9 substitutions; the key itself if the message is missing. */
export function t(key: string, substitutions?: string | string[]): string {
  const message = getMessage(key, substitutions);
  return message === '' ? key : message;
}

/** The message for `key`, or undefined when no locale has it (for optional, per-provider text). */
export function tOptional(key: string, substitutions?: string | string[]): string | undefined {
  const message = getMessage(key, substitutions);
  return message === '' ? undefined : message;
}

/**
 * Fills static text from attributes: data-i18n (textContent), data-i18n-aria-label,
 * data-i18n-title, data-i18n-placeholder. Text only, never markup.
 */
export function localize(root: ParentNode = document): void {
  for (const el of root.querySelectorAll<HTMLElement>('[data-i18n]')) {
    el.textContent = t(el.dataset.i18n ?? '');
  }
  for (const [data, attr] of [
    ['i18nAriaLabel', 'aria-label'],
    ['i18nTitle', 'title'],
    ['i18nPlaceholder', 'placeholder'],
  ] as const) {
    const selector = `[data-${data.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}]`;
    for (const el of root.querySelectorAll<HTMLElement>(selector)) {
      el.setAttribute(attr, t(el.dataset[data] ?? ''));
    }
  }
  // The language the messages actually came from (a French UI falls back to English), for screen readers.
  document.documentElement.lang = t('localeCode');
  document.documentElement.dir = t('@@bidi_dir');
}
