// Paste guard in Firefox ESR (WebDriver BiDi). The paste is simulated as the browser performs it:
// a paste ClipboardEvent carrying a DataTransfer on the field, then the insertion itself through
// execCommand('insertText'), which fires beforeinput/input like a real paste's insertion.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { html, launchFirefox, servePages, settle, waitFor, type FirefoxExtension, type Site } from './harness';
import { fakeKeys, KRAKEN_DOC_EXAMPLE } from '../support/keys';

const fake = fakeKeys(16);

let ff: FirefoxExtension;
let site: Site;
let page: Page;

async function paste(selector: string, text: string): Promise<void> {
  await page.focus(selector);
  await page.evaluate((sel: string, t: string) => {
    const field = document.querySelector(sel) as HTMLElement;
    const data = new DataTransfer();
    data.setData('text/plain', t);
    const event = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true });
    if (field.dispatchEvent(event)) document.execCommand('insertText', false, t);
  }, selector, text);
}

const warningCount = (): Promise<number> =>
  page.evaluate(() => document.querySelectorAll('[data-keywarden="paste-warning"]').length);

beforeAll(async () => {
  site = await servePages({
    '/form': html('<label for="ta">Notes</label><textarea id="ta" rows="6" cols="70"></textarea>'),
    '/fields': html(`<label for="in">Token</label><input id="in" size="60">
      <div id="ce" contenteditable="true" role="textbox" aria-label="Message" style="min-height:3em;border:1px solid"></div>
      <label for="typed">Config</label><textarea id="typed" rows="4" cols="70"></textarea>`),
  });
  ff = await launchFirefox();
  page = await ff.newPage();
});

afterAll(async () => {
  await ff?.close();
  await site?.close();
});

describe('paste guard (Firefox ESR)', () => {
  it('warns on a key pasted into a textarea, not on a documentation example', async () => {
    await page.goto(site.url('/form'));
    await paste('#ta', `Kraken private key: ${KRAKEN_DOC_EXAMPLE}`);
    await settle(800);
    expect(await warningCount()).toBe(0);

    await paste('#ta', `\nGH_TOKEN=${fake.githubToken()}`);
    await waitFor(async () => (await warningCount()) === 1, { message: 'a paste warning' });
    // The warning sits next to the field, not somewhere off-screen.
    const placed = await page.evaluate(() => {
      const host = document.querySelector('[data-keywarden="paste-warning"]') as HTMLElement;
      const r = host.getBoundingClientRect();
      const f = (document.querySelector('#ta') as HTMLElement).getBoundingClientRect();
      return { width: r.width, nearField: Math.abs(r.top - f.bottom) < 20, closed: host.shadowRoot === null };
    });
    expect(placed.width).toBeGreaterThan(100);
    expect(placed.nearField).toBe(true);
    expect(placed.closed).toBe(true);
  });

  it('warns on a key pasted into an input and a contenteditable, and on a typed key', async () => {
    for (const selector of ['#in', '#ce']) {
      await page.goto(site.url('/fields'));
      await paste(selector, fake.githubToken());
      await waitFor(async () => (await warningCount()) === 1, { message: `a paste warning for ${selector}` });
    }
    await page.goto(site.url('/fields'));
    await page.focus('#typed');
    await page.keyboard.type(`token: ${fake.githubToken()} `);
    await waitFor(async () => (await warningCount()) === 1, { message: 'a warning for a typed key' });
  });
});
