// One hostile page in Firefox ESR (WebDriver BiDi): injection-shaped strings around keys stay text.
// The page's elements after Keywarden ran are exactly those its HTML parses to, plus the notice,
// whose shadow root is closed and whose count is set; no dialog opens. (BiDi cannot open
// moz-extension:// pages, so the popup is checked in Chromium: hostile.test.ts.)
// Run: npm run build && npx vitest run -c vitest.e2e.config.ts test/e2e/hostile-firefox.test.ts
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefox, NOTICE_SELECTOR, servePages, settle, waitFor, type FirefoxExtension, type Site } from './harness';
import { hostileSite, type HostileSite } from './fixtures/hostile/pages';

let ff: FirefoxExtension;
let site: Site;
let hostile: HostileSite;

beforeAll(async () => {
  hostile = await hostileSite(11, 1);
  site = await servePages(hostile.routes);
  ff = await launchFirefox();
});

afterAll(async () => {
  await ff?.close();
  await site?.close();
});

describe('Firefox ESR on a hostile page', () => {
  it('injects no markup, shows the notice with a closed root, opens no dialog', async () => {
    const path = hostile.pages[0] ?? '/';
    const source = hostile.routes[path];
    if (typeof source !== 'string') throw new Error('hostile page missing');
    const page = await ff.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss().catch(() => undefined);
    });
    await page.goto(site.url(path));
    const least = hostile.textKeys[path] ?? 1;
    await waitFor(async () => Number(await page.evaluate((s) => document.querySelector(s)?.getAttribute('data-count') ?? 0, NOTICE_SELECTOR)) >= least,
      { timeout: 20_000, message: `notice with ≥ ${least} keys` });
    await settle(1500);

    const view = await page.evaluate((html, selector) => {
      const tags = (d: Document | Element) => [...d.querySelectorAll('*')].map((e) => e.localName).sort();
      const parsed = tags(new DOMParser().parseFromString(html, 'text/html'));
      const ours = new Set([...document.querySelectorAll('[data-keywarden]')]);
      const live = [...document.querySelectorAll('*')].filter((e) => ![...ours].some((o) => o === e || o.contains(e))).map((e) => e.localName).sort();
      const notice = document.querySelector(selector);
      return {
        same: JSON.stringify(parsed) === JSON.stringify(live),
        extra: live.filter((t, i) => t !== parsed[i]).slice(0, 5),
        ours: [...ours].map((o) => o.localName),
        noticeRootOpen: notice?.shadowRoot !== null,
        noticeChildren: notice?.childNodes.length ?? -1,
        count: Number(notice?.getAttribute('data-count') ?? 0),
      };
    }, source, NOTICE_SELECTOR);
    expect(view.extra).toEqual([]);
    expect(view.same).toBe(true);
    expect(view.ours).toEqual(['keywarden-notice']);
    expect(view).toMatchObject({ noticeRootOpen: false, noticeChildren: 0 });
    expect(view.count).toBeGreaterThanOrEqual(least);
    expect(dialogs).toEqual([]);
    await page.close();
  });
});
