// The popup in real Chromium and Firefox ESR: the count equals the badge and the planted keys, the
// list and what to do, dismissing from the keyboard, pausing, the checklist across reopenings,
// unreadable pages, the provider's own key page, axe in light and dark.
// Run: npm run build && npx vitest run -c vitest.e2e.config.ts test/e2e/popup.test.ts
import { describe, expect, it } from 'vitest';
import { BROWSERS, type Tab } from './driver';
import { html, NOTICE_SELECTOR, settle, waitFor } from './harness';
import { axeViolations, badgeBecomes, openAllDetails, ready, screenshot, useExtension } from './helpers';
import { fakeKeys, keyBody, keyFragmentsIn, KRAKEN_DOC_EXAMPLE } from '../support/keys';
import { tabKey } from '../../src/shared/storage';
import { emptyState } from '../../src/background/state';

const fake = fakeKeys(19);
const kraken = fake.krakenPair();
const kraken2 = fake.krakenPair();
const github = fake.githubToken();
const stripe = fake.stripeSecretKey();
const stripeLater = fake.stripeSecretKey();
const publishable = fake.stripePublishableKey();
// Bodies without public prefixes: a redacted preview may keep `ghp_` or `sk_live_` and a few characters.
const SECRETS = [kraken.apiKey, kraken.privateKey, kraken2.apiKey, kraken2.privateKey, github, stripe, stripeLater].map(keyBody);

// Three exposed credentials: the Kraken pair (two keys, one card), a GitHub token in a form field, a
// Stripe secret. Not counted: Kraken's documentation example and a Stripe publishable key.
const PLANTED = 3;
const leakyPage = html(`
  <h1>Trading bot setup</h1>
  <p>Our Kraken API credentials for the bot:</p>
  <pre><code>API-Key: ${kraken.apiKey}
API-Secret: ${kraken.privateKey}</code></pre>
  <form><label>GitHub token <input name="token" value="${github}"></label></form>
  <p>Billing uses ${stripe} for charges.</p>
  <p>Kraken's signature guide uses this example secret: ${KRAKEN_DOC_EXAMPLE}</p>
  <script>window.checkout = { publishableKey: "${publishable}" };</script>
`, 'Bot setup notes');

const HOST = 'notes.example.com';
const COUNT = '[data-testid="flagged-count"]';
const FINDING = '[data-testid="finding"]';
const card = (hasText: string, inner?: string) => ({ css: FINDING, hasText, ...(inner ? { inner } : {}) });

describe.each(BROWSERS)('%s', (browser) => {
  const env = useExtension(browser, {
    // A realistic host name for the pages (and the screenshots), resolved to the local server.
    launch: { privateCopy: true, hosts: [HOST, 'www.kraken.com'] },
    sites: {
      site: {
        '/leaky': leakyPage,
        '/again': html(`<p>Token again: <code>${github}</code></p><p>And a new one: ${stripeLater}</p>`),
        '/u/security/api': html(`<h1>API key created</h1><p>API Key</p><code>${kraken2.apiKey}</code>
        <p>Private Key</p><code>${kraken2.privateKey}</code>`, 'Kraken – API'),
        '/clean': html('<h1>Release notes</h1><p>Nothing secret here, just prose and a commit 3f2a9c1.</p>'),
        // No provider's page revokes these: the popup says where to go instead.
        '/config': html(`<h1>Staging config</h1><pre><code>WIDGETLY_API_TOKEN=${fake.hex(40)}
SESSION=${fake.jwt({ sub: 'user-1042', iat: 1767225600 })}</code></pre>`),
      },
    },
  });

  async function popupFor(tabId: number, scheme: 'light' | 'dark' = 'light'): Promise<Tab> {
    const popup = await env.ext.openPopup(tabId);
    await popup.setViewport(380, 600);
    await popup.colorScheme(scheme);
    await ready(popup);
    return popup;
  }

  const countOf = async (popup: Tab): Promise<string> => (await popup.text(COUNT)).trim();
  const openTab = (path: string): Promise<{ tab: Tab; tabId: number }> => env.ext.open(`http://${HOST}:${env.site.port}${path}`);

  describe('popup', () => {
    let leaky: { tab: Tab; tabId: number };

    it('shows the same count as the badge and the planted keys, most severe first', async () => {
      leaky = await openTab('/leaky');
      await badgeBecomes(env.ext, leaky.tabId, String(PLANTED), 20_000);
      // The quiet in-page notice, as a visitor of the page sees it.
      await leaky.tab.setViewport(900, 420);
      await leaky.tab.waitFor(NOTICE_SELECTOR);
      await screenshot(leaky.tab, 'notice.png');
      const popup = await popupFor(leaky.tabId);
      expect(await countOf(popup)).toBe(String(PLANTED));
      expect(await env.ext.badgeText(leaky.tabId)).toBe(await countOf(popup));

      // The Kraken pair shares one card; every card says who, how bad, where, and what to do.
      const texts = await popup.texts(FINDING);
      expect(texts).toHaveLength(3);
      expect(texts.join('\n')).toMatch(/Kraken/);
      expect(texts.join('\n')).toMatch(/GitHub/);
      expect(texts.join('\n')).toMatch(/Stripe/);
      expect(await popup.attribute(card('Kraken', 'a.keys-link'), 'href')).toBe('https://www.kraken.com/u/security/api');
      const krakenCard = await popup.text(card('Kraken'));
      expect(krakenCard).toMatch(/Settings → Security → API/);
      expect(krakenCard).toMatch(/balances, orders and history/);
      expect(krakenCard).toMatch(/as powerful as the account's password/);
      expect(await popup.text(card('GitHub'))).toMatch(/form field/i);
      expect(await popup.text('#tip')).toMatch(/Kraken/);

      // Examples and publishable keys are listed apart, not counted.
      const notCounted = await popup.textContents('[data-testid="not-counted-item"]');
      expect(notCounted.join('\n')).toMatch(/Documentation example/);
      expect(notCounted.join('\n')).toMatch(/Public by design/);

      // Only redacted previews reach the popup.
      expect(keyFragmentsIn(await popup.content(), SECRETS)).toEqual([]);

      await screenshot(popup, 'popup-findings.png');
      await screenshot(popup, 'popup-findings-full.png', true);
      await popup.colorScheme('dark');
      await screenshot(popup, 'popup-findings-dark.png');
      await popup.close();
    });

    it('renders from storage while the background is stopped', async () => {
      await env.ext.stopBackground();
      const popup = await popupFor(leaky.tabId);
      expect(await countOf(popup)).toBe(String(PLANTED));
      expect(await popup.count(FINDING)).toBe(3);
      await popup.close();
    });

    it('has no axe violations with findings, in light and dark', async () => {
      const popup = await popupFor(leaky.tabId);
      await openAllDetails(popup);
      expect(await axeViolations(popup)).toEqual([]);
      await popup.colorScheme('dark');
      expect(await axeViolations(popup)).toEqual([]);
      await popup.close();
    });

    it('dismisses a key from the keyboard: the count drops at once and stays down everywhere', async () => {
      const popup = await popupFor(leaky.tabId);
      // Keyboard only: Tab until the GitHub card's "Not a secret" button has focus, then Enter.
      const onTarget = () => popup.evaluate(() => {
        const el = document.activeElement;
        return !!el?.matches('[data-action="not-a-secret"]') && /GitHub/.test(el.closest<HTMLElement>('[data-testid="finding"]')?.innerText ?? '');
      });
      let reached = false;
      for (let i = 0; i < 40 && !reached; i++) {
        await popup.press('Tab');
        reached = await onTarget();
      }
      expect(reached).toBe(true);
      await popup.press('Enter');
      await waitFor(async () => (await countOf(popup)) === String(PLANTED - 1), { message: 'popup count after dismiss' });
      await badgeBecomes(env.ext, leaky.tabId, String(PLANTED - 1));
      await waitFor(async () => /GitHub/.test(await popup.text('#status')), { message: 'announcement' });

      await popup.reload();
      await ready(popup);
      expect(await countOf(popup)).toBe(String(PLANTED - 1));
      await popup.close();

      const storage = await env.ext.storage();
      const dismissed = storage.local.dismissed as Record<string, { redacted: string; reason: string }>;
      expect(Object.values(dismissed)).toEqual([expect.objectContaining({ reason: 'not-a-secret', redacted: expect.stringMatching(/^ghp_/) })]);
      expect(keyFragmentsIn(JSON.stringify(storage), SECRETS)).toEqual([]);

      // Another page with the same token: only the new Stripe key counts.
      const again = await openTab('/again');
      await badgeBecomes(env.ext, again.tabId, '1', 20_000);
      const popup2 = await popupFor(again.tabId);
      expect(await countOf(popup2)).toBe('1');
      await popup2.close();
      await again.tab.close();
    });

    it('keeps checklist ticks across reopening the popup', async () => {
      const popup = await popupFor(leaky.tabId);
      await popup.click('#checklist > summary');
      await popup.click('label[for="chk-passwordManager"]');
      await popup.focus('#chk-krakenNoWithdraw');
      await popup.press('Space');
      await waitFor(async () => /^2 of 16 done$/.test(await popup.text('#checklist-progress')), { message: 'progress' });
      await popup.close();

      const reopened = await popupFor(leaky.tabId);
      expect(await reopened.text('#checklist-progress')).toBe('2 of 16 done');
      expect(await reopened.isChecked('#chk-passwordManager')).toBe(true);
      expect(await reopened.isChecked('#chk-krakenNoWithdraw')).toBe(true);
      expect(await reopened.isChecked('#chk-krakenExpiry')).toBe(false);
      expect((await env.ext.storage()).local.checklist).toEqual({ passwordManager: true, krakenNoWithdraw: true });
      await reopened.close();
    });

    it('pauses this site (no scan after reload) and resumes it', async () => {
      const popup = await popupFor(leaky.tabId);
      await popup.click('#pause');
      await waitFor(async () => {
        const settings = (await env.ext.storage()).local.settings as { pausedSites?: string[] } | undefined;
        return settings?.pausedSites?.includes(HOST);
      }, { message: 'paused site saved' });
      expect(await popup.attribute('#pause', 'aria-pressed')).toBe('true');
      await popup.close();

      await leaky.tab.reload();
      await settle(1500);
      expect(await env.ext.badgeText(leaky.tabId)).toBe('');
      const paused = await popupFor(leaky.tabId);
      expect(await paused.attribute('#empty', 'data-state')).toBe('paused');
      expect(await countOf(paused)).toBe('–');
      await paused.click('#pause');
      await waitFor(async () => (await paused.attribute('#pause', 'aria-pressed')) === 'false', { message: 'resumed' });
      await paused.close();

      await leaky.tab.reload();
      await badgeBecomes(env.ext, leaky.tabId, String(PLANTED - 1), 20_000);
    });

    it('says what was checked on a clean page', async () => {
      const clean = await openTab('/clean');
      await settle(1500);
      const popup = await popupFor(clean.tabId);
      expect(await countOf(popup)).toBe('0');
      expect(await env.ext.badgeText(clean.tabId)).toBe('');
      expect(await popup.attribute('#empty', 'data-state')).toBe('clean');
      expect(await popup.text('#empty')).toMatch(/No keys on this page[\s\S]*code blocks/);
      // With nothing to fix, the checklist opens by itself.
      expect(await popup.attribute('#checklist', 'open')).not.toBeNull();
      await screenshot(popup, 'popup-empty.png');
      expect(await axeViolations(popup)).toEqual([]);
      await popup.colorScheme('dark');
      expect(await axeViolations(popup)).toEqual([]);
      await popup.close();
      await clean.tab.close();
    });

    it('says plainly when it cannot read a page, and when scanning stopped early', async () => {
      // A page of the browser's own: extensions may open these but never read them.
      const own = browser === 'chromium' ? 'chrome://version' : 'about:blank';
      const tabId = await env.ext.run(async (url: string) => (await chrome.tabs.create({ url, active: false })).id ?? -1, own);
      expect(tabId).toBeGreaterThan(0);
      const popup = await popupFor(tabId);
      expect(await popup.attribute('#empty', 'data-state')).toBe('unreadable');
      expect(await popup.text('#empty')).toMatch(/can't read this page/);
      expect(await countOf(popup)).toBe('–');
      expect(await popup.isVisible('#stopped-early')).toBe(false);

      // A page the content script gave up on part-way (budget hit): say so, even with nothing found.
      const stopped = { ...emptyState('https://huge.example/', Date.now()), stoppedEarly: true };
      await env.ext.run(async ({ key, state }: { key: string; state: unknown }) => {
        await chrome.storage.session.set({ [key]: state });
      }, { key: tabKey(tabId), state: stopped });
      await waitFor(() => popup.isVisible('#stopped-early'), { message: 'stopped-early warning' });
      expect(await popup.text('#stopped-early')).toMatch(/scanning stopped early/);
      expect(await popup.attribute('#empty', 'data-state')).toBe('clean');
      await popup.close();
    });

    it('for a secret known by its service\'s name, or a token no provider page revokes, says where to go instead', async () => {
      const { tab, tabId } = await openTab('/config');
      await badgeBecomes(env.ext, tabId, '2', 20_000);
      const popup = await popupFor(tabId);
      expect(await popup.text(card('Unrecognised secret'))).toMatch(/its name says it belongs to “widgetly”: revoke it in that service's settings/);
      const jwtCard = await popup.text(card('JSON Web Token'));
      expect(jwtCard).toMatch(/The issuing service is named inside the token/);
      expect(jwtCard).not.toMatch(/revoke this key at/);
      await popup.close();
      await tab.close();
    });

    it('on the provider’s own key page, says to store the key now rather than that it leaked', async () => {
      const { tab, tabId } = await env.ext.open(`http://www.kraken.com:${env.site.port}/u/security/api`);
      await waitFor(async () => (await env.ext.badgeText(tabId)) !== '', { timeout: 20_000, message: 'badge on kraken.com' });
      const popup = await popupFor(tabId);
      expect(await countOf(popup)).toBe(await env.ext.badgeText(tabId));
      const text = await popup.text('main');
      expect(text).toMatch(/store it in a password manager now/);
      expect(text).toMatch(/Save the key in a password manager now/);
      expect(text).not.toMatch(/revoke this key/i);
      await popup.close();
      await tab.close();
    });
  });
});
