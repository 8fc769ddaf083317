// What counts, end to end in Chromium and Firefox ESR: a Kraken key pair is one exposed credential
// on the badge, in the popup (its number and its cards) and in the notice, also when its halves sit
// in sibling rows that the scanner reads as separate subtrees.
// Run: npm run build && npx vitest run -c vitest.e2e.config.ts test/e2e/counting.test.ts
import { describe, expect, it } from 'vitest';
import { BROWSERS } from './driver';
import { html, settle, waitFor } from './harness';
import { noticeCount, ready, useExtension } from './helpers';
import { fakeKeys } from '../support/keys';

const fake = fakeKeys(23);

describe.each(BROWSERS)('%s: a key pair counts once', (browser) => {
  const env = useExtension(browser, { sites: { site: {} } });

  async function counts(path: string): Promise<{ badge: string; notice: string | null; popup: string; cards: number }> {
    const { tab, tabId } = await env.ext.open(env.site.url(path));
    await waitFor(async () => (await env.ext.badgeText(tabId)) !== '', { message: 'a badge' });
    // Let every window arrive: a pair's second half may come after the first.
    await settle(1500);
    const notice = await noticeCount(tab);
    const popup = await env.ext.openPopup(tabId);
    await ready(popup);
    const result = {
      badge: await env.ext.badgeText(tabId),
      notice,
      popup: (await popup.text('[data-testid="flagged-count"]')).trim(),
      cards: await popup.count('[data-testid="finding"]'),
    };
    await popup.close();
    await tab.close();
    return result;
  }

  it('in one code block, beside a GitHub token: 2, not 3', async () => {
    const kraken = fake.krakenPair();
    env.site.set('/block', html(`<pre><code>API-Key: ${kraken.apiKey}\nAPI-Secret: ${kraken.privateKey}</code></pre><p>token ${fake.githubToken()}</p>`, 'Bot'));
    expect(await counts('/block')).toEqual({ badge: '2', notice: '2', popup: '2', cards: 2 });
  });

  it('in two sibling rows read as separate subtrees', async () => {
    const kraken = fake.krakenPair();
    env.site.set('/rows', html(`<main><p>Our trading bot.</p>
      <div class="row"><span>Kraken API key</span> <span>${kraken.apiKey}</span></div>
      <div class="row"><span>Kraken private key</span> <span>${kraken.privateKey}</span></div>
      <p>Nothing else.</p></main>`, 'Settings'));
    expect(await counts('/rows')).toEqual({ badge: '1', notice: '1', popup: '1', cards: 1 });
  });
});
