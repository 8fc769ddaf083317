// In-memory WebExtension APIs for unit tests (aliased in place of webextension-polyfill), with
// i18n.getMessage answered from our own English messages the way the browsers do it.
import { readFileSync } from 'node:fs';
import { fakeBrowser } from '@webext-core/fake-browser';

interface LocaleMessage {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

const messages = JSON.parse(readFileSync(new URL('../_locales/en/messages.json', import.meta.url), 'utf8')) as
  Record<string, LocaleMessage>;

fakeBrowser.i18n.getMessage = (key: string, substitutions?: string | Array<string | number>): string => {
  const entry = messages[key];
  if (!entry) return '';
  const args = (substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions]).map(String);
  const fill = (s: string) => s.replace(/\$(\d)/g, (_, n: string) => args[Number(n) - 1] ?? '');
  return fill(entry.message.replace(/\$([\w@]+)\$/g, (whole, name: string) => {
    const placeholder = entry.placeholders?.[name.toLowerCase()];
    return placeholder ? placeholder.content : whole;
  }));
};

export default fakeBrowser;
export { fakeBrowser };
