// An extension update plus a browser restart keeps settings, checklist ticks and dismissals, in
// Chromium and Firefox ESR: the same profile is launched twice, with the extension's version bumped
// in between (what an update from the store does). Firefox installs the add-on permanently in a
// kept profile (a temporary add-on would be gone after the restart).
// Run: npm run build && npx vitest run -c vitest.e2e.config.ts test/e2e/trust-restart.test.ts
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BROWSERS, launch, snapshotExtension, type ExtensionDriver } from './driver';
import { html, servePages, type Site } from './harness';
import { badgeBecomes, ready } from './helpers';
import { fakeKeys } from '../support/keys';

const fake = fakeKeys(20);

describe.each(BROWSERS)('%s', (browser) => {
  let site: Site;
  let profile: string;
  let snapshot: Awaited<ReturnType<typeof snapshotExtension>>;

  beforeAll(async () => {
    snapshot = await snapshotExtension(browser);
    profile = await mkdtemp(join(tmpdir(), 'kw-profile-'));
    site = await servePages({ '/two': html(`<p>GitHub token ${fake.githubToken()}</p><p>Stripe key ${fake.stripeSecretKey()}</p>`) });
  });

  afterAll(async () => {
    await site?.close();
    await snapshot?.remove();
    await rm(profile, { recursive: true, force: true });
  });

  /** storage.local and the running version, as the extension sees them. */
  const localAndVersion = (ext: ExtensionDriver): Promise<Record<string, unknown>> =>
    ext.run(async () => ({ ...await chrome.storage.local.get(null), version: chrome.runtime.getManifest().version }));

  describe('update and browser restart', () => {
    it('keep settings, checklist ticks and dismissals', async () => {
      const first = await launch(browser, { extensionDir: snapshot.dir, profileDir: profile });
      let before: Record<string, unknown>;
      let baseUrl: string;
      try {
        baseUrl = first.baseUrl;
        const { tabId } = await first.open(site.url('/two'));
        await badgeBecomes(first, tabId, '2');

        const popup = await first.openPopup(tabId);
        await ready(popup);
        await popup.click({ css: '[data-testid="finding"]', hasText: 'GitHub', inner: '[data-action="not-a-secret"]' });
        await popup.click('#checklist > summary');
        await popup.click('label[for="chk-passwordManager"]');
        await badgeBecomes(first, tabId, '1');
        await popup.close();

        const options = await first.openExtensionPage('options.html');
        await ready(options);
        await options.click('label[for="opt-notice"]');
        await expect.poll(async () => ((await localAndVersion(first)).settings as { notice?: boolean } | undefined)?.notice,
          { message: 'notice setting saved' }).toBe(false);
        before = await localAndVersion(first);
      } finally {
        await first.close();
      }
      expect(before.checklist).toEqual({ passwordManager: true });
      expect(Object.keys(before.dismissed as object)).toHaveLength(1);

      // The store delivers a new version: same extension, same profile, higher version number.
      const manifestPath = join(snapshot.dir, 'manifest.json');
      const manifest = JSON.parse(await readFile(manifestPath, 'utf8')) as { version: string };
      manifest.version = manifest.version.replace(/\d+$/, (n) => String(Number(n) + 1));
      await writeFile(manifestPath, JSON.stringify(manifest));

      const second = await launch(browser, { extensionDir: snapshot.dir, profileDir: profile });
      try {
        expect(second.baseUrl).toBe(baseUrl);
        const after = await localAndVersion(second);
        expect(after.version).toBe(manifest.version);
        for (const key of ['settings', 'checklist', 'dismissed', 'salt', 'totals']) expect(after[key], key).toEqual(before[key]);
        // Same salt, so the same fingerprint: the dismissed key stays dismissed on a fresh visit.
        const { tabId } = await second.open(site.url('/two'));
        await badgeBecomes(second, tabId, '1', 20_000);
      } finally {
        await second.close();
      }
    });
  });
});
