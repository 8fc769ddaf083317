// The pause rule in real Chromium and Firefox ESR: the user pauses the site they see in the tab
// (127.0.0.1), and inside a frame from another site (localhost, another server) neither the scanner
// nor the paste guard's API-key warning acts; a recovery phrase pasted there still warns (no website
// asks for one). Before the rule was one function, the guard judged the frame's own host and
// warned. Pastes are real: a click into the frame's field, then Control+V.
// Run: npm run build && npx vitest run -c vitest.e2e.config.ts test/e2e/pause.test.ts
import { beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, type Tab } from './driver';
import { html, settle, waitFor } from './harness';
import { badgeBecomes, setPausedSites, useExtension } from './helpers';
import { fakeKeys } from '../support/keys';
import { fakeWallet } from '../corpus/wallet/fake-wallet';
import { tabKey } from '../../src/shared/storage';

const fake = fakeKeys(25);
const wallet = fakeWallet(26);

describe.each(BROWSERS)('%s: pausing the site the tab shows', (browser) => {
  const env = useExtension(browser, { sites: { site: {}, widgets: {} } });

  beforeAll(() => {
    // Here, not in useExtension's routes: the key is drawn from the file's stream when the block runs.
    env.widgets.set('/embed', html(`<p>Widget config: ${fake.githubToken()}</p><label for="ta">Notes</label><textarea id="ta"></textarea>`, 'Widget'));
    // The frame comes from another host name, not only another port.
    env.site.set('/page', html(`<h1>Dashboard</h1><iframe src="http://localhost:${env.widgets.port}/embed" width="600" height="300"></iframe>`));
  });

  /** The frame's answer to `fn` (the page has one frame). */
  const inFrame = async <R>(tab: Tab, fn: () => R): Promise<R> => (await tab.evaluateInFrames(fn))[0] as R;

  async function openPage(): Promise<{ tab: Tab; tabId: number }> {
    const opened = await env.ext.open(env.site.url('/page'));
    await waitFor(() => inFrame(opened.tab, () => !!document.querySelector('#ta')), { message: 'the frame\'s field' });
    return opened;
  }

  /** A real paste into the frame's field: the text on the clipboard, a click on the field, Control+V. */
  async function pasteInFrame(tab: Tab, text: string): Promise<void> {
    await env.ext.setClipboard(tab, text);
    const frame = await tab.evaluate(() => document.querySelector('iframe')!.getBoundingClientRect().toJSON() as DOMRect);
    const field = await inFrame(tab, () => document.querySelector('#ta')!.getBoundingClientRect().toJSON() as DOMRect);
    await tab.clickAt(frame.x + field.x + field.width / 2, frame.y + field.y + field.height / 2);
    await waitFor(() => inFrame(tab, () => document.activeElement?.id === 'ta'), { message: 'the frame\'s field focused' });
    await tab.press('Control+V');
  }

  const warningsIn = (tab: Tab) => inFrame(tab, () => document.querySelectorAll('[data-keywarden="paste-warning"]').length);

  it('without a pause, the frame is scanned and its guard warns (the test can tell)', async () => {
    await setPausedSites(env.ext, []);
    const { tab, tabId } = await openPage();
    await badgeBecomes(env.ext, tabId, '1');
    await pasteInFrame(tab, `token ${fake.githubToken()}`);
    await waitFor(async () => (await warningsIn(tab)) === 1, { message: 'a warning in the frame' });
    await tab.close();
  });

  it('stops the scanner and the paste guard inside a cross-origin frame', async () => {
    await setPausedSites(env.ext, ['127.0.0.1']);
    const { tab, tabId } = await openPage();
    await pasteInFrame(tab, `token ${fake.githubToken()}`);
    await settle(1500);
    expect(await warningsIn(tab)).toBe(0);
    // The paste went through: the guard stood aside, nothing else stopped it.
    expect(await inFrame(tab, () => (document.querySelector('#ta') as HTMLTextAreaElement).value)).toMatch(/^token gh/);
    expect(await env.ext.badgeText(tabId)).toBe('');
    expect((await env.ext.storage()).session[tabKey(tabId)]).toBeUndefined();
    await tab.close();
  });

  it('on a paused site an API key pasted there does not warn, a recovery phrase still does', async () => {
    await setPausedSites(env.ext, ['127.0.0.1']);
    const { tab, tabId } = await openPage();
    await pasteInFrame(tab, `token ${fake.githubToken()}`);
    await settle(1500);
    expect(await warningsIn(tab)).toBe(0);
    await inFrame(tab, () => {
      (document.querySelector('#ta') as HTMLTextAreaElement).value = '';
    });
    // Nothing but the phrase: the one warning can only be the wallet one.
    await pasteInFrame(tab, `my words are ${wallet.phrase('en', 12)}`);
    await waitFor(async () => (await warningsIn(tab)) === 1, { message: 'a wallet warning in the paused frame' });
    // Still paused for everything else: no badge, no tab state.
    expect(await env.ext.badgeText(tabId)).toBe('');
    expect((await env.ext.storage()).session[tabKey(tabId)]).toBeUndefined();
    await tab.close();
  });

  it('pausing the frame’s site does not pause the page around it', async () => {
    await setPausedSites(env.ext, ['localhost']);
    const { tab, tabId } = await openPage();
    await badgeBecomes(env.ext, tabId, '1');
    await pasteInFrame(tab, `token ${fake.githubToken()}`);
    await waitFor(async () => (await warningsIn(tab)) === 1, { message: 'a warning in the frame' });
    await tab.close();
    await setPausedSites(env.ext, []);
  });
});
