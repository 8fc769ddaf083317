// Italian: the browser's UI in Italian shows the popup and options in Italian (from _locales/it
// through the i18n API), with the right document language, and axe still passes. Chromium takes
// --lang; Firefox ESR (en-US only here) is given Italian as an available and requested app locale
// before the add-on installs.
// Run: npm run build && npx vitest run -c vitest.e2e.config.ts test/e2e/popup-i18n.test.ts
import { describe, expect, it } from 'vitest';
import { BROWSERS } from './driver';
import { html, waitFor } from './harness';
import { axeViolations, openAllDetails, ready, screenshot, setLocal, useExtension } from './helpers';
import { fakeKeys } from '../support/keys';

const HOST = 'appunti.example.it';
const kraken = fakeKeys(18).krakenPair();

describe.each(BROWSERS)('%s', (browser) => {
  const env = useExtension(browser, {
    launch: { privateCopy: true, hosts: [HOST], locale: 'it' },
    sites: {
      site: {
        '/bot': html(`<p>Chiavi API Kraken del bot:</p><pre><code>API-Key: ${kraken.apiKey}
API-Secret: ${kraken.privateKey}</code></pre>`, 'Appunti'),
      },
    },
  });

  describe('Italian locale', () => {
    it('shows the popup in Italian', async () => {
      const { tabId } = await env.ext.open(`http://${HOST}:${env.site.port}/bot`);
      await waitFor(async () => (await env.ext.badgeText(tabId)) !== '', { timeout: 20_000, message: 'badge' });

      const popup = await env.ext.openPopup(tabId);
      await popup.setViewport(380, 600);
      await ready(popup);
      expect(await popup.attribute('html', 'lang')).toBe('it');
      expect(await popup.text('[data-testid="flagged-count"]')).toBe(await env.ext.badgeText(tabId));
      expect(await popup.text('#count-label')).toMatch(/^chiav[ei] espost[ae] in questa pagina$/);
      expect(await popup.text('#tip')).toMatch(/Impostazioni → Sicurezza → API/);
      expect(await popup.text('.finding')).toMatch(/Cosa fare:/);
      // Provider texts are translated only in the Italian locale (the English is in the provider file).
      const cards = (await popup.texts('.finding')).join('\n');
      expect(cards).toMatch(/Chi la possiede può vedere saldi/);
      expect(cards).toMatch(/\(Impostazioni → Sicurezza → API\)/);
      await screenshot(popup, 'popup-it.png');
      await openAllDetails(popup);
      expect(await popup.text('label[for="chk-neverShare"]')).toBe('Non dare mai a nessuno la password o i codici a due fattori');
      expect(await axeViolations(popup)).toEqual([]);
      await popup.close();
    });

    it('shows the options page in Italian', async () => {
      await setLocal(env.ext, {
        settings: { notice: true, notifications: false, includeGeneric: false, pausedSites: ['intranet.example.com'] },
        dismissed: { fp: { redacted: 'ghp_…(40)…x9Qz', provider: 'github', reason: 'rotated', at: Date.UTC(2026, 10, 25) } },
      });
      const options = await env.ext.openExtensionPage('options.html');
      await ready(options);
      expect(await options.text('h1')).toBe('Impostazioni di Keywarden');
      expect(await options.evaluate(() => document.title)).toBe('Impostazioni di Keywarden');
      expect(await options.text('[data-testid="dismissed-key"]')).toMatch(/Già sostituita, 25 nov 2026/);
      expect(await axeViolations(options)).toEqual([]);
      await options.close();
    });
  });
});
