// Saving a file from an extension page without the downloads permission: an anchor with a blob:
// URL and a `download` name, clicked from script inside the user's click. Chromium and Firefox
// both save it to the Downloads folder (or ask where, if the user chose that in the browser).
import { h } from '../shared/dom';

/** How long the blob stays alive after the click: the browser reads it asynchronously. */
const KEEP_BLOB_MS = 60_000;

export function saveFile(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = h('a', { href: url, download: name, hidden: '' });
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), KEEP_BLOB_MS);
}
