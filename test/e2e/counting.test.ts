// What counts, end to end in Chromium: a Kraken key pair is one exposed credential on the badge, in
// the popup (its number and its cards) and in the notice, also when its halves sit in sibling rows
// that the scanner reads as separate subtrees.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { html, launchChromium, NOTICE_SELECTOR, servePages, waitFor, type ChromiumExtension, type Site } from './harness';
import { githubToken, krakenPair } from './keys';

let ext: ChromiumExtension;
let site: Site;

beforeAll(async () => {
  site = await servePages();
  ext = await launchChromium();
});

afterAll(async () => {
  await ext?.close();
  await site?.close();
});

async function counts(path: string): Promise<{ badge: string; notice: string | null; popup: string; cards: number }> {
  const page = await ext.context.newPage();
  await page.goto(site.url(path));
  const tabId = await ext.tabIdOf(page);
  await waitFor(async () => (await ext.badgeText(tabId)) !== '', { message: 'a badge' });
  // Let every window arrive: a pair's second half may come after the first.
  await new Promise((r) => setTimeout(r, 1500));
  const notice = await page.evaluate((s) => document.querySelector(s)?.getAttribute('data-count') ?? null, NOTICE_SELECTOR);
  const popup = await ext.openPopup(tabId);
  await popup.locator('body[data-ready="true"]').waitFor();
  const result = {
    badge: await ext.badgeText(tabId),
    notice,
    popup: (await popup.getByTestId('flagged-count').innerText()).trim(),
    cards: await popup.getByTestId('finding').count(),
  };
  await popup.close();
  await page.close();
  return result;
}

describe('a key pair counts once', () => {
  it('in one code block, beside a GitHub token: 2, not 3', async () => {
    const kraken = krakenPair();
    site.set('/block', html(`<pre><code>API-Key: ${kraken.apiKey}\nAPI-Secret: ${kraken.privateKey}</code></pre><p>token ${githubToken()}</p>`, 'Bot'));
    expect(await counts('/block')).toEqual({ badge: '2', notice: '2', popup: '2', cards: 2 });
  });

  it('in two sibling rows read as separate subtrees', async () => {
    const kraken = krakenPair();
    site.set('/rows', html(`<main><p>Our trading bot.</p>
      <div class="row"><span>Kraken API key</span> <span>${kraken.apiKey}</span></div>
      <div class="row"><span>Kraken private key</span> <span>${kraken.privateKey}</span></div>
      <p>Nothing else.</p></main>`, 'Settings'));
    expect(await counts('/rows')).toEqual({ badge: '1', notice: '1', popup: '1', cards: 1 });
  });
});
