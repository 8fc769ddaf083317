// Under load, in real Chromium and Firefox ESR: leaked-credentials dumps (one <pre> of GitHub
// tokens, made on the server). Three tabs of 5,000 keys and a small page (every badge right, with
// the background stopped mid-way), a page of 15,000 (the exact count, the popup grouped and paged,
// a dismissal applied at once), closing tabs frees storage, a page of 50,000 (the page stays
// responsive, one notice, pausing from the popup at once). "At least N" on a page beyond the scan budget: hostile-robustness.test.ts.
// Speed figures: bench/popup-load.ts.
// Run: npm run build && npx vitest run -c vitest.e2e.config.ts test/e2e/load.test.ts
import { describe, expect, it } from 'vitest';
import { BROWSERS, type Tab } from './driver';
import { html, NOTICE_SELECTOR, waitFor } from './harness';
import { HEARTBEAT, heartbeatGap, RESET_AFTER_FIRST_PAINT } from './heartbeat';
import { badgeBecomes, noticeCount, ready, tabState, useExtension } from './helpers';
import { fakeKeys } from '../support/keys';

const fake = fakeKeys(27);

const dump = (n: number): string =>
  html(`${HEARTBEAT}<h1>paste</h1><pre>${fake.githubTokens(n).join('\n')}</pre>${RESET_AFTER_FIRST_PAINT}`, 'Paste dump');

// Made once, shared by both browsers: 75,000 tokens take a while to generate.
const PAGES = { '/a': dump(5000), '/b': dump(5000), '/c': dump(5000), '/small': dump(3), '/15k': dump(15_000), '/50k': dump(50_000) };

describe.each(BROWSERS)('%s', (browser) => {
  const env = useExtension(browser, { launch: { privateCopy: true }, sites: { site: PAGES } });

  const open = (path: string) => env.ext.open(env.site.url(path), { timeout: 60_000 });
  /** Every tab's state as stored, in JSON bytes (Firefox has no storage.session.getBytesInUse). */
  const sessionBytes = (): Promise<number> =>
    env.ext.run(async () => new TextEncoder().encode(JSON.stringify(await chrome.storage.session.get(null))).length);

  const dumps: Array<{ tab: Tab; tabId: number }> = [];

  it('three tabs of 5,000 keys and a small page, the background stopped mid-way: every badge right', async () => {
    for (const path of ['/a', '/b']) {
      const opened = await open(path);
      await badgeBecomes(env.ext, opened.tabId, '5000', 30_000);
      dumps.push(opened);
    }
    // The third tab is read while the background is stopped (as the browser does when idle). Its
    // id is asked for afterwards: asking the background while it stops fails in the driver.
    const third = await env.ext.newTab();
    const loading = third.goto(env.site.url('/c'), { timeout: 60_000 });
    await env.ext.stopBackground();
    await loading;
    dumps.push({ tab: third, tabId: await env.ext.tabIdOf(third) });
    const small = await open('/small');
    await badgeBecomes(env.ext, dumps[2]!.tabId, '5000', 30_000);
    await badgeBecomes(env.ext, small.tabId, '3');
    for (const { tabId } of dumps) {
      expect(await env.ext.badgeText(tabId)).toBe('5000');
      expect((await tabState(env.ext, tabId))?.tally.credentials).toBe(5000);
    }
    // Was 8.1 MB after two such tabs, and the third kept nothing.
    expect(await sessionBytes()).toBeLessThan(2 * 1024 * 1024);
    await small.tab.close();
  });

  it('a page of 15,000 keys: the exact count; the popup shows it at once, grouped, a page at a time', async () => {
    const { tab, tabId } = await open('/15k');
    await badgeBecomes(env.ext, tabId, '15k', 30_000);
    expect((await tabState(env.ext, tabId))?.tally.credentials).toBe(15_000);

    const popup = await env.ext.openPopup(tabId);
    await ready(popup);
    expect(await popup.text('[data-testid="flagged-count"]')).toBe('15,000');
    expect(await popup.isVisible('[data-testid="count-at-least"]')).toBe(false);
    expect(await popup.text('[data-testid="detail-note"]')).toBe('Showing the 500 most severe of 15,000.');
    expect(await popup.count('[data-testid="finding-group"]')).toBe(1);
    expect(await popup.text('[data-testid="group-count"]')).toBe('15,000');
    expect(await popup.count('[data-testid="finding"]')).toBe(10);
    await popup.click({ css: '[data-testid="finding-group"] button.group-more', hasText: 'Show 50 more' });
    await waitFor(async () => (await popup.count('[data-testid="finding"]')) === 60, { message: '60 cards' });

    // Dismissing one: the popup's count drops at once, the badge follows.
    await popup.click({ css: '[data-testid="finding"]', inner: '[data-action="not-a-secret"]' });
    await waitFor(async () => (await popup.text('[data-testid="flagged-count"]')) === '14,999', { timeout: 1000, message: 'popup count 14,999' });
    await badgeBecomes(env.ext, tabId, '14k');
    expect((await tabState(env.ext, tabId))?.tally.credentials).toBe(14_999);
    await popup.close();
    await tab.close();
  });

  it('closing tabs frees what they stored', async () => {
    const before = await sessionBytes();
    for (const { tab } of dumps) await tab.close();
    await waitFor(async () => (await Promise.all(dumps.map(({ tabId }) => tabState(env.ext, tabId)))).every((s) => s === undefined),
      { message: 'tab states removed' });
    expect(await sessionBytes()).toBeLessThan(before / 10);
  });

  it('a page of 50,000 keys: the page stays responsive, the count is exact, one notice, pausing is instant', async () => {
    const { tab, tabId } = await open('/50k');
    await badgeBecomes(env.ext, tabId, '50k', 60_000);
    await waitFor(async () => (await tabState(env.ext, tabId))?.tally.credentials === 50_000, { timeout: 30_000, message: '50,000 counted' });
    // A frozen page would show gaps of seconds (same bound as hostile-robustness.test.ts).
    expect(await heartbeatGap(tab)).toBeLessThan(1000);
    expect(await tab.evaluate((s: string) => document.querySelectorAll(s).length, NOTICE_SELECTOR)).toBe(1);
    expect(await noticeCount(tab)).toBe('50000');

    // Pausing the site from the popup is as instant as on a small page; the worker then forgets the tab.
    const popup = await env.ext.openPopup(tabId);
    await ready(popup);
    // The popup follows the tab's stored state live (as in hostile.test.ts). Seen once in Firefox: a
    // first reading of "0" right after the state held 50,000 (cause not found); printed when it happens.
    const first = await popup.text('[data-testid="flagged-count"]');
    if (first !== '50,000') console.log(`${browser}: the popup first read "${first}" (stored: ${(await tabState(env.ext, tabId))?.tally.credentials})`);
    await waitFor(async () => (await popup.text('[data-testid="flagged-count"]')) === '50,000', { timeout: 5000, message: 'popup count 50,000' })
      .catch(async (err: Error) => {
        const stored = await tabState(env.ext, tabId);
        throw new Error(`${err.message}: popup "${await popup.text('[data-testid="flagged-count"]')}", badge "${await env.ext.badgeText(tabId)}", ` +
          `stored ${stored ? `${stored.tally.credentials} (${stored.page})` : 'nothing'}`);
      });
    await popup.click('#pause');
    await waitFor(async () => (await popup.attribute('#pause', 'aria-pressed')) === 'true', { timeout: 1000, message: 'paused at once' });
    await badgeBecomes(env.ext, tabId, '');
    await popup.click('#pause');
    await waitFor(async () => (await popup.attribute('#pause', 'aria-pressed')) === 'false', { timeout: 1000, message: 'resumed at once' });
    await popup.close();
    await tab.close();
  });
});
