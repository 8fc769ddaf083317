// The options page in real Chromium and Firefox ESR: toggles persist, paused sites and dismissed keys
// can be removed, clearing all local data works behind a confirmation, refused messages are
// counted, and axe finds nothing in either theme.
// Run: npm run build && npx vitest run -c vitest.e2e.config.ts test/e2e/options.test.ts
import { describe, expect, it } from 'vitest';
import { BROWSERS, type Tab } from './driver';
import { waitFor } from './harness';
import { axeViolations, ready, screenshot, setLocal, useExtension } from './helpers';

const DISMISSED = '[data-testid="dismissed-key"]';

describe.each(BROWSERS)('%s', (browser) => {
  const env = useExtension(browser, { launch: { privateCopy: true } });

  const seed = (): Promise<void> => setLocal(env.ext, {
    settings: { notice: true, notifications: false, includeGeneric: false, pausedSites: ['intranet.example.com', 'wiki.example.org'] },
    dismissed: {
      fp1: { redacted: 'sk_live_…(32)…aB3d', provider: 'stripe', reason: 'rotated', at: Date.UTC(2026, 10, 20) },
      fp2: { redacted: 'ghp_…(40)…x9Qz', provider: 'github', reason: 'not-a-secret', at: Date.UTC(2026, 10, 25) },
    },
    checklist: { passwordManager: true },
    totals: { flagged: 9, pastesKeptOut: 2 },
  });

  async function openOptions(scheme: 'light' | 'dark' = 'light'): Promise<Tab> {
    const page = await env.ext.openExtensionPage('options.html');
    await page.setViewport(800, 1000);
    await page.colorScheme(scheme);
    await ready(page);
    return page;
  }

  const localStore = async (): Promise<Record<string, unknown>> => (await env.ext.storage()).local;

  describe('options page', () => {
    it('has no axe violations, light and dark', async () => {
      await seed();
      const page = await openOptions();
      expect(await axeViolations(page)).toEqual([]);
      await screenshot(page, 'options.png', true);
      await page.colorScheme('dark');
      expect(await axeViolations(page)).toEqual([]);
      await page.close();
    });

    it('persists the toggles', async () => {
      const page = await openOptions();
      expect(await page.isChecked('#opt-notice')).toBe(true);
      await page.click('label[for="opt-notice"]');
      await page.focus('#opt-generic');
      await page.press('Space');
      await waitFor(async () => {
        const s = (await localStore()).settings as { notice: boolean; includeGeneric: boolean };
        return s.notice === false && s.includeGeneric === true;
      }, { message: 'settings saved' });
      await waitFor(async () => (await page.text('#status')) === 'Saved.', { message: 'saved message' });
      await page.reload();
      await ready(page);
      expect(await page.isChecked('#opt-notice')).toBe(false);
      expect(await page.isChecked('#opt-generic')).toBe(true);
      // Untouched settings keep their values.
      expect((await localStore()).settings).toMatchObject({ notifications: false, pausedSites: ['intranet.example.com', 'wiki.example.org'] });
      await page.close();
    });

    it('removes a paused site and undoes a dismissal', async () => {
      const page = await openOptions();
      const sites = '[data-testid="paused-site"]';
      expect(await page.texts(sites)).toEqual([expect.stringContaining('intranet.example.com'), expect.stringContaining('wiki.example.org')]);
      await page.click('button[aria-label="Remove intranet.example.com from paused sites"]');
      await waitFor(async () => (await page.count(sites)) === 1, { message: 'paused list' });
      expect((await localStore()).settings).toMatchObject({ pausedSites: ['wiki.example.org'] });
      // The list is rebuilt on the change; focus stays on the next row's button, not lost to the page.
      expect(await page.isFocused('button[aria-label="Remove wiki.example.org from paused sites"]')).toBe(true);

      expect(await page.count(DISMISSED)).toBe(2);
      // Newest first, redacted previews only.
      expect(await page.text(DISMISSED)).toMatch(/GitHub[\s\S]*ghp_…\(40\)…x9Qz[\s\S]*Not a secret/);
      await page.click({ css: DISMISSED, hasText: 'Stripe', inner: 'button[aria-label^="Undo"]' });
      await waitFor(async () => (await page.count(DISMISSED)) === 1, { message: 'dismissed list' });
      expect(Object.keys((await localStore()).dismissed as object)).toEqual(['fp2']);
      expect(await page.isFocused({ css: DISMISSED, inner: 'button' })).toBe(true);
      await page.close();
    });

    it('clears all local data only after confirming', async () => {
      const page = await openOptions();
      await page.click('#clear');
      expect(await page.isVisible('#clear-confirm')).toBe(true);
      expect(await page.attribute('#clear', 'aria-expanded')).toBe('true');
      await page.click('#clear-no');
      expect(await page.isVisible('#clear-confirm')).toBe(false);
      expect((await localStore()).checklist).toEqual({ passwordManager: true });

      await page.click('#clear');
      await page.click('#clear-yes');
      await waitFor(async () => {
        const local = await localStore();
        return !('settings' in local) && !('dismissed' in local) && !('checklist' in local) && !('totals' in local);
      }, { message: 'local data cleared' });
      await waitFor(async () => (await page.count(DISMISSED)) === 0, { message: 'list emptied' });
      expect(await page.isChecked('#opt-notice')).toBe(true);
      expect(await page.isChecked('#opt-generic')).toBe(false);
      expect(await page.isVisible('#paused-empty')).toBe(true);
      await page.close();
    });

    it('shows how many messages the worker refused', async () => {
      const page = await openOptions();
      // In a folded section: its text, not what is rendered.
      const shown = async () => Number((await page.textContents('[data-testid="dropped-count"]'))[0]?.match(/\d+/)?.[0]);
      const before = await shown();
      // An extension page is not a content script: the worker must refuse this and count it.
      await page.evaluate(() =>
        chrome.runtime.sendMessage({ type: 'page:candidates', page: 'http://127.0.0.1/', title: '', windows: [] }).catch(() => undefined),
      );
      await waitFor(async () => (await shown()) === before + 1, { message: 'dropped count' });
      await page.close();
    });
  });
});
