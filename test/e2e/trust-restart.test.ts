// An extension update plus a browser restart keeps settings, checklist ticks and dismissals: the
// same Chromium profile is launched twice, with the extension's version bumped in between (what an
// update from the store does). The harness starts a fresh profile per launch, so this file launches
// Chromium itself with the harness's flags and a profile it keeps.
// Run: npm run build && npx vitest run -c vitest.e2e.config.ts test/e2e/trust-restart.test.ts
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { CHROMIUM_PATH, html, servePages, waitFor, type Site } from './harness';
import { fakeKeys } from '../support/keys';
import { ready, snapshotExtension } from './popup-helpers';

const fake = fakeKeys(20);

let site: Site;
let profile: string;
let snapshot: Awaited<ReturnType<typeof snapshotExtension>>;

async function launch(): Promise<{ context: BrowserContext; worker: Worker; id: string }> {
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--headless=new', `--disable-extensions-except=${snapshot.dir}`, `--load-extension=${snapshot.dir}`, '--no-sandbox',
      '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run',
    ],
  });
  const isOurs = (w: Worker) => w.url().startsWith('chrome-extension://');
  const worker = context.serviceWorkers().find(isOurs)
    ?? await context.waitForEvent('serviceworker', { predicate: isOurs, timeout: 20_000 });
  return { context, worker, id: new URL(worker.url()).host };
}

async function badge(context: BrowserContext, url: string): Promise<string> {
  const worker = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
  if (!worker) return '';
  return worker.evaluate(async (u) => {
    const tab = (await chrome.tabs.query({})).find((t) => t.url === u);
    return tab?.id === undefined ? '' : chrome.action.getBadgeText({ tabId: tab.id });
  }, url);
}

async function localStorageOf(context: BrowserContext, id: string): Promise<Record<string, unknown>> {
  const page = await context.newPage();
  try {
    await page.goto(`chrome-extension://${id}/options.html`);
    return await page.evaluate(async () => ({ ...await chrome.storage.local.get(null), version: chrome.runtime.getManifest().version }));
  } finally {
    await page.close();
  }
}

beforeAll(async () => {
  snapshot = await snapshotExtension();
  profile = await mkdtemp(join(tmpdir(), 'kw-profile-'));
  site = await servePages({ '/two': html(`<p>GitHub token ${fake.githubToken()}</p><p>Stripe key ${fake.stripeSecretKey()}</p>`) });
});

afterAll(async () => {
  await site?.close();
  await snapshot?.remove();
  await rm(profile, { recursive: true, force: true });
});

describe('update and browser restart', () => {
  it('keep settings, checklist ticks and dismissals', async () => {
    const first = await launch();
    let before: Record<string, unknown>;
    try {
      const page = await first.context.newPage();
      await page.goto(site.url('/two'));
      await waitFor(async () => (await badge(first.context, site.url('/two'))) === '2', { message: 'badge 2' });
      const tabId = await first.worker.evaluate(async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id ?? -1, site.url('/two'));

      const popup = await first.context.newPage();
      await popup.goto(`chrome-extension://${first.id}/popup.html?tab=${tabId}`);
      await ready(popup);
      await popup.getByTestId('finding').filter({ hasText: 'GitHub' }).locator('[data-action="not-a-secret"]').click();
      await popup.locator('#checklist > summary').click();
      await popup.locator('label[for="chk-passwordManager"]').click();
      await waitFor(async () => (await badge(first.context, site.url('/two'))) === '1', { message: 'badge after dismissal' });
      await popup.close();

      const options = await first.context.newPage();
      await options.goto(`chrome-extension://${first.id}/options.html`);
      await ready(options);
      await options.locator('#opt-notice').uncheck();
      await waitFor(async () => ((await localStorageOf(first.context, first.id)).settings as { notice?: boolean } | undefined)?.notice === false,
        { message: 'notice setting saved' });
      before = await localStorageOf(first.context, first.id);
    } finally {
      await first.context.close();
    }
    expect(before.checklist).toEqual({ passwordManager: true });
    expect(Object.keys(before.dismissed as object)).toHaveLength(1);

    // The store delivers a new version: same extension, same profile, higher version number.
    const manifestPath = join(snapshot.dir, 'manifest.json');
    const manifest = JSON.parse(await readFile(manifestPath, 'utf8')) as { version: string };
    manifest.version = manifest.version.replace(/\d+$/, (n) => String(Number(n) + 1));
    await writeFile(manifestPath, JSON.stringify(manifest));

    const second = await launch();
    try {
      expect(second.id).toBe(first.id);
      const after = await localStorageOf(second.context, second.id);
      expect(after.version).toBe(manifest.version);
      for (const key of ['settings', 'checklist', 'dismissed', 'salt', 'totals']) expect(after[key], key).toEqual(before[key]);
      // Same salt, so the same fingerprint: the dismissed key stays dismissed on a fresh visit.
      const page = await second.context.newPage();
      await page.goto(site.url('/two'));
      await waitFor(async () => (await badge(second.context, site.url('/two'))) === '1', { timeout: 20_000, message: 'badge 1 after restart' });
    } finally {
      await second.context.close();
    }
  });
});
