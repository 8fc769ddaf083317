// The popup in real Chromium: the count equals the badge and the planted keys, the list and what to
// do, dismissing, pausing, the checklist across reopenings, unreadable pages, axe in light and dark.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { html, launchChromium, servePages, settle, waitFor, type ChromiumExtension, type Site } from './harness';
import { fakeKeys, keyBody, keyFragmentsIn, KRAKEN_DOC_EXAMPLE } from '../support/keys';
import { axeViolations, openAllDetails, ready, screenshot, snapshotExtension } from './popup-helpers';

const fake = fakeKeys(19);

const kraken = fake.krakenPair();
const kraken2 = fake.krakenPair();
const github = fake.githubToken();
const stripe = fake.stripeSecretKey();
const stripeLater = fake.stripeSecretKey();
const publishable = fake.stripePublishableKey();
// Bodies without public prefixes: a redacted preview may keep `ghp_` or `sk_live_` and a few characters.
const SECRETS = [kraken.apiKey, kraken.privateKey, kraken2.apiKey, kraken2.privateKey, github, stripe, stripeLater].map(keyBody);

// Four exposures: the Kraken pair (two keys), a GitHub token in a form field, a Stripe secret.
// Not counted: Kraken's documentation example and a Stripe publishable key.
const PLANTED = 4;
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
let site: Site;
let ext: ChromiumExtension;
let removeSnapshot: () => Promise<void>;

beforeAll(async () => {
  const snap = await snapshotExtension();
  removeSnapshot = snap.remove;
  site = await servePages({
    '/leaky': leakyPage,
    '/again': html(`<p>Token again: <code>${github}</code></p><p>And a new one: ${stripeLater}</p>`),
    '/u/security/api': html(`<h1>API key created</h1><p>API Key</p><code>${kraken2.apiKey}</code>
      <p>Private Key</p><code>${kraken2.privateKey}</code>`, 'Kraken – API'),
    '/clean': html('<h1>Release notes</h1><p>Nothing secret here, just prose and a commit 3f2a9c1.</p>'),
  });
  // A realistic host name for the pages (and the screenshots), resolved to the local server.
  ext = await launchChromium({
    extensionDir: snap.dir,
    args: [`--host-resolver-rules=MAP ${HOST} 127.0.0.1, MAP www.kraken.com 127.0.0.1`],
  });
});

afterAll(async () => {
  await ext?.close();
  await site?.close();
  await removeSnapshot?.();
});

async function popupFor(tabId: number, scheme: 'light' | 'dark' = 'light'): Promise<Page> {
  const popup = await ext.openPopup(tabId);
  await popup.setViewportSize({ width: 380, height: 600 });
  await popup.emulateMedia({ colorScheme: scheme });
  await ready(popup);
  return popup;
}

const countOf = (popup: Page): Promise<string> => popup.getByTestId('flagged-count').innerText();

async function openTab(path: string): Promise<{ page: Page; tabId: number }> {
  const page = await ext.context.newPage();
  await page.goto(`http://${HOST}:${site.port}${path}`);
  return { page, tabId: await ext.tabIdOf(page) };
}

describe('popup', () => {
  let leaky: { page: Page; tabId: number };

  it('shows the same count as the badge and the planted keys, most severe first', async () => {
    leaky = await openTab('/leaky');
    await waitFor(async () => (await ext.badgeText(leaky.tabId)) === String(PLANTED), { timeout: 20_000, message: 'badge' });
    // The quiet in-page notice, as a visitor of the page sees it.
    await leaky.page.setViewportSize({ width: 900, height: 420 });
    await leaky.page.locator('[data-keywarden="notice"]').waitFor({ state: 'attached' });
    await screenshot(leaky.page, 'notice.png');
    const popup = await popupFor(leaky.tabId);
    expect(await countOf(popup)).toBe(String(PLANTED));
    expect(await ext.badgeText(leaky.tabId)).toBe(await countOf(popup));

    // The Kraken pair shares one card; every card says who, how bad, where, and what to do.
    const cards = popup.getByTestId('finding');
    const texts = await cards.allInnerTexts();
    expect(texts).toHaveLength(3);
    expect(texts.join('\n')).toMatch(/Kraken/);
    expect(texts.join('\n')).toMatch(/GitHub/);
    expect(texts.join('\n')).toMatch(/Stripe/);
    const krakenCard = cards.filter({ hasText: 'Kraken' });
    await expect(krakenCard.locator('a.keys-link').getAttribute('href')).resolves.toBe('https://www.kraken.com/u/security/api');
    expect(await krakenCard.innerText()).toMatch(/Settings → Security → API/);
    expect(await krakenCard.innerText()).toMatch(/balances, orders and history/);
    expect(await krakenCard.innerText()).toMatch(/as powerful as the account's password/);
    expect(await cards.filter({ hasText: 'GitHub' }).innerText()).toMatch(/form field/i);
    expect(await popup.locator('#tip').innerText()).toMatch(/Kraken/);

    // Examples and publishable keys are listed apart, not counted.
    const notCounted = await popup.getByTestId('not-counted-item').allTextContents();
    expect(notCounted.join('\n')).toMatch(/Documentation example/);
    expect(notCounted.join('\n')).toMatch(/Public by design/);

    // Only redacted previews reach the popup.
    expect(keyFragmentsIn(await popup.content(), SECRETS)).toEqual([]);

    await screenshot(popup, 'popup-findings.png');
    await screenshot(popup, 'popup-findings-full.png', true);
    await popup.emulateMedia({ colorScheme: 'dark' });
    await screenshot(popup, 'popup-findings-dark.png');
    await popup.close();
  });

  it('renders from storage while the background worker is stopped', async () => {
    await ext.stopServiceWorker();
    const popup = await popupFor(leaky.tabId);
    expect(await countOf(popup)).toBe(String(PLANTED));
    expect(await popup.getByTestId('finding').count()).toBe(3);
    await popup.close();
  });

  it('has no axe violations with findings, in light and dark', async () => {
    const popup = await popupFor(leaky.tabId);
    await openAllDetails(popup);
    expect(await axeViolations(popup)).toEqual([]);
    await popup.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(popup)).toEqual([]);
    await popup.close();
  });

  it('dismisses a key from the keyboard: the count drops at once and stays down everywhere', async () => {
    const popup = await popupFor(leaky.tabId);
    const target = popup.getByTestId('finding').filter({ hasText: 'GitHub' }).locator('[data-action="not-a-secret"]');
    // Keyboard only: Tab until the GitHub card's "Not a secret" button has focus, then Enter.
    let reached = false;
    for (let i = 0; i < 40 && !reached; i++) {
      await popup.keyboard.press('Tab');
      reached = await target.evaluate((el) => el === document.activeElement);
    }
    expect(reached).toBe(true);
    await popup.keyboard.press('Enter');
    await waitFor(async () => (await countOf(popup)) === String(PLANTED - 1), { message: 'popup count after dismiss' });
    await waitFor(async () => (await ext.badgeText(leaky.tabId)) === String(PLANTED - 1), { message: 'badge after dismiss' });
    await waitFor(async () => /GitHub/.test(await popup.locator('#status').innerText()), { message: 'announcement' });

    await popup.reload();
    await ready(popup);
    expect(await countOf(popup)).toBe(String(PLANTED - 1));
    await popup.close();

    const storage = await ext.storage();
    const dismissed = storage.local.dismissed as Record<string, { redacted: string; reason: string }>;
    expect(Object.values(dismissed)).toEqual([expect.objectContaining({ reason: 'not-a-secret', redacted: expect.stringMatching(/^ghp_/) })]);
    expect(keyFragmentsIn(JSON.stringify(storage), SECRETS)).toEqual([]);

    // Another page with the same token: only the new Stripe key counts.
    const again = await openTab('/again');
    await waitFor(async () => (await ext.badgeText(again.tabId)) === '1', { timeout: 20_000, message: 'badge on second page' });
    const popup2 = await popupFor(again.tabId);
    expect(await countOf(popup2)).toBe('1');
    await popup2.close();
    await again.page.close();
  });

  it('keeps checklist ticks across reopening the popup', async () => {
    const popup = await popupFor(leaky.tabId);
    await popup.locator('#checklist > summary').click();
    await popup.locator('label[for="chk-passwordManager"]').click();
    await popup.locator('#chk-krakenNoWithdraw').focus();
    await popup.keyboard.press('Space');
    await waitFor(async () => /^2 of 12 done$/.test(await popup.locator('#checklist-progress').innerText()), { message: 'progress' });
    await popup.close();

    const reopened = await popupFor(leaky.tabId);
    expect(await reopened.locator('#checklist-progress').innerText()).toBe('2 of 12 done');
    expect(await reopened.locator('#chk-passwordManager').isChecked()).toBe(true);
    expect(await reopened.locator('#chk-krakenNoWithdraw').isChecked()).toBe(true);
    expect(await reopened.locator('#chk-krakenExpiry').isChecked()).toBe(false);
    expect((await ext.storage()).local.checklist).toEqual({ passwordManager: true, krakenNoWithdraw: true });
    await reopened.close();
  });

  it('pauses this site (no scan after reload) and resumes it', async () => {
    const popup = await popupFor(leaky.tabId);
    await popup.locator('#pause').click();
    await waitFor(async () => {
      const settings = (await ext.storage()).local.settings as { pausedSites?: string[] } | undefined;
      return settings?.pausedSites?.includes(HOST);
    }, { message: 'paused site saved' });
    expect(await popup.locator('#pause').getAttribute('aria-pressed')).toBe('true');
    await popup.close();

    await leaky.page.reload();
    await settle(1500);
    expect(await ext.badgeText(leaky.tabId)).toBe('');
    const paused = await popupFor(leaky.tabId);
    expect(await paused.locator('#empty').getAttribute('data-state')).toBe('paused');
    expect(await countOf(paused)).toBe('–');
    await paused.locator('#pause').click();
    await waitFor(async () => (await paused.locator('#pause').getAttribute('aria-pressed')) === 'false', { message: 'resumed' });
    await paused.close();

    await leaky.page.reload();
    await waitFor(async () => (await ext.badgeText(leaky.tabId)) === String(PLANTED - 1), { timeout: 20_000, message: 'badge after resume' });
  });

  it('says what was checked on a clean page', async () => {
    const clean = await openTab('/clean');
    await settle(1500);
    const popup = await popupFor(clean.tabId);
    expect(await countOf(popup)).toBe('0');
    expect(await ext.badgeText(clean.tabId)).toBe('');
    expect(await popup.locator('#empty').getAttribute('data-state')).toBe('clean');
    expect(await popup.locator('#empty').innerText()).toMatch(/No keys on this page[\s\S]*code blocks/);
    // With nothing to fix, the checklist opens by itself.
    expect(await popup.locator('#checklist').getAttribute('open')).not.toBeNull();
    await screenshot(popup, 'popup-empty.png');
    expect(await axeViolations(popup)).toEqual([]);
    await popup.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(popup)).toEqual([]);
    await popup.close();
    await clean.page.close();
  });

  it('says plainly when it cannot read a page, and when scanning stopped early', async () => {
    const tabId = await ext.evaluate(async () => (await chrome.tabs.create({ url: 'chrome://version', active: false })).id ?? -1, undefined);
    expect(tabId).toBeGreaterThan(0);
    const popup = await popupFor(tabId);
    expect(await popup.locator('#empty').getAttribute('data-state')).toBe('unreadable');
    expect(await popup.locator('#empty').innerText()).toMatch(/can't read this page/);
    expect(await countOf(popup)).toBe('–');
    expect(await popup.locator('#stopped-early').isVisible()).toBe(false);

    // A page the content script gave up on part-way (budget hit): say so, even with nothing found.
    await ext.evaluate(async (id: number) => {
      await chrome.storage.session.set({ [`tab:${id}`]: { page: 'https://huge.example/', host: 'huge.example', findings: [], stoppedEarly: true } });
    }, tabId);
    await waitFor(async () => popup.locator('#stopped-early').isVisible(), { message: 'stopped-early warning' });
    expect(await popup.locator('#stopped-early').innerText()).toMatch(/scanning stopped early/);
    expect(await popup.locator('#empty').getAttribute('data-state')).toBe('clean');
    await popup.close();
  });

  it('on the provider’s own key page, says to store the key now rather than that it leaked', async () => {
    const page = await ext.context.newPage();
    await page.goto(`http://www.kraken.com:${site.port}/u/security/api`);
    const tabId = await ext.tabIdOf(page);
    await waitFor(async () => (await ext.badgeText(tabId)) !== '', { timeout: 20_000, message: 'badge on kraken.com' });
    const popup = await popupFor(tabId);
    expect(await countOf(popup)).toBe(await ext.badgeText(tabId));
    const text = await popup.locator('main').innerText();
    expect(text).toMatch(/store it in a password manager now/);
    expect(text).toMatch(/Save the key in a password manager now/);
    expect(text).not.toMatch(/revoke this key/i);
    await popup.close();
    await page.close();
  });
});
