// Under load, in real Chromium: leaked-credentials dumps (one <pre> of GitHub tokens, made on the
// server). Three tabs of 5,000 keys and a small page (every badge right, also with the worker
// stopped mid-way), a page of 15,000 (the exact count, the popup grouped and paged, a dismissal
// applied at once), a page of 50,000 (the page stays responsive), closing tabs frees storage.
// Firefox: load-firefox.test.ts. Speed figures: bench/popup-load.ts.
// Run: npm run build && npx vitest run -c vitest.e2e.config.ts test/e2e/load.test.ts
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { html, launchChromium, servePages, waitFor, type ChromiumExtension, type Site } from './harness';
import { HEARTBEAT, heartbeatGap, RESET_AFTER_FIRST_PAINT } from './heartbeat';
import { liveGithubTokens } from './keys';
import { ready, snapshotExtension } from './popup-helpers';
import type { TabState } from '../../src/shared/storage';

const dump = (n: number): string =>
  html(`${HEARTBEAT}<h1>paste</h1><pre>${liveGithubTokens(n).join('\n')}</pre>${RESET_AFTER_FIRST_PAINT}`, 'Paste dump');

let ext: ChromiumExtension;
let site: Site;
let snapshot: Awaited<ReturnType<typeof snapshotExtension>>;

beforeAll(async () => {
  snapshot = await snapshotExtension();
  site = await servePages({
    '/a': dump(5000), '/b': dump(5000), '/c': dump(5000), '/small': dump(3), '/15k': dump(15_000), '/50k': dump(50_000),
  });
  ext = await launchChromium({ extensionDir: snapshot.dir });
});

afterAll(async () => {
  await ext?.close();
  await site?.close();
  await snapshot?.remove();
});

async function open(path: string): Promise<{ page: Page; tabId: number }> {
  const page = await ext.context.newPage();
  await page.goto(site.url(path), { timeout: 60_000 });
  return { page, tabId: await ext.tabIdOf(page) };
}

const badge = (tabId: number, text: string, timeout = 30_000) =>
  waitFor(async () => (await ext.badgeText(tabId)) === text, { timeout, interval: 200, message: `badge "${text}"` });

const tabState = (tabId: number) =>
  ext.evaluate(async (id: number) => (await chrome.storage.session.get(`tab:${id}`))[`tab:${id}`], tabId) as Promise<TabState | undefined>;

const sessionBytes = () => ext.evaluate(() => chrome.storage.session.getBytesInUse(null), undefined);

describe('under load', () => {
  const dumps: Array<{ page: Page; tabId: number }> = [];

  it('three tabs of 5,000 keys and a small page, the worker stopped mid-way: every badge right', async () => {
    for (const path of ['/a', '/b']) {
      const tab = await open(path);
      await badge(tab.tabId, '5000');
      dumps.push(tab);
    }
    // The third tab is read while the worker is stopped (as Chrome does after 30 s idle).
    const third = open('/c');
    await ext.stopServiceWorker();
    dumps.push(await third);
    const small = await open('/small');
    await badge(dumps[2]!.tabId, '5000');
    await badge(small.tabId, '3');
    for (const { tabId } of dumps) {
      expect(await ext.badgeText(tabId)).toBe('5000');
      expect((await tabState(tabId))?.tally.credentials).toBe(5000);
    }
    // Was 8.1 MB after two such tabs, and the third kept nothing.
    expect(await sessionBytes()).toBeLessThan(2 * 1024 * 1024);
    await small.page.close();
  });

  it('a page of 15,000 keys: the exact count; the popup shows it at once, grouped, a page at a time', async () => {
    const { page, tabId } = await open('/15k');
    await badge(tabId, '15k');
    expect((await tabState(tabId))?.tally.credentials).toBe(15_000);

    const popup = await ext.openPopup(tabId);
    await ready(popup);
    expect(await popup.getByTestId('flagged-count').innerText()).toBe('15,000');
    expect(await popup.getByTestId('count-at-least').isVisible()).toBe(false);
    expect(await popup.getByTestId('detail-note').innerText()).toBe('Showing the 500 most severe of 15,000.');
    const group = popup.getByTestId('finding-group');
    expect(await group.count()).toBe(1);
    expect(await group.getByTestId('group-count').innerText()).toBe('15,000');
    expect(await popup.getByTestId('finding').count()).toBe(10);
    await group.getByRole('button', { name: 'Show 50 more' }).click();
    expect(await popup.getByTestId('finding').count()).toBe(60);

    // Dismissing one: the popup's count drops at once, the badge follows.
    await popup.getByTestId('finding').first().getByRole('button', { name: /not a secret/i }).click();
    await expect.poll(() => popup.getByTestId('flagged-count').innerText(), { timeout: 1000 }).toBe('14,999');
    await badge(tabId, '14k');
    expect((await tabState(tabId))?.tally.credentials).toBe(14_999);
    await popup.close();
    await page.close();
  });

  it('a page of 50,000 keys: the page stays responsive and the count is exact', async () => {
    const { page, tabId } = await open('/50k');
    await badge(tabId, '50k', 60_000);
    await waitFor(async () => (await tabState(tabId))?.tally.credentials === 50_000, { timeout: 30_000, message: '50,000 counted' });
    // A frozen page would show gaps of seconds (same bound as hostile-robustness.test.ts).
    expect(await heartbeatGap(page)).toBeLessThan(1000);
    expect(await page.evaluate(() => document.querySelectorAll('[data-keywarden="notice"]').length)).toBe(1);
    await page.close();
  });

  it('closing tabs frees what they stored', async () => {
    const before = await sessionBytes();
    for (const { page } of dumps) await page.close();
    await waitFor(async () => (await Promise.all(dumps.map(({ tabId }) => tabState(tabId)))).every((s) => s === undefined),
      { message: 'tab states removed' });
    expect(await sessionBytes()).toBeLessThan(before / 10);
  });
});
