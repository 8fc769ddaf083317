// The options page in real Chromium: toggles persist, paused sites and dismissed keys can be
// removed, clearing all local data works behind a confirmation, and axe finds nothing in either theme.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchChromium, waitFor, type ChromiumExtension } from './harness';
import { axeViolations, ready, screenshot, snapshotExtension } from './popup-helpers';

let ext: ChromiumExtension;
let removeSnapshot: () => Promise<void>;

beforeAll(async () => {
  const snap = await snapshotExtension();
  removeSnapshot = snap.remove;
  ext = await launchChromium({ extensionDir: snap.dir });
});

afterAll(async () => {
  await ext?.close();
  await removeSnapshot?.();
});

async function seed(): Promise<void> {
  await ext.evaluate(async () => {
    await chrome.storage.local.set({
      settings: { notice: true, notifications: false, includeGeneric: false, pausedSites: ['intranet.example.com', 'wiki.example.org'] },
      dismissed: {
        fp1: { redacted: 'sk_live_…(32)…aB3d', provider: 'stripe', reason: 'rotated', at: Date.UTC(2026, 10, 20) },
        fp2: { redacted: 'ghp_…(40)…x9Qz', provider: 'github', reason: 'not-a-secret', at: Date.UTC(2026, 10, 25) },
      },
      checklist: { passwordManager: true },
      totals: { flagged: 9, pastesKeptOut: 2 },
    });
  }, undefined);
}

async function openOptions(scheme: 'light' | 'dark' = 'light'): Promise<Page> {
  const page = await ext.openExtensionPage('options.html');
  await page.setViewportSize({ width: 800, height: 1000 });
  await page.emulateMedia({ colorScheme: scheme });
  await ready(page);
  return page;
}

const localStore = async (): Promise<Record<string, unknown>> => (await ext.storage()).local;

describe('options page', () => {
  it('has no axe violations, light and dark', async () => {
    await seed();
    const page = await openOptions();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'options.png', true);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('persists the toggles', async () => {
    const page = await openOptions();
    expect(await page.locator('#opt-notice').isChecked()).toBe(true);
    await page.locator('label[for="opt-notice"]').click();
    await page.locator('#opt-generic').focus();
    await page.keyboard.press('Space');
    await waitFor(async () => {
      const s = (await localStore()).settings as { notice: boolean; includeGeneric: boolean };
      return s.notice === false && s.includeGeneric === true;
    }, { message: 'settings saved' });
    await waitFor(async () => (await page.locator('#status').innerText()) === 'Saved.', { message: 'saved message' });
    await page.reload();
    await ready(page);
    expect(await page.locator('#opt-notice').isChecked()).toBe(false);
    expect(await page.locator('#opt-generic').isChecked()).toBe(true);
    // Untouched settings keep their values.
    expect((await localStore()).settings).toMatchObject({ notifications: false, pausedSites: ['intranet.example.com', 'wiki.example.org'] });
    await page.close();
  });

  it('removes a paused site and undoes a dismissal', async () => {
    const page = await openOptions();
    const sites = page.getByTestId('paused-site');
    expect(await sites.allInnerTexts()).toEqual([expect.stringContaining('intranet.example.com'), expect.stringContaining('wiki.example.org')]);
    await page.getByRole('button', { name: 'Remove intranet.example.com from paused sites' }).click();
    await waitFor(async () => (await sites.count()) === 1, { message: 'paused list' });
    expect((await localStore()).settings).toMatchObject({ pausedSites: ['wiki.example.org'] });

    const keys = page.getByTestId('dismissed-key');
    expect(await keys.count()).toBe(2);
    // Newest first, redacted previews only.
    expect(await keys.first().innerText()).toMatch(/GitHub[\s\S]*ghp_…\(40\)…x9Qz[\s\S]*Not a secret/);
    await keys.filter({ hasText: 'Stripe' }).getByRole('button', { name: /^Undo/ }).click();
    await waitFor(async () => (await keys.count()) === 1, { message: 'dismissed list' });
    expect(Object.keys((await localStore()).dismissed as object)).toEqual(['fp2']);
    await page.close();
  });

  it('clears all local data only after confirming', async () => {
    const page = await openOptions();
    await page.locator('#clear').click();
    expect(await page.locator('#clear-confirm').isVisible()).toBe(true);
    expect(await page.locator('#clear').getAttribute('aria-expanded')).toBe('true');
    await page.locator('#clear-no').click();
    expect(await page.locator('#clear-confirm').isVisible()).toBe(false);
    expect((await localStore()).checklist).toEqual({ passwordManager: true });

    await page.locator('#clear').click();
    await page.locator('#clear-yes').click();
    await waitFor(async () => {
      const local = await localStore();
      return !('settings' in local) && !('dismissed' in local) && !('checklist' in local) && !('totals' in local);
    }, { message: 'local data cleared' });
    await waitFor(async () => (await page.getByTestId('dismissed-key').count()) === 0, { message: 'list emptied' });
    expect(await page.locator('#opt-notice').isChecked()).toBe(true);
    expect(await page.locator('#opt-generic').isChecked()).toBe(false);
    expect(await page.locator('#paused-empty').isVisible()).toBe(true);
    await page.close();
  });

  it('shows how many messages the worker refused', async () => {
    const page = await openOptions();
    const shown = page.getByTestId('dropped-count');
    const before = Number((await shown.textContent())?.match(/\d+/)?.[0]);
    // An extension page is not a content script: the worker must refuse this and count it.
    await page.evaluate(() =>
      chrome.runtime.sendMessage({ type: 'page:candidates', page: 'http://127.0.0.1/', title: '', windows: [] }).catch(() => undefined),
    );
    await waitFor(async () => Number((await shown.textContent())?.match(/\d+/)?.[0]) === before + 1, { message: 'dropped count' });
    await page.close();
  });
});
