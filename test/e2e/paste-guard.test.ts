// Paste and typing guard in real Chromium: pages on 127.0.0.1, real clipboard pastes (Control+V
// after navigator.clipboard.writeText, with clipboard permissions granted), real typing
// (keyboard.type), and a real React controlled input. The warning's shadow root is closed, so the
// test reads and clicks it through the DevTools protocol (DOM.getDocument with pierce: true).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomBytes, randomUUID } from 'node:crypto';
import { build } from 'esbuild';
import type { CDPSession, Page } from 'playwright-core';
import { html, launchChromium, REPO_ROOT, servePages, settle, waitFor, type ChromiumExtension, type Site } from './harness';
import { fakeKeys, KRAKEN_DOC_EXAMPLE } from '../support/keys';
import { buildCorpus } from '../corpus/generate';

const fake = fakeKeys(17);

const FORM = html(`
  <label for="ta">Notes</label><textarea id="ta" rows="6" cols="70"></textarea>
  <p><label for="inp">API key</label> <input id="inp" type="text" size="60"></p>
  <div id="ce" contenteditable="true" style="min-height:40px;border:1px solid #999"></div>
  <div id="rich" contenteditable="true" role="textbox" aria-label="Message"
       style="min-height:40px;border:1px solid #999"><p>Hello <b>there</b></p><p id="second">see: </p></div>
  <p style="height:2000px">tall</p>`, 'Bot settings');

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

interface WarningView {
  text: string;
  buttons: Record<string, { x: number; y: number; nodeId: number; expanded?: string }>;
}

interface CdpNode {
  nodeId: number;
  nodeType: number;
  localName?: string;
  nodeValue?: string;
  attributes?: string[];
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
}

let ext: ChromiumExtension;
let site: Site;
let page: Page;
let cdp: CDPSession;

/** Every paste warning on the page, read through its closed shadow root. */
async function warnings(): Promise<WarningView[]> {
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
  const hosts: CdpNode[] = [];
  const walk = (n: CdpNode) => {
    const attrs = n.attributes ?? [];
    if (attrs.some((a, i) => i % 2 === 0 && a === 'data-keywarden' && attrs[i + 1] === 'paste-warning')) hosts.push(n);
    for (const c of [...(n.children ?? []), ...(n.shadowRoots ?? [])]) walk(c);
  };
  walk(root);
  const views: WarningView[] = [];
  for (const host of hosts) {
    const texts: string[] = [];
    const buttons: WarningView['buttons'] = {};
    const visit = async (n: CdpNode) => {
      if (n.localName === 'style') return;
      if (n.nodeType === 3 && n.nodeValue) texts.push(n.nodeValue);
      const attrs = n.attributes ?? [];
      const action = attrs[attrs.indexOf('data-action') + 1];
      if (n.localName === 'button' && attrs.includes('data-action') && action) {
        const { model } = (await cdp.send('DOM.getBoxModel', { nodeId: n.nodeId })) as { model: { content: number[] } };
        const q = model.content;
        const expanded = attrs.indexOf('aria-expanded');
        buttons[action] = {
          x: ((q[0] ?? 0) + (q[4] ?? 0)) / 2,
          y: ((q[1] ?? 0) + (q[5] ?? 0)) / 2,
          nodeId: n.nodeId,
          ...(expanded >= 0 ? { expanded: attrs[expanded + 1] } : {}),
        };
      }
      for (const c of [...(n.children ?? []), ...(n.shadowRoots ?? [])]) await visit(c);
    };
    await visit(host);
    views.push({ text: texts.join(' '), buttons });
  }
  return views;
}

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
  await page.mouse.click(b.x, b.y);
}

/** A real paste: the system clipboard, then Control+V in the focused field. */
async function paste(selector: string, text: string): Promise<void> {
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await page.focus(selector);
  await page.keyboard.press('Control+V');
}

async function open(path: string): Promise<void> {
  await page.goto(site.url(path));
  cdp = await ext.context.newCDPSession(page);
}

async function setLocal(values: Record<string, unknown>): Promise<void> {
  await ext.evaluate((v) => chrome.storage.local.set(v), values);
}

beforeAll(async () => {
  const bundle = await build({
    stdin: { contents: REACT_APP, resolveDir: REPO_ROOT, loader: 'jsx' },
    bundle: true, write: false, format: 'iife', define: { 'process.env.NODE_ENV': '"production"' }, logLevel: 'error',
  });
  site = await servePages({
    '/form': FORM,
    '/react': html('<div id="root"></div><script src="/react.js"></script>', 'Connect your exchange'),
    '/react.js': { body: bundle.outputFiles[0]?.text ?? '', type: 'text/javascript' },
  });
  ext = await launchChromium();
  await ext.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.origin });
  page = await ext.context.newPage();
});

afterAll(async () => {
  await ext?.close();
  await site?.close();
});

describe('paste guard (Chromium)', () => {
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
    expect(await page.inputValue('#ta')).toContain(kraken.privateKey);
  });

  it('removes exactly the key from an input, keeps the rest, and counts the kept-out paste', async () => {
    await open('/form');
    const token = fake.githubToken();
    await page.fill('#inp', 'token=');
    await page.focus('#inp');
    await page.keyboard.press('End');
    await paste('#inp', token);
    await page.keyboard.type(' # ci');
    await click(await oneWarning(), 'remove');
    expect(await page.inputValue('#inp')).toBe('token= # ci');
    await waitFor(async () => await warnings().then((w) => w.length === 0), { message: 'warning gone' });
    await waitFor(async () => {
      const totals = (await ext.storage()).local.totals as { pastesKeptOut?: number } | undefined;
      return totals?.pastesKeptOut === 1;
    }, { message: 'pastesKeptOut = 1' });
  });

  it('warns on a paste into a contenteditable and removes the key from it', async () => {
    await open('/form');
    const secret = fake.stripeSecretKey();
    await page.focus('#ce');
    await page.keyboard.type('pay with ');
    await paste('#ce', secret);
    await page.keyboard.type(' ok');
    await click(await oneWarning(), 'remove');
    await waitFor(async () => (await page.textContent('#ce'))?.includes(secret) === false, { message: 'key removed' });
    expect((await page.textContent('#ce'))?.replace(/\s+/g, ' ')).toBe('pay with ok');
  });

  it('warns on a paste into a rich editor block (role=textbox, nested paragraphs)', async () => {
    await open('/form');
    const token = fake.githubToken();
    await page.click('#second');
    await page.keyboard.press('End');
    await paste('#rich', token);
    const w = await oneWarning();
    expect(w.text).toContain('GitHub');
    await click(w, 'remove');
    await waitFor(async () => (await page.textContent('#rich'))?.includes(token) === false, { message: 'key removed' });
    expect(await page.textContent('#rich')).toContain('Hello there');
  });

  it('removes a key from a React controlled input so that React state follows', async () => {
    await open('/react');
    await page.waitForSelector('#rin');
    const kraken = fake.krakenPair();
    await page.focus('#rin');
    await page.keyboard.press('End');
    await paste('#rin', kraken.privateKey);
    await waitFor(async () => (await page.textContent('#state'))?.includes(kraken.privateKey), { message: 'React saw the paste' });
    await click(await oneWarning(), 'remove');
    await waitFor(async () => (await page.textContent('#state')) === 'secret: ', { message: 'React state without the key' });
    expect(await page.inputValue('#rin')).toBe('secret: ');
    // React still owns the input: typing goes through its state as before.
    await page.keyboard.type('x');
    await waitFor(async () => (await page.textContent('#state')) === 'secret: x', { message: 'React still updates' });
  });

  it('warns on a key typed character by character, and goes away when the key is deleted', async () => {
    await open('/form');
    const token = fake.githubToken();
    await page.focus('#ta');
    await page.keyboard.type(`export GH_TOKEN=${token}`);
    await oneWarning();
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Delete');
    await waitFor(async () => await warnings().then((w) => w.length === 0), { message: 'warning gone with the key' });
  });

  it('closes on Escape and does not come back for the same key', async () => {
    await open('/form');
    await paste('#ta', fake.githubToken());
    await oneWarning();
    await page.keyboard.press('Escape');
    await waitFor(async () => await warnings().then((w) => w.length === 0), { message: 'closed' });
    await page.keyboard.type(' more text');
    await settle(700);
    expect(await warnings()).toHaveLength(0);
  });

  it('works from the keyboard: Enter on a focused button, Escape from inside the warning', async () => {
    await open('/form');
    await page.fill('#ta', 'keep this ');
    await page.focus('#ta');
    await page.keyboard.press('End');
    await paste('#ta', fake.githubToken());
    let w = await oneWarning();
    expect(w.buttons['learn-more']?.expanded).toBe('false');
    await cdp.send('DOM.focus', { nodeId: w.buttons['learn-more']!.nodeId });
    await page.keyboard.press('Enter');
    w = await oneWarning();
    expect(w.buttons['learn-more']?.expanded).toBe('true');
    await page.keyboard.press('Escape');
    await waitFor(async () => await warnings().then((v) => v.length === 0), { message: 'closed by Escape' });
    // Focus went back to the field, untouched.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('ta');
    expect(await page.inputValue('#ta')).toMatch(/^keep this ghp_/);

    await paste('#ta', ` ${fake.githubToken()}`);
    w = await oneWarning();
    await cdp.send('DOM.focus', { nodeId: w.buttons.remove!.nodeId });
    await page.keyboard.press('Enter');
    await waitFor(async () => (await page.inputValue('#ta')).split('ghp_').length === 2, { message: 'second key removed' });
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
    await waitFor(async () => await warnings().then((v) => v.length === 0), { message: 'gone with its field' });
  });

  it('stays quiet for a key on its provider’s own site (test-only host mapping)', async () => {
    await setLocal({ guardTestProviderHosts: { '127.0.0.1': ['github'] } });
    try {
      await open('/form');
      await paste('#ta', fake.githubToken());
      await settle(800);
      expect(await warnings()).toHaveLength(0);
      // Another provider's key on the same site still warns: the guard is running.
      await paste('#inp', fake.stripeSecretKey());
      expect((await oneWarning()).text).toContain('Stripe');
    } finally {
      await setLocal({ guardTestProviderHosts: {} });
    }
  });

  it('remembers "keep it (I trust this site)" across a reload', async () => {
    await open('/form');
    await paste('#ta', fake.githubToken());
    await click(await oneWarning(), 'keep');
    await waitFor(async () => await warnings().then((w) => w.length === 0), { message: 'closed' });
    await waitFor(async () => {
      const trusted = (await ext.storage()).local.guardTrustedSites as string[] | undefined;
      return trusted?.includes('127.0.0.1');
    }, { message: 'site remembered' });
    await page.reload();
    cdp = await ext.context.newCDPSession(page);
    await paste('#ta', fake.githubToken());
    await settle(800);
    expect(await warnings()).toHaveLength(0);
    await setLocal({ guardTrustedSites: [] });
  });

  // Hosts other than 127.0.0.1 are answered by the test itself through Playwright's request
  // interception (no network): the page's hostname is what the guard classifies.
  it('warns strongly on a public site: a GitHub token on gist.github.com', async () => {
    const origin = 'https://gist.github.com';
    await page.route(`${origin}/**`, (route) => route.fulfill({ body: FORM, contentType: 'text/html' }));
    await ext.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
    try {
      await page.goto(`${origin}/new`);
      cdp = await ext.context.newCDPSession(page);
      await paste('#ta', fake.githubToken());
      const w = await oneWarning();
      expect(w.text).toContain('may become public');
      expect(w.text).not.toContain('IP allowlist');
    } finally {
      await page.unroute(`${origin}/**`);
    }
  });

  it('reminds what to check on an HTTPS third-party site asking for a Kraken key', async () => {
    const origin = 'https://tradingbot.example';
    const connect = html('<p>Connect your exchange</p><label for="inp">Kraken private key</label> <input id="inp" size="100">', 'Grid bot');
    await page.route(`${origin}/**`, (route) => route.fulfill({ body: connect, contentType: 'text/html' }));
    await ext.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
    try {
      await page.goto(`${origin}/connect`);
      cdp = await ext.context.newCDPSession(page);
      await paste('#inp', fake.krakenPair().privateKey);
      const w = await oneWarning();
      expect(w.text).toContain('Kraken');
      expect(w.text).toContain('tradingbot.example');
      expect(w.text).toContain('IP allowlist');
      expect(w.text).toContain('This page uses HTTPS');
      expect(w.text).not.toContain('may become public');
    } finally {
      await page.unroute(`${origin}/**`);
    }
  });

  it('does not warn on documentation examples, public-by-design keys, hashes or UUIDs', async () => {
    await open('/form');
    const firebase = `const firebaseConfig = {\n  apiKey: "AIza${randomBytes(26).toString('base64url').slice(0, 35)}",\n  authDomain: "acme-app.firebaseapp.com",\n  projectId: "acme-app",\n};`;
    const harmless = [
      `Kraken API private key example: ${KRAKEN_DOC_EXAMPLE}`,
      'aws_access_key_id = AKIAIOSFODNN7EXAMPLE',
      `STRIPE_PUBLISHABLE_KEY=${fake.stripePublishableKey()}`,
      firebase,
      `commit ${fake.hex(40)}`,
      `sha256: ${fake.hex(64)}`,
      `request id ${randomUUID()}`,
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
