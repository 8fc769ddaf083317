// Whether Keywarden can read a tab's page at all, decided from its URL (pure).
// Browsers keep extensions out of their own pages and the extension stores; PDFs are shown by a
// viewer the content script does not run in; file: pages need a permission the user grants.

export type PageAccess = 'readable' | 'browser-page' | 'store' | 'pdf' | 'file' | 'hidden';

const STORE_HOSTS = new Set(['chromewebstore.google.com', 'addons.mozilla.org']);

export function pageAccess(url: string | undefined): PageAccess {
  // No URL: the browser hid it from us, which it does for pages we have no access to.
  if (!url) return 'hidden';
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return 'hidden';
  }
  if (u.protocol === 'file:') return u.pathname.toLowerCase().endsWith('.pdf') ? 'pdf' : 'file';
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return 'browser-page';
  if (
    STORE_HOSTS.has(u.hostname) ||
    (u.hostname === 'chrome.google.com' && u.pathname.startsWith('/webstore')) ||
    (u.hostname === 'microsoftedge.microsoft.com' && u.pathname.startsWith('/addons'))
  ) {
    return 'store';
  }
  if (u.pathname.toLowerCase().endsWith('.pdf')) return 'pdf';
  return 'readable';
}
