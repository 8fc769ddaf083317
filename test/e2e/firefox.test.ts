// The built add-on in real Firefox ESR over WebDriver BiDi: it installs, finds keys, shows the notice
// with the right count, and shows nothing on a key-free page. (BiDi cannot open moz-extension://
// pages, so Firefox is checked through what the content script does in the page.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { html, launchFirefox, NOTICE_SELECTOR, servePages, settle, waitFor, type FirefoxExtension, type Site } from './harness';
import { fakeKeys } from '../support/keys';

const fake = fakeKeys(13);

let ff: FirefoxExtension;
let site: Site;

beforeAll(async () => {
  site = await servePages();
  ff = await launchFirefox();
});

afterAll(async () => {
  await ff?.close();
  await site?.close();
});

const noticeCount = (page: Awaited<ReturnType<FirefoxExtension['newPage']>>) =>
  page.evaluate((s) => document.querySelector(s)?.getAttribute('data-count') ?? null, NOTICE_SELECTOR);

describe('Firefox ESR', () => {
  it('installs with its gecko id', () => {
    expect(ff.addonId).toBe('keywarden@keywarden.dev');
  });

  it('finds keys (text, split code spans, attributes, a Kraken pair) and shows the notice once', async () => {
    const sk = fake.stripeSecretKey();
    const kraken = fake.krakenPair();
    const gh = fake.githubToken();
    site.set('/keys', html(`
      <p>token ${gh}</p>
      <pre><code><span>"${sk.slice(0, 10)}</span><span>${sk.slice(10)}"</span></code></pre>
      <div data-token="${gh}"></div>
      <p>Kraken API key: ${kraken.apiKey}</p><p>Kraken private key: ${kraken.privateKey}</p>
    `));
    const page = await ff.newPage();
    await page.goto(site.url('/keys'));
    await waitFor(async () => (await noticeCount(page)) === '4', { message: 'notice with 4 keys' });
    expect(await page.evaluate((s) => document.querySelectorAll(s).length, NOTICE_SELECTOR)).toBe(1);
    await page.close();
  });

  it('shows no notice on a page without keys', async () => {
    site.set('/clean', html(`<p>Publishable by design: ${fake.stripePublishableKey()}</p><p>Nothing else.</p>`));
    const page = await ff.newPage();
    await page.goto(site.url('/clean'));
    await settle(2500);
    expect(await noticeCount(page)).toBeNull();
    await page.close();
  });

  it('finds a key inserted after load', async () => {
    site.set('/late', html('<div id="app"></div>'));
    const page = await ff.newPage();
    await page.goto(site.url('/late'));
    await settle(800);
    await page.evaluate((key) => {
      const p = document.createElement('p');
      p.textContent = key;
      document.getElementById('app')!.append(p);
    }, fake.githubToken());
    await waitFor(async () => (await noticeCount(page)) === '1', { message: 'notice with 1 key' });
    await page.close();
  });
});
