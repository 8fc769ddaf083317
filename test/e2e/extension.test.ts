// The built extension in real Chromium and Firefox ESR: every place a key can sit on a page, dynamic
// pages, SPA navigation, duplicates, things that must not count, a background restart, the notice
// and the popup agreeing with the badge, and no key fragments in any storage area.
// Run: npm run build && npx vitest run -c vitest.e2e.config.ts test/e2e/extension.test.ts
import { describe, expect, it } from 'vitest';
import { BROWSERS, type Tab } from './driver';
import { html, NOTICE_SELECTOR, settle, waitFor } from './harness';
import { badgeBecomes, noticeCount, setLocal, tabState, useExtension } from './helpers';
import { fakeKeys, keyBody, keyFragmentsIn, KRAKEN_DOC_EXAMPLE } from '../support/keys';
import { fakeWallet } from '../corpus/wallet/fake-wallet';

const fake = fakeKeys(11);

describe.each(BROWSERS)('%s', (browser) => {
  // `other`: a second origin, for the cross-origin frame.
  const env = useExtension(browser, { sites: { site: {}, other: {} } });
  /** Every key planted on any page, to search storage for fragments at the end. */
  const planted: string[] = [];

  function plant<T extends string>(key: T): T {
    planted.push(key);
    return key;
  }

  const open = (path: string): Promise<{ tab: Tab; tabId: number }> => env.ext.open(env.site.url(path));

  /** Appends a paragraph with `text` to the element with id `into`. */
  const append = (tab: Tab, into: string, text: string): Promise<void> => tab.evaluate(([id, t]) => {
    const p = document.createElement('p');
    p.textContent = t;
    document.getElementById(id)!.append(p);
  }, [into, text] as const);

  describe('finds keys everywhere on a page', () => {
    const keys = {
      text: plant(fake.githubToken()),
      split: plant(fake.stripeSecretKey()),
      textarea: plant(fake.githubToken()),
      input: plant(fake.githubToken('gho')),
      href: plant(fake.githubToken()),
      dataAttr: plant(fake.stripeSecretKey()),
      json: plant(fake.githubToken('ghs')),
      shadow: plant(fake.githubToken()),
      sameFrame: plant(fake.githubToken()),
      crossFrame: plant(fake.githubToken()),
      aws: plant(fake.awsAccessKeyId()),
    };
    const kraken = fake.krakenPair();
    plant(kraken.apiKey);
    plant(kraken.privateKey);
    // 11 single keys + the Kraken pair: both halves alert and are stored, the pair counts once.
    const expected = Object.keys(keys).length + 1;

    it('counts each distinct alerting key once: badge, session state, one notice, the popup', async () => {
      env.site.set('/frame', html(`<p>same-origin frame: ${keys.sameFrame}</p>`));
      env.other.set('/xframe', html(`<p>cross-origin frame: ${keys.crossFrame}</p>`));
      const s = keys.split;
      env.site.set('/all', html(`
        <h1>Everything</h1>
        <p>Deploy token ${keys.text} (do not share)</p>
        <pre><code><span class="k">const</span> stripe = <span class="s">"${s.slice(0, 9)}</span><span class="s">${s.slice(9, 20)}</span><span class="s">${s.slice(20)}"</span>;</code></pre>
        <textarea>${keys.textarea}</textarea>
        <input type="text" value="${keys.input}">
        <a href="https://example.invalid/hook?token=${keys.href}">link</a>
        <div data-config="${keys.dataAttr}"></div>
        <script type="application/json" id="cfg">{"auth":{"token":"${keys.json}"}}</script>
        <div id="host"></div>
        <script>
          // Joined at run time, so the key is not in this script's own text.
          document.getElementById('host').attachShadow({ mode: 'open' }).textContent =
            ['shadow ${keys.shadow.slice(0, 12)}', '${keys.shadow.slice(12)}'].join('');
        </script>
        <p>AWS access key id ${keys.aws}</p>
        <p>Kraken API key: ${kraken.apiKey}</p><p>Kraken private key: ${kraken.privateKey}</p>
        <p>The same token again: ${keys.text}</p><div data-copy="${keys.text}"></div>
        <iframe src="/frame"></iframe>
        <iframe src="${env.other.url('/xframe')}"></iframe>
      `, 'Integration settings'));

      const { tab, tabId } = await open('/all');
      await badgeBecomes(env.ext, tabId, String(expected));
      const state = await tabState(env.ext, tabId);
      expect(state?.findings.filter((f) => f.severity !== 'info' && !f.example)).toHaveLength(expected + 1);
      const where = new Set(state?.findings.map((f) => f.where));
      for (const w of ['text', 'code', 'form-field', 'attribute', 'inline-script', 'shadow-root', 'frame']) {
        expect(where, w).toContain(w);
      }
      expect(state?.page).toBe(env.site.url('/all'));
      // Critical findings colour the badge red.
      expect(await env.ext.badgeColor(tabId)).toEqual([0xB3, 0x26, 0x1E, 255]);
      // The notice shows the same count, once, in the top frame only.
      expect(await waitFor(() => noticeCount(tab), { message: 'notice' })).toBe(String(expected));
      expect(await tab.count(NOTICE_SELECTOR)).toBe(1);
      expect(await tab.evaluateInFrames((s: string) => document.querySelectorAll(s).length, NOTICE_SELECTOR)).toEqual([0, 0]);
      // The popup for this tab agrees.
      const popup = await env.ext.openPopup(tabId);
      await waitFor(async () => (await popup.text('[data-testid="flagged-count"]')).trim() === String(expected),
        { message: `popup flagged-count ${expected}` });
      await popup.close();
      await tab.close();
    });
  });

  describe('recovery phrases spread over elements', () => {
    it('finds a phrase one word per list item and one per input, and not a twin whose checksum fails', async () => {
      const wallet = fakeWallet(31);
      const listed = wallet.phrase('en', 12).split(' ');
      const boxed = wallet.phrase('en', 24).split(' ');
      const twin = wallet.badTwin(wallet.phrase('en', 12)).split(' ');
      env.site.set('/phrases', html(`
        <h1>Back up your wallet</h1>
        <p>Write these words down in order:</p>
        <ol class="words">${listed.map((w) => `<li>${w}</li>`).join('')}</ol>
        <form><p>Restore: enter your 24 words</p>
          ${boxed.map((w, i) => `<label>${i + 1}<input type="text" value="${w}"></label>`).join('')}</form>
        <ul>${twin.map((w) => `<li>${w}</li>`).join('')}</ul>
      `, 'Wallet backup'));
      const { tab, tabId } = await open('/phrases');
      await badgeBecomes(env.ext, tabId, '2', 15_000);
      const state = await tabState(env.ext, tabId);
      const phrases = (state?.findings ?? []).filter((f) => f.kind === 'recovery-phrase');
      expect(phrases.map((f) => f.where).sort()).toEqual(['form-field', 'text']);
      // Nothing stored spells out the words: no two adjacent words of either phrase.
      const stored = JSON.stringify(await env.ext.storage());
      for (const words of [listed, boxed]) {
        const pairs = words.slice(1).map((w, i) => `${words[i]} ${w}`);
        expect(pairs.filter((p) => stored.includes(p))).toEqual([]);
      }
      await tab.close();
    });
  });

  describe('recovery phrases in numbered boxes', () => {
    it('finds phrases beside their numbers (also numbered down a table’s columns), not their twins or numbered decoys', async () => {
      const wallet = fakeWallet(32);
      const grid = wallet.phrase('en', 24).split(' ');
      const table = wallet.phrase('en', 12).split(' ');
      const twin = wallet.badTwin(wallet.phrase('en', 12)).split(' ');
      // Six rows of two columns numbered downwards: the rows read 1 7, 2 8, …
      const downwards = (w: readonly string[]) => Array.from({ length: 6 }, (_, r) =>
        `<tr><td>${r + 1}</td><td>${w[r]}</td><td>${r + 7}</td><td>${w[r + 6]}</td></tr>`).join('');
      const cities = ['Lisbon', 'Porto', 'Madrid', 'Paris', 'Lyon', 'Rome', 'Milan', 'Vienna', 'Prague', 'Berlin', 'Oslo', 'Dublin'];
      env.site.set('/numbered', html(`
        <h1>Your recovery phrase</h1>
        <div class="grid">${grid.map((w, i) => `<div class="cell"><span class="n">${i + 1}.</span><span class="w">${w}</span></div>`).join('')}</div>
        <h2>Paper backup</h2><table>${downwards(table)}</table>
        <h2>Practice sheet</h2><table>${downwards(twin)}</table>
        <h2>Standings</h2><table>${cities.map((c, i) => `<tr><td>${i + 1}</td><td>${c}</td><td>${(i * 37) % 90} points</td></tr>`).join('')}</table>
        <ol>${['Preheat', 'Whisk', 'Fold', 'Bake', 'Cool', 'Slice', 'Serve', 'Store', 'Freeze', 'Thaw', 'Reheat', 'Enjoy'].map((x, i) => `<li><b>${i + 1}</b> ${x}</li>`).join('')}</ol>
      `, 'Wallet backup'));
      const { tab, tabId } = await open('/numbered');
      await badgeBecomes(env.ext, tabId, '2', 15_000);
      const phrases = ((await tabState(env.ext, tabId))?.findings ?? []).filter((f) => f.kind === 'recovery-phrase');
      expect(phrases.map((f) => f.redacted).sort()).toEqual(['12-word phrase (English, checksum valid)', '24-word phrase (English, checksum valid)']);
      await settle(1000);
      expect(await env.ext.badgeText(tabId)).toBe('2');
      await tab.close();
    });
  });

  describe('does not count what is not an exposure', () => {
    it('ignores documentation examples, publishable keys and hashes', async () => {
      env.site.set('/benign', html(`
        <p>Kraken's documentation example private key: ${KRAKEN_DOC_EXAMPLE}</p>
        <p>Stripe publishable key: ${fake.stripePublishableKey()}</p>
        <p>commit ${fake.hex(40)} and sha256 ${fake.hex(64)}</p>
      `));
      const { tab, tabId } = await open('/benign');
      await settle(1500);
      expect(await env.ext.badgeText(tabId)).toBe('');
      expect(await tab.count('[data-keywarden]')).toBe(0);
      await tab.close();
    });
  });

  describe('dynamic pages', () => {
    it('finds keys inserted after load, in the page and in a late custom element\'s shadow root', async () => {
      env.site.set('/dynamic', html('<div id="app">loading…</div><kw-panel></kw-panel>'));
      const { tab, tabId } = await open('/dynamic');
      await settle(800);
      expect(await env.ext.badgeText(tabId)).toBe('');
      const later = plant(fake.githubToken());
      const inShadow = plant(fake.stripeSecretKey());
      const laterInShadow = plant(fake.githubToken());
      // A component defined after load attaches its shadow root without any light-DOM mutation.
      await tab.evaluate(([a, b]) => {
        customElements.define('kw-panel', class extends HTMLElement {
          constructor() {
            super();
            const p = document.createElement('p');
            p.textContent = `panel ${b}`;
            this.attachShadow({ mode: 'open' }).append(p);
          }
        });
        const p = document.createElement('p');
        p.textContent = `fetched config: ${a}`;
        document.getElementById('app')!.append(p);
      }, [later, inShadow] as const);
      await badgeBecomes(env.ext, tabId, '2');
      // The shadow root is now observed: text changed inside it is found too.
      await tab.evaluate((c: string) => {
        const root = document.querySelector('kw-panel')!.shadowRoot!;
        root.querySelector('p')!.append(document.createTextNode(` and ${c}`));
      }, laterInShadow);
      await badgeBecomes(env.ext, tabId, '3');
      const where = (await tabState(env.ext, tabId))?.findings.map((f) => f.where).sort();
      expect(where).toEqual(['shadow-root', 'shadow-root', 'text']);
      expect(await noticeCount(tab)).toBe('3');
      await tab.close();
    });

    it('reads an element a page script adds inside a code block after load: its attributes and the block\'s text', async () => {
      const inAttribute = plant(fake.githubToken());
      const inText = plant(fake.stripeSecretKey());
      env.site.set('/copy-button', html('<p>Example</p><pre><code>let retries = 3;</code></pre>'));
      const { tab, tabId } = await open('/copy-button');
      await settle(800);
      expect(await env.ext.badgeText(tabId)).toBe('');
      // As a docs site's copy-button script does: a button into each block, here carrying a key.
      await tab.evaluate(([a, b]) => {
        const button = document.createElement('button');
        button.dataset.clipboard = a;
        button.textContent = 'Copy';
        document.querySelector('pre')!.append(button);
        document.querySelector('code')!.append(` // ${b}`);
      }, [inAttribute, inText] as const);
      await badgeBecomes(env.ext, tabId, '2');
      expect((await tabState(env.ext, tabId))?.findings.map((f) => f.where).sort()).toEqual(['attribute', 'code']);
      await tab.close();
    });

    it('finds a key in a declarative shadow root (made by the parser, not attachShadow)', async () => {
      const key = plant(fake.githubToken());
      env.site.set('/declarative', html(`<p>Status</p><div><template shadowrootmode="open"><p>token ${key}</p></template></div>`));
      const { tab, tabId } = await open('/declarative');
      await badgeBecomes(env.ext, tabId, '1');
      expect((await tabState(env.ext, tabId))?.findings.map((f) => f.where)).toEqual(['shadow-root']);
      await tab.close();
    });

    it('on a giant page, finds keys past the first 1,000 elements: a URL query, a field, a shadow root on a plain div', async () => {
      const inUrl = plant(fake.githubToken());
      const inField = plant(fake.stripeSecretKey());
      const inShadow = plant(fake.githubToken());
      const rows = Array.from({ length: 3000 }, (_, i) => `<div class="row"><span class="n">${i}</span> <span>row ${i}</span></div>`).join('');
      env.site.set('/giant', html(`${rows}
        <a href="https://api.example.invalid/v1/export?format=csv&token=${inUrl}">export</a>
        <input type="hidden" value="${inField}">
        <div id="late-host"></div>`));
      const { tab, tabId } = await open('/giant');
      await settle(800);
      // attachShadow on a plain element after load changes no light DOM: only the hook can tell.
      await tab.evaluate((key: string) => {
        document.getElementById('late-host')!.attachShadow({ mode: 'open' }).textContent = `deploy ${key}`;
      }, inShadow);
      await badgeBecomes(env.ext, tabId, '3');
      const where = (await tabState(env.ext, tabId))?.findings.map((f) => f.where).sort();
      expect(where).toEqual(['attribute', 'form-field', 'shadow-root']);
      // An SPA navigation starts a fresh count: all three are still on the page, the root included.
      await tab.evaluate(() => history.pushState({}, '', '/giant/next'));
      await waitFor(async () => (await tabState(env.ext, tabId))?.page === env.site.url('/giant/next'), { message: 'state of the new page' });
      await badgeBecomes(env.ext, tabId, '3');
      await tab.close();
    });

    it('starts a fresh count on SPA navigation (pushState)', async () => {
      const first = plant(fake.githubToken());
      const second = plant(fake.githubToken());
      env.site.set('/spa', html(`<main id="view"><p>${first}</p></main>`));
      const { tab, tabId } = await open('/spa');
      await badgeBecomes(env.ext, tabId, '1');
      await tab.evaluate((key: string) => {
        history.pushState({}, '', '/spa/next');
        const view = document.getElementById('view')!;
        view.replaceChildren();
        const p = document.createElement('p');
        p.textContent = `other view ${key}`;
        view.append(p);
      }, second);
      await waitFor(async () => (await tabState(env.ext, tabId))?.page === env.site.url('/spa/next'), { message: 'state for /spa/next' });
      await badgeBecomes(env.ext, tabId, '1');
      expect((await tabState(env.ext, tabId))?.findings).toHaveLength(1);
      await tab.close();
    });

    it('keeps the count when the background is stopped and restarted', async () => {
      const before = plant(fake.githubToken());
      const after = plant(fake.stripeSecretKey());
      env.site.set('/restart', html(`<p>${before}</p><div id="more"></div>`));
      const { tab, tabId } = await open('/restart');
      await badgeBecomes(env.ext, tabId, '1');
      await env.ext.markBackground();
      await env.ext.stopBackground();
      await append(tab, 'more', after);
      await badgeBecomes(env.ext, tabId, '2');
      // A fresh background (its globals are gone) served the second key, from state kept in storage.session.
      expect(await env.ext.isBackgroundMarked()).toBe(false);
      expect((await tabState(env.ext, tabId))?.findings).toHaveLength(2);
      await tab.close();
    });
  });

  describe('per-site pause', () => {
    it('pausing the site of an open page clears its badge and notice and stops scanning', async () => {
      env.site.set('/pause', html(`<p>${plant(fake.githubToken())}</p><div id="more"></div>`));
      const { tab, tabId } = await open('/pause');
      await badgeBecomes(env.ext, tabId, '1');
      await setLocal(env.ext, { settings: { pausedSites: ['127.0.0.1'] } });
      await badgeBecomes(env.ext, tabId, '');
      await waitFor(async () => (await tab.count(NOTICE_SELECTOR)) === 0, { message: 'notice gone' });
      await append(tab, 'more', plant(fake.githubToken()));
      await settle(1200);
      expect(await env.ext.badgeText(tabId)).toBe('');
      await env.ext.run(() => chrome.storage.local.remove('settings'));
      await tab.close();
    });
  });

  describe('privacy', () => {
    it('leaves no fragment of any planted key in any storage area', async () => {
      // One more page still open while storage is read, so its page-side storage is checked too.
      const key = plant(fake.githubToken());
      env.site.set('/last', html(`<p>${key}</p>`));
      const { tab, tabId } = await open('/last');
      await badgeBecomes(env.ext, tabId, '1');
      const dump = await env.ext.storage();
      const extStorage = JSON.stringify(dump);
      expect(extStorage).toContain('fingerprint'); // findings are there…
      expect(keyFragmentsIn(extStorage, planted.map(keyBody))).toEqual([]); // …but no piece of a key
      expect(dump.sync).toEqual({});
      // The page: web storage untouched, and our notice host carries nothing but the count.
      const leftovers = await tab.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }));
      expect(keyFragmentsIn(leftovers, planted.map(keyBody))).toEqual([]);
      const noticeMarkup = await tab.evaluate(() =>
        [...document.querySelectorAll('[data-keywarden]')].map((e) => new XMLSerializer().serializeToString(e)).join(''));
      expect(noticeMarkup).toContain('data-count="1"');
      expect(keyFragmentsIn(noticeMarkup, planted.map(keyBody))).toEqual([]);
      // Totals count distinct keys flagged since install.
      const totals = dump.local.totals as { flagged: number };
      expect(totals.flagged).toBeGreaterThanOrEqual(13);
      await tab.close();
    });
  });
});
