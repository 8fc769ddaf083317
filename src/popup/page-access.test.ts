import { describe, expect, it } from 'vitest';
import { pageAccess } from './page-access';

describe('pageAccess', () => {
  it.each([
    ['https://example.com/docs', 'readable'],
    ['http://127.0.0.1:8080/', 'readable'],
    ['chrome://settings/', 'browser-page'],
    ['about:blank', 'browser-page'],
    ['edge://extensions', 'browser-page'],
    ['moz-extension://abc/popup.html', 'browser-page'],
    ['view-source:https://example.com/', 'browser-page'],
    ['https://chromewebstore.google.com/detail/x', 'store'],
    ['https://chrome.google.com/webstore/detail/x', 'store'],
    ['https://addons.mozilla.org/en-US/firefox/', 'store'],
    ['https://example.com/report.PDF', 'pdf'],
    ['file:///home/me/keys.txt', 'file'],
    ['file:///home/me/doc.pdf', 'pdf'],
    [undefined, 'hidden'],
    ['not a url', 'hidden'],
  ] as const)('%s → %s', (url, expected) => {
    expect(pageAccess(url)).toBe(expected);
  });

  it('only the store paths of shared hosts are stores', () => {
    expect(pageAccess('https://chrome.google.com/other')).toBe('readable');
  });
});
