// Trust, checked in real Chromium and Firefox ESR with the built extension: while it browses pages
// with keys in text, attributes, fields, QR codes and pastes, (1) it makes no request of its own
// except reading an image the page displays, (2) no key and no 8-character fragment of one reaches
// any storage area, console, message to the page or anything the page can read, and (3) a stopped
// background loses no finding. Update and browser restart: trust-restart.test.ts.
// Run: npm run build && npx vitest run -c vitest.e2e.config.ts test/e2e/trust.test.ts
import { beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import QRCode from 'qrcode';
import { BROWSERS, type Observation, type Tab } from './driver';
import { html, settle, type Served, type Site } from './harness';
import { alerting, badgeBecomes, paste, ready, tabState, useExtension } from './helpers';
import { fakeKeys, keyBody, keyFragmentsIn } from '../support/keys';
import { extensionHosts, MAIN_WORLD_RECORDER, pageRecord, violations } from './fixtures/hostile/observe';

const fake = fakeKeys(21);

describe.each(BROWSERS)('%s', (browser) => {
  // `images`: another origin, for a cross-origin QR image.
  const env = useExtension(browser, { launch: { privateCopy: true }, sites: { site: {}, images: {} } });
  let seen: () => Promise<Observation>;
  const routes = new Map<string, Set<string>>(); // origin → paths served
  const shownImages: string[] = [];
  const planted: string[] = [];

  function plant<T extends string>(key: T): T {
    planted.push(key);
    return key;
  }

  function serve(on: Site, path: string, response: Served): string {
    on.set(path, response);
    routes.get(on.origin)?.add(path);
    return on.url(path);
  }

  const open = (path: string): Promise<{ tab: Tab; tabId: number }> => env.ext.open(env.site.url(path));

  beforeAll(async () => {
    routes.set(env.site.origin, new Set());
    routes.set(env.images.origin, new Set());
    await env.ext.addInitScript(MAIN_WORLD_RECORDER);
    seen = await env.ext.observe();
  });

  describe('browsing pages with keys', () => {
    const text = plant(fake.githubToken());
    const attribute = plant(fake.stripeSecretKey());
    const field = plant(fake.githubToken('gho'));
    const kraken = fake.krakenPair();
    plant(kraken.apiKey);
    plant(kraken.privateKey);
    const inSameOriginQr = plant(fake.githubToken());
    const inCrossOriginQr = plant(fake.stripeSecretKey());
    const inDataQr = plant(fake.githubToken('ghs'));
    const pasted = plant(fake.githubToken());
    // text, attribute, field, the Kraken pair (two keys, one credential), three QR codes.
    const expected = 7;
    let page: Tab;
    let tabId: number;

    it('counts every key, QR codes included (the observed run is a real one)', async () => {
      shownImages.push(
        serve(env.site, '/qr.png', { body: await QRCode.toBuffer(`token: ${inSameOriginQr}`, { scale: 5 }), type: 'image/png' }),
        serve(env.images, '/qr.png', { body: await QRCode.toBuffer(inCrossOriginQr, { scale: 5 }), type: 'image/png' }),
      );
      const dataQr = await QRCode.toDataURL(inDataQr, { scale: 5 });
      serve(env.site, '/keys', html(`
        <p>Deploy token ${text}</p>
        <div data-config="${attribute}"></div>
        <input type="text" value="${field}">
        <p>Kraken API key: ${kraken.apiKey}</p><p>Kraken private key: ${kraken.privateKey}</p>
        <img src="/qr.png" width="200" height="200" alt="">
        <img src="${env.images.url('/qr.png')}" width="200" height="200" alt="">
        <img src="${dataQr}" width="200" height="200" alt="">
        <textarea id="paste"></textarea>
      `, 'Kraken API settings'));
      ({ tab: page, tabId } = await open('/keys'));
      await badgeBecomes(env.ext, tabId, String(expected), 30_000);
      expect(alerting(await tabState(env.ext, tabId))).toHaveLength(expected + 1);

      // A paste the guard warns about (its warning lives in a closed shadow root too).
      await paste(env.ext, page, '#paste', pasted);
      await page.waitFor('[data-keywarden="paste-warning"]');

      const popup = await env.ext.openPopup(tabId);
      await ready(popup);
      const options = await env.ext.openExtensionPage('options.html');
      await ready(options);
      await settle(1000);
      await popup.close();
      await options.close();
    });

    it('makes no request of its own except reading the QR images the page shows', async () => {
      const observed = await seen();
      expect(violations(observed, {
        baseUrl: env.ext.baseUrl,
        pageImages: shownImages,
        served: (url) => {
          const u = new URL(url);
          return routes.get(u.origin)?.has(u.pathname) ?? false;
        },
      })).toEqual([]);
      // The recorder does see the background: it read the page's (uncached) QR images itself.
      const byWorker = observed.requests.filter((r) => r.from === 'worker' && !r.url.startsWith(env.ext.baseUrl));
      expect(byWorker.length).toBeGreaterThan(0);
      // The test server agrees: nothing was asked for that the pages do not contain.
      for (const s of [env.site, env.images]) {
        for (const path of s.requests) expect(routes.get(s.origin)?.has(path), path).toBe(true);
      }
    });

    it('leaves no key fragment in storage, consoles, messages to the page or what the page can read', async () => {
      const storage = await env.ext.storage();
      const cookies = await env.ext.cookies();
      const readable = await pageRecord(page);
      const haystack = [JSON.stringify(storage), (await seen()).console.join('\n'), readable, JSON.stringify(cookies)].join('\n');
      const bodies = planted.map(keyBody);
      expect(keyFragmentsIn(haystack, bodies)).toEqual([]);
      // The main-world recorder did see what the extension added to the page.
      expect(readable).toMatch(/added <keywarden-notice/);
      // The search can fail: the page's own markup does hold the keys.
      expect(keyFragmentsIn(await page.content(), bodies).length).toBeGreaterThan(0);

      // The notice and the paste warning are closed shadow roots with nothing in the light DOM.
      const hosts = await extensionHosts(page);
      expect(hosts.map((h) => h.tag).sort()).toEqual(['keywarden-notice', 'keywarden-paste-warning']);
      for (const h of hosts) expect(h).toMatchObject({ openRoot: false, children: 0 });

      // Fingerprints are salted per install: no plain SHA-256 of a key is stored.
      expect(String(storage.local.salt)).toMatch(/^[0-9a-f]{64}$/);
      const stored = JSON.stringify(storage);
      for (const key of planted) expect(stored).not.toContain(createHash('sha256').update(key).digest('hex'));
      await page.close();
    });
  });

  describe('the background stopped at any moment', () => {
    it('loses no finding while a page keeps adding keys', async () => {
      const keys = Array.from({ length: 16 }, () => plant(fake.githubToken()));
      serve(env.site, '/drip', html(`<div id="feed"></div><script>
        const keys = ${JSON.stringify(keys)};
        let i = 0;
        const timer = setInterval(() => {
          const p = document.createElement('p');
          p.textContent = 'token ' + keys[i++];
          document.getElementById('feed').append(p);
          if (i === keys.length) clearInterval(timer);
        }, 200);
      </script>`));
      const { tab: page, tabId } = await open('/drip');
      // Stop the background every ~300 ms while keys arrive (and once more after the last one).
      for (let n = 0; n < 13; n++) {
        await settle(300);
        await env.ext.stopBackground();
      }
      await badgeBecomes(env.ext, tabId, String(keys.length), 20_000);
      expect(alerting(await tabState(env.ext, tabId))).toHaveLength(keys.length);
      await page.close();
    });
  });
});
