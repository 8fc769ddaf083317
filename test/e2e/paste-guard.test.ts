// Paste and typing guard in real Chromium and Firefox ESR: pages on 127.0.0.1, real clipboard pastes
// (the system clipboard, then Control+V), real typing, and a real React controlled input. The
// warning's shadow root is closed, so the test reads and focuses it with the browser's debugging
// privileges (Tab.inClosedRoots) and clicks it with the mouse at its buttons.
// Run: npm run build && npx vitest run -c vitest.e2e.config.ts test/e2e/paste-guard.test.ts
import { beforeAll, describe, expect, it } from 'vitest';
import { build } from 'esbuild';
import { BROWSERS, type Tab } from './driver';
import { html, REPO_ROOT, settle, waitFor } from './harness';
import { paste as pasteInto, setLocal, useExtension } from './helpers';
import { fakeKeys, KRAKEN_DOC_EXAMPLE, phraseFragmentsIn } from '../support/keys';
import { WORD } from '../support/random';
import { buildCorpus } from '../corpus/generate';
import { fakeWallet } from '../corpus/wallet/fake-wallet';

const fake = fakeKeys(17);
const wallet = fakeWallet(19);

const FORM = html(`
  <label for="ta">Notes</label><textarea id="ta" rows="6" cols="70"></textarea>
  <p><label for="inp">API key</label> <input id="inp" type="text" size="60"></p>
  <div id="ce" contenteditable="true" style="min-height:40px;border:1px solid #999"></div>
  <div id="rich" contenteditable="true" role="textbox" aria-label="Message"
       style="min-height:40px;border:1px solid #999"><p>Hello <b>there</b></p><p id="second">see: </p></div>
  <p style="height:2000px">tall</p>`, 'Bot settings');

/** A wallet "restore" form: a name, then one input per word, as phishing pages copy it. */
const WORD_FORM = html(`
  <form aria-label="Restore your wallet">
    <p><label for="name">Wallet name</label> <input id="name" size="20"></p>
    <div>${Array.from({ length: 12 }, (_, i) => `<label>${i + 1}. <input id="w${i + 1}" size="10" autocomplete="off"></label>`).join(' ')}</div>
    <button type="button">Continue</button>
  </form>`, 'Validate your wallet');

/** The same form as a table numbered down its two columns: rows hold words 1 and 7, 2 and 8, … */
const GRID_FORM = html(`
  <form aria-label="Restore your wallet">
    <table>${Array.from({ length: 6 }, (_, r) => `<tr>${[r + 1, r + 7].map((n) => `<td>${n}.</td><td><input id="w${n}" size="10" autocomplete="off"></td>`).join('')}</tr>`).join('')}</table>
    <button type="button">Continue</button>
  </form>`, 'Validate your wallet');

const REACT_APP = `
  import React, { useState } from 'react';
  import { createRoot } from 'react-dom/client';
  function App() {
    const [value, setValue] = useState('secret: ');
    return React.createElement('div', null,
      React.createElement('label', { htmlFor: 'rin' }, 'Exchange API secret'),
      React.createElement('input', { id: 'rin', size: 100, value, onChange: (e) => setValue(e.target.value) }),
      React.createElement('output', { id: 'state' }, value));
  }
  createRoot(document.getElementById('root')).render(React.createElement(App));
`;

const WARNING = '[data-keywarden="paste-warning"]';

interface WarningView {
  text: string;
  /** data-action → the button's centre in the viewport, and its aria-expanded. */
  buttons: Record<string, { x: number; y: number; expanded?: string }>;
}

/** Runs inside a warning's closed root: its text (styles left out) and its buttons. */
function readWarning(root: ShadowRoot): WarningView {
  const texts: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n.parentElement?.localName !== 'style' && n.nodeValue) texts.push(n.nodeValue);
  }
  const buttons: WarningView['buttons'] = {};
  for (const b of root.querySelectorAll<HTMLElement>('button[data-action]')) {
    const r = b.getBoundingClientRect();
    const expanded = b.getAttribute('aria-expanded');
    buttons[b.dataset.action ?? ''] = { x: r.left + r.width / 2, y: r.top + r.height / 2, ...(expanded === null ? {} : { expanded }) };
  }
  return { text: texts.join(' '), buttons };
}

describe.each(BROWSERS)('%s', (browser) => {
  const env = useExtension(browser, {
    sites: {
      site: {
        '/form': FORM,
        '/words': WORD_FORM,
        '/grid-words': GRID_FORM,
        '/react': html('<div id="root"></div><script src="/react.js"></script>', 'Connect your exchange'),
      },
    },
  });
  let page: Tab;

  /** Every paste warning on the page, read through its closed shadow root. */
  const warnings = (): Promise<WarningView[]> => page.inClosedRoots(WARNING, readWarning);

  async function oneWarning(): Promise<WarningView> {
    const found = await waitFor(async () => {
      const w = await warnings();
      return w.length === 1 ? w[0] : undefined;
    }, { message: 'one paste warning' });
    if (!found) throw new Error('no paste warning');
    return found;
  }

  async function click(w: WarningView, action: string): Promise<void> {
    const b = w.buttons[action];
    if (!b) throw new Error(`no ${action} button`);
    await page.clickAt(b.x, b.y);
  }

  /** Keyboard focus on a warning button, as Tab would put it there. */
  const focusButton = (action: string): Promise<unknown> =>
    page.inClosedRoots(WARNING, (root, a: string) => root.querySelector<HTMLElement>(`[data-action="${a}"]`)?.focus(), action);

  const paste = (selector: string, text: string): Promise<void> => pasteInto(env.ext, page, selector, text);
  const open = (path: string): Promise<void> => page.goto(env.site.url(path));
  const noWarning = async (): Promise<boolean> => (await warnings()).length === 0;
  const textOf = async (selector: string): Promise<string> => (await page.textContents(selector))[0] ?? '';

  beforeAll(async () => {
    const bundle = await build({
      stdin: { contents: REACT_APP, resolveDir: REPO_ROOT, loader: 'jsx' },
      bundle: true, write: false, format: 'iife', define: { 'process.env.NODE_ENV': '"production"' }, logLevel: 'error',
    });
    env.site.set('/react.js', { body: bundle.outputFiles[0]?.text ?? '', type: 'text/javascript' });
    page = await env.ext.newTab();
  });

  describe('wallet secrets', () => {
    /** Types one word into each per-word input, as a person does (real key events). */
    async function typeWords(words: readonly string[]): Promise<void> {
      for (const [i, word] of words.entries()) {
        await page.focus(`#w${i + 1}`);
        await page.type(word);
      }
    }

    it('warns on a recovery phrase pasted into a textarea, says what it is, and shows and stores none of it', async () => {
      await open('/form');
      const phrase = wallet.phrase('en', 12);
      await paste('#ta', phrase);
      const w = await oneWarning();
      expect(w.text).toContain('this is a wallet recovery phrase (12-word phrase (English, checksum valid))');
      expect(w.text).toContain('master key of a crypto wallet');
      expect(w.text).toContain('No real website needs it');
      expect(w.text).not.toContain('I trust this site');
      expect(Object.keys(w.buttons).sort()).toEqual(['close', 'keep', 'learn-more', 'remove']);
      expect(phraseFragmentsIn(w.text, [phrase])).toEqual([]);
      expect(phraseFragmentsIn(JSON.stringify(await env.ext.storage()), [phrase])).toEqual([]);
      // "Keep it this time" closes this warning and trusts nothing.
      await click(w, 'keep');
      await waitFor(noWarning, { message: 'closed' });
      await settle(300);
      expect((await env.ext.storage()).local.guardTrustedSites ?? []).not.toContain('127.0.0.1');
    });

    it('warns on a wallet private key on a site trusted with keys, which silences an API key', async () => {
      await setLocal(env.ext, { guardTrustedSites: ['127.0.0.1'] });
      try {
        await open('/form');
        await paste('#inp', fake.githubToken());
        await settle(600);
        expect(await warnings()).toHaveLength(0);
        await paste('#ta', wallet.wif());
        expect((await oneWarning()).text).toContain('this is a wallet private key');
      } finally {
        await setLocal(env.ext, { guardTrustedSites: [] });
      }
    });

    it('warns on a phrase typed word by word into 12 inputs, and "remove" clears them', async () => {
      await open('/words');
      const words = wallet.phrase('en', 12).split(' ');
      await typeWords(words);
      const w = await oneWarning();
      expect(w.text).toContain('12-word phrase (English, checksum valid)');
      await click(w, 'remove');
      await waitFor(async () => {
        for (let i = 1; i <= 12; i++) if ((await page.value(`#w${i}`)) !== '') return false;
        return true;
      }, { message: 'every word input cleared' });
    });

    it('stays quiet for the bad-checksum twin, pasted or typed, and warns once the last word is right', async () => {
      await open('/words');
      const phrase = wallet.phrase('en', 12);
      const twin = wallet.badTwin(phrase);
      await paste('#name', twin);
      await typeWords(twin.split(' '));
      await settle(800);
      expect(await warnings()).toHaveLength(0);
      await page.fill('#name', '');
      await page.fill('#w12', '');
      await page.focus('#w12');
      await page.type(phrase.split(' ')[11]!);
      await oneWarning();
    });

    it('takes inputs numbered down a table’s columns in their numbers’ order: quiet for the twin, warns for the phrase', async () => {
      await open('/grid-words');
      const phrase = wallet.phrase('en', 12);
      const twin = wallet.badTwin(phrase);
      await typeWords(twin.split(' '));
      await settle(800);
      expect(await warnings()).toHaveLength(0);
      await page.fill('#w12', '');
      await page.focus('#w12');
      await page.type(phrase.split(' ')[11]!);
      expect((await oneWarning()).text).toContain('12-word phrase (English, checksum valid)');
    });
  });

  describe('paste guard', () => {
    it('warns on a key pasted into a textarea, and says what it is and what to check', async () => {
      await open('/form');
      await page.fill('#ta', 'my bot config\n');
      const kraken = fake.krakenPair();
      await paste('#ta', `kraken api key: ${kraken.apiKey}\nprivate key: ${kraken.privateKey}\n`);
      const w = await oneWarning();
      expect(w.text).toContain('Kraken');
      expect(w.text).toContain('as powerful as your account password');
      expect(w.text).toContain('Never allow withdrawals');
      expect(w.text).toContain('not encrypted (HTTP)');
      expect(Object.keys(w.buttons).sort()).toEqual(['close', 'keep', 'learn-more', 'remove']);
      // Nothing was changed or blocked: the pasted text is in the field as the user pasted it.
      expect(await page.value('#ta')).toContain(kraken.privateKey);
      // The warning sits next to the field, not somewhere off-screen, in a closed root.
      const placed = await page.evaluate((selector: string) => {
        const host = document.querySelector(selector) as HTMLElement;
        const r = host.getBoundingClientRect();
        const f = document.getElementById('ta')!.getBoundingClientRect();
        return { width: r.width, nearField: Math.abs(r.top - f.bottom) < 20, closed: host.shadowRoot === null };
      }, WARNING);
      expect(placed).toEqual({ width: expect.any(Number), nearField: true, closed: true });
      expect(placed.width).toBeGreaterThan(100);
    });

    it('removes exactly the key from an input, keeps the rest, and counts the kept-out paste', async () => {
      await open('/form');
      const token = fake.githubToken();
      await page.fill('#inp', 'token=');
      await page.focus('#inp');
      await page.press('End');
      await paste('#inp', token);
      await page.type(' # ci');
      // Other tests of this browser remove keys too: the count goes up by one.
      const keptOut = async () => ((await env.ext.storage()).local.totals as { pastesKeptOut?: number } | undefined)?.pastesKeptOut ?? 0;
      const before = await keptOut();
      await click(await oneWarning(), 'remove');
      expect(await page.value('#inp')).toBe('token= # ci');
      await waitFor(noWarning, { message: 'warning gone' });
      await waitFor(async () => (await keptOut()) === before + 1, { message: 'pastesKeptOut one more' });
    });

    it('warns on a paste into a contenteditable and removes the key from it', async () => {
      await open('/form');
      const secret = fake.stripeSecretKey();
      await page.focus('#ce');
      await page.type('pay with ');
      await paste('#ce', secret);
      await page.type(' ok');
      await click(await oneWarning(), 'remove');
      await waitFor(async () => !(await textOf('#ce')).includes(secret), { message: 'key removed' });
      expect((await textOf('#ce')).replace(/\s+/g, ' ')).toBe('pay with ok');
    });

    it('warns on a paste into a rich editor block (role=textbox, nested paragraphs)', async () => {
      await open('/form');
      const token = fake.githubToken();
      await page.click('#second');
      await page.press('End');
      await paste('#rich', token);
      const w = await oneWarning();
      expect(w.text).toContain('GitHub');
      await click(w, 'remove');
      await waitFor(async () => !(await textOf('#rich')).includes(token), { message: 'key removed' });
      expect(await textOf('#rich')).toContain('Hello there');
    });

    it('removes a key from a React controlled input so that React state follows', async () => {
      await open('/react');
      await page.waitFor('#rin');
      const kraken = fake.krakenPair();
      await page.focus('#rin');
      await page.press('End');
      await paste('#rin', kraken.privateKey);
      await waitFor(async () => (await textOf('#state')).includes(kraken.privateKey), { message: 'React saw the paste' });
      await click(await oneWarning(), 'remove');
      await waitFor(async () => (await textOf('#state')) === 'secret: ', { message: 'React state without the key' });
      expect(await page.value('#rin')).toBe('secret: ');
      // React still owns the input: typing goes through its state as before.
      await page.type('x');
      await waitFor(async () => (await textOf('#state')) === 'secret: x', { message: 'React still updates' });
    });

    it('warns on a key typed character by character, and goes away when the key is deleted', async () => {
      await open('/form');
      const token = fake.githubToken();
      await page.focus('#ta');
      await page.type(`export GH_TOKEN=${token}`);
      await oneWarning();
      await page.press('Control+A');
      await page.press('Delete');
      await waitFor(noWarning, { message: 'warning gone with the key' });
    });

    it('closes on Escape and does not come back for the same key', async () => {
      await open('/form');
      await paste('#ta', fake.githubToken());
      await oneWarning();
      await page.press('Escape');
      await waitFor(noWarning, { message: 'closed' });
      await page.type(' more text');
      await settle(700);
      expect(await warnings()).toHaveLength(0);
    });

    it('works from the keyboard: Enter on a focused button, Escape from inside the warning', async () => {
      await open('/form');
      await page.fill('#ta', 'keep this ');
      await page.focus('#ta');
      await page.press('End');
      await paste('#ta', fake.githubToken());
      let w = await oneWarning();
      expect(w.buttons['learn-more']?.expanded).toBe('false');
      await focusButton('learn-more');
      await page.press('Enter');
      w = await oneWarning();
      expect(w.buttons['learn-more']?.expanded).toBe('true');
      await page.press('Escape');
      await waitFor(noWarning, { message: 'closed by Escape' });
      // Focus went back to the field, untouched.
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('ta');
      expect(await page.value('#ta')).toMatch(/^keep this ghp_/);

      await paste('#ta', ` ${fake.githubToken()}`);
      await oneWarning();
      await focusButton('remove');
      await page.press('Enter');
      await waitFor(async () => (await page.value('#ta')).split('ghp_').length === 2, { message: 'second key removed' });
    });

    it('follows its field when the page scrolls and goes away when the field is removed', async () => {
      await open('/form');
      await paste('#ta', fake.githubToken());
      await oneWarning();
      const gap = () => page.evaluate(() => {
        const host = document.querySelector('[data-keywarden="paste-warning"]') as HTMLElement;
        return Math.round(host.getBoundingClientRect().top - document.getElementById('ta')!.getBoundingClientRect().bottom);
      });
      const before = await gap();
      await page.evaluate(() => window.scrollBy(0, 60));
      await waitFor(async () => (await gap()) === before, { message: 'warning moved with the field' });
      expect(await page.evaluate(() => window.scrollY)).toBe(60);
      await page.evaluate(() => document.getElementById('ta')!.remove());
      await waitFor(noWarning, { message: 'gone with its field' });
    });

    it('stays quiet for a key on its provider’s own site (test-only host mapping)', async () => {
      await setLocal(env.ext, { guardTestProviderHosts: { '127.0.0.1': ['github'] } });
      try {
        await open('/form');
        await paste('#ta', fake.githubToken());
        await settle(800);
        expect(await warnings()).toHaveLength(0);
        // Another provider's key on the same site still warns: the guard is running.
        await paste('#inp', fake.stripeSecretKey());
        expect((await oneWarning()).text).toContain('Stripe');
      } finally {
        await setLocal(env.ext, { guardTestProviderHosts: {} });
      }
    });

    it('remembers "keep it (I trust this site)" across a reload', async () => {
      await open('/form');
      await paste('#ta', fake.githubToken());
      await click(await oneWarning(), 'keep');
      await waitFor(noWarning, { message: 'closed' });
      await waitFor(async () => {
        const trusted = (await env.ext.storage()).local.guardTrustedSites as string[] | undefined;
        return trusted?.includes('127.0.0.1');
      }, { message: 'site remembered' });
      await page.reload();
      await paste('#ta', fake.githubToken());
      await settle(800);
      expect(await warnings()).toHaveLength(0);
      await setLocal(env.ext, { guardTrustedSites: [] });
    });

    // Hosts other than 127.0.0.1 are answered by the test itself through request interception
    // (no network): the page's hostname is what the guard classifies.
    it('warns strongly on a public site: a GitHub token on gist.github.com', async () => {
      const origin = 'https://gist.github.com';
      await page.answer(origin, FORM);
      await page.goto(`${origin}/new`);
      await paste('#ta', fake.githubToken());
      const w = await oneWarning();
      expect(w.text).toContain('may become public');
      expect(w.text).not.toContain('IP allowlist');
    });

    it('reminds what to check on an HTTPS third-party site asking for a Kraken key', async () => {
      const origin = 'https://tradingbot.example';
      await page.answer(origin, html('<p>Connect your exchange</p><label for="inp">Kraken private key</label> <input id="inp" size="100">', 'Grid bot'));
      await page.goto(`${origin}/connect`);
      await paste('#inp', fake.krakenPair().privateKey);
      const w = await oneWarning();
      expect(w.text).toContain('Kraken');
      expect(w.text).toContain('tradingbot.example');
      expect(w.text).toContain('IP allowlist');
      expect(w.text).toContain('This page uses HTTPS');
      expect(w.text).not.toContain('may become public');
    });

    it('warns on a bare 64-byte secret pasted alone into an unlabelled field, not on a bare 42-byte value', async () => {
      // The shape of a Kraken private key on a form that does not say what it wants: provider
      // unknown, still a secret. A 42-byte value alone says nothing (docs/ARCHITECTURE.md).
      const origin = 'https://claim-rewards.example';
      await page.answer(origin, html('<p>Verify your wallet to claim</p><input id="inp" size="100">', 'Claim'));
      await page.goto(`${origin}/claim`);
      const pair = fake.krakenPair();
      await paste('#inp', pair.apiKey);
      await settle(500);
      expect(await warnings()).toHaveLength(0);
      await page.fill('#inp', '');
      await paste('#inp', pair.privateKey);
      const w = await oneWarning();
      expect(w.text).toContain('Unrecognised secret');
      expect(w.text).toContain('claim-rewards.example');
    });

    it('does not warn on documentation examples, public-by-design keys, hashes or UUIDs', async () => {
      await open('/form');
      const firebase = `const firebaseConfig = {\n  apiKey: "AIza${fake.chars(WORD, 35)}",\n  authDomain: "acme-app.firebaseapp.com",\n  projectId: "acme-app",\n};`;
      const harmless = [
        `Kraken API private key example: ${KRAKEN_DOC_EXAMPLE}`,
        'aws_access_key_id = AKIAIOSFODNN7EXAMPLE',
        `STRIPE_PUBLISHABLE_KEY=${fake.stripePublishableKey()}`,
        firebase,
        `commit ${fake.hex(40)}`,
        `sha256: ${fake.hex(64)}`,
        `request id ${fake.uuid()}`,
      ];
      for (const text of harmless) {
        await page.fill('#ta', '');
        await paste('#ta', text);
        await settle(500);
        expect(await warnings(), text).toHaveLength(0);
      }
      // Held-out corpus pastes with their real keys cut out: only decoys remain.
      for (const d of buildCorpus('holdout').slice(0, 12)) {
        const cuts = d.labels.filter((l) => l.type !== 'decoy').sort((a, b) => b.start - a.start);
        let text = d.text;
        for (const l of cuts) text = text.slice(0, l.start) + text.slice(l.end);
        await page.fill('#ta', '');
        await paste('#ta', text);
        await settle(500);
        expect(await warnings(), d.name).toHaveLength(0);
      }
      // And the guard was alive all along.
      await paste('#ta', fake.githubToken());
      await oneWarning();
    });
  });
});
