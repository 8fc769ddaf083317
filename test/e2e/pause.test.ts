// The pause rule in real Chromium: the user pauses the site they see in the tab (127.0.0.1), and
// inside a frame from another site (localhost, another server) neither the scanner nor the paste
// guard acts. Before the rule was one function, the guard judged the frame's own host and warned.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { html, launchChromium, servePages, settle, waitFor, type ChromiumExtension, type Site } from './harness';
import { githubToken } from './keys';
import { pasteInPage } from './synthetic-paste';

let ext: ChromiumExtension;
let site: Site;
let widgets: Site;

beforeAll(async () => {
  site = await servePages();
  widgets = await servePages({
    '/embed': html(`<p>Widget config: ${githubToken()}</p><label for="ta">Notes</label><textarea id="ta"></textarea>`, 'Widget'),
  });
  // The frame comes from another host name, not only another port.
  site.set('/page', html(`<h1>Dashboard</h1><iframe src="http://localhost:${widgets.port}/embed" width="600" height="300"></iframe>`));
  ext = await launchChromium();
});

afterAll(async () => {
  await ext?.close();
  await site?.close();
  await widgets?.close();
});

const setPaused = (sites: string[]) => ext.evaluate((s) => chrome.storage.local.set({ settings: { pausedSites: s } }), sites);

async function openPage(): Promise<{ page: Page; frame: Frame; tabId: number }> {
  const page = await ext.context.newPage();
  await page.goto(site.url('/page'));
  const frame = (await waitFor(() => page.frames().find((f) => f.url().startsWith('http://localhost:')), { message: 'the frame' }))!;
  await frame.waitForSelector('#ta');
  return { page, frame, tabId: await ext.tabIdOf(page) };
}

const pasteInFrame = (frame: Frame, text: string) => frame.evaluate(pasteInPage, { selector: '#ta', text });

const warningsIn = (frame: Frame) => frame.evaluate(() => document.querySelectorAll('[data-keywarden="paste-warning"]').length);

describe('pausing the site the tab shows', () => {
  it('without a pause, the frame is scanned and its guard warns (the test can tell)', async () => {
    await setPaused([]);
    const { page, frame, tabId } = await openPage();
    await waitFor(async () => (await ext.badgeText(tabId)) === '1', { message: 'the frame key counted' });
    await pasteInFrame(frame, `token ${githubToken()}`);
    await waitFor(async () => (await warningsIn(frame)) === 1, { message: 'a warning in the frame' });
    await page.close();
  });

  it('stops the scanner and the paste guard inside a cross-origin frame', async () => {
    await setPaused(['127.0.0.1']);
    const { page, frame, tabId } = await openPage();
    await pasteInFrame(frame, `token ${githubToken()}`);
    await settle(1500);
    expect(await warningsIn(frame)).toBe(0);
    expect(await ext.badgeText(tabId)).toBe('');
    expect((await ext.storage()).session[`tab:${tabId}`]).toBeUndefined();
    await page.close();
  });

  it('pausing the frame’s site does not pause the page around it', async () => {
    await setPaused(['localhost']);
    const { page, frame, tabId } = await openPage();
    await waitFor(async () => (await ext.badgeText(tabId)) === '1', { message: 'the frame key counted' });
    await pasteInFrame(frame, `token ${githubToken()}`);
    await waitFor(async () => (await warningsIn(frame)) === 1, { message: 'a warning in the frame' });
    await page.close();
    await setPaused([]);
  });
});
