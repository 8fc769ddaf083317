// Italian: Chromium started with an Italian UI shows the popup and options in Italian (from
// _locales/it through the i18n API), with the right document language, and axe still passes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { html, launchChromium, servePages, waitFor, type ChromiumExtension, type Site } from './harness';
import { fakeKeys } from '../support/keys';
import { axeViolations, openAllDetails, ready, screenshot, snapshotExtension } from './popup-helpers';

const fake = fakeKeys(18);

const HOST = 'appunti.example.it';
const kraken = fake.krakenPair();
let site: Site;
let ext: ChromiumExtension;
let removeSnapshot: () => Promise<void>;

beforeAll(async () => {
  const snap = await snapshotExtension();
  removeSnapshot = snap.remove;
  site = await servePages({
    '/bot': html(`<p>Chiavi API Kraken del bot:</p><pre><code>API-Key: ${kraken.apiKey}
API-Secret: ${kraken.privateKey}</code></pre>`, 'Appunti'),
  });
  ext = await launchChromium({
    extensionDir: snap.dir,
    args: ['--lang=it', `--host-resolver-rules=MAP ${HOST} 127.0.0.1`],
    env: { LANGUAGE: 'it', LANG: 'it_IT.UTF-8' },
  });
});

afterAll(async () => {
  await ext?.close();
  await site?.close();
  await removeSnapshot?.();
});

describe('Italian locale', () => {
  it('shows the popup in Italian', async () => {
    const page = await ext.context.newPage();
    await page.goto(`http://${HOST}:${site.port}/bot`);
    const tabId = await ext.tabIdOf(page);
    await waitFor(async () => (await ext.badgeText(tabId)) !== '', { timeout: 20_000, message: 'badge' });

    const popup = await ext.openPopup(tabId);
    await popup.setViewportSize({ width: 380, height: 600 });
    await ready(popup);
    expect(await popup.getAttribute('html', 'lang')).toBe('it');
    expect(await popup.getByTestId('flagged-count').innerText()).toBe(await ext.badgeText(tabId));
    expect(await popup.locator('#count-label').innerText()).toMatch(/^chiav[ei] espost[ae] in questa pagina$/);
    expect(await popup.locator('#tip').innerText()).toMatch(/Impostazioni → Sicurezza → API/);
    expect(await popup.locator('.finding').first().innerText()).toMatch(/Cosa fare:/);
    await screenshot(popup, 'popup-it.png');
    await openAllDetails(popup);
    expect(await popup.locator('label[for="chk-neverShare"]').innerText()).toBe('Non dare mai a nessuno la password o i codici a due fattori');
    expect(await axeViolations(popup)).toEqual([]);
    await popup.close();
  });

  it('shows the options page in Italian', async () => {
    await ext.evaluate(async () => {
      await chrome.storage.local.set({
        settings: { notice: true, notifications: false, includeGeneric: false, pausedSites: ['intranet.example.com'] },
        dismissed: { fp: { redacted: 'ghp_…(40)…x9Qz', provider: 'github', reason: 'rotated', at: Date.UTC(2026, 10, 25) } },
      });
    }, undefined);
    const options = await ext.openExtensionPage('options.html');
    await ready(options);
    expect(await options.locator('h1').innerText()).toBe('Impostazioni di Keywarden');
    expect(await options.title()).toBe('Impostazioni di Keywarden');
    expect(await options.getByTestId('dismissed-key').innerText()).toMatch(/Già sostituita, 25 nov 2026/);
    expect(await axeViolations(options)).toEqual([]);
    await options.close();
  });
});
