// The page's own script files, in real Chromium and Firefox ESR (issue 15). With the defaults the
// content script reads what the browser's cache already holds (same-origin scripts, cross-origin ones
// the page fetched with CORS) and data:/blob: scripts, and the extension makes not one request the
// pages did not make. With "Also check script files that need downloading again" on, the rest is
// downloaded once each, without cookies, never for a paused site. Real third-party bundles raise
// nothing, and no piece of a key reaches storage.
// Run: npm run build && npx vitest run -c vitest.e2e.config.ts test/e2e/script-files.test.ts
import { beforeAll, describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { STORAGE_KEYS, type ScriptFileCounts } from '../../src/shared/storage';
import { BROWSERS } from './driver';
import { html, settle, waitFor, type Served, type Site } from './harness';
import { alerting, badgeBecomes, ready, setLocal, tabState, useExtension } from './helpers';
import { fakeKeys, keyBody, keyFragmentsIn } from '../support/keys';
import { thirdPartyFiles } from '../corpus/third-party';

const fake = fakeKeys(15);
// An expression, not a declaration: valid again and again in a classic script and a module.
const CODE = 'void function(b,c){return b.map(function(d){return d+c})};';
const CACHED = { 'cache-control': 'max-age=3600' };
const CORS = { 'access-control-allow-origin': '*', 'timing-allow-origin': '*' };

/** A minified-looking bundle of about `kb` kB whose third line assigns `key`; `tail` kB follow it. */
function bundle(key: string, kb = 20, tail = 1): string {
  const fill = (n: number) => CODE.repeat(Math.ceil((n * 1024) / CODE.length));
  return `${fill(kb)}\n${CODE}\nvar cfg={env:"prod",token:"${key}"};\n${fill(tail)}`;
}

const js = (body: string, headers: Record<string, string> = CACHED): Served => ({ type: 'text/javascript', body, headers });

/** The column (1-based) of `key` on the bundle's third line. */
const columnOf = (text: string, key: string) => text.split('\n')[2]!.indexOf(key) + 1;

describe.each(BROWSERS)('%s', (browser) => {
  // No ext.observe() here: in Chromium its request routing turns the HTTP cache off, and reading
  // from the cache is what is tested. The two servers' logs are the record of every request.
  // `other` is another origin: a second port on 127.0.0.1.
  const env = useExtension(browser, { sites: { site: {}, other: {} } });
  const planted: string[] = [];
  const plant = (key: string) => (planted.push(key), key);

  const counts = async (): Promise<ScriptFileCounts> =>
    (await env.ext.storage()).session[STORAGE_KEYS.scriptFiles] as ScriptFileCounts;
  /** Headers of each request for `path`, in order: the page's own first. */
  const asked = (s: Site, path: string) => s.received.filter((r) => r.path === path).map((r) => r.headers);
  const timesServed = (s: Site, path: string) => s.requests.filter((p) => p === path).length;

  /** No piece of a planted key in any storage area (checked while the tabs' findings are there, and at the end). */
  async function noKeyInStorage(): Promise<void> {
    expect(keyFragmentsIn(JSON.stringify(await env.ext.storage()), planted.map(keyBody))).toEqual([]);
  }

  describe('with the defaults', () => {
    const app = plant(fake.githubToken());
    // A source-map URL is not followed: the server would log a request for it.
    const appText = `${bundle(app)}\n//# sourceMappingURL=app.3f9c.js.map`;
    const module = plant(fake.stripeSecretKey());
    const imported = plant(fake.githubToken('ghs'));
    const late = plant(fake.githubToken());
    const big = plant(fake.stripeSecretKey());
    const blob = plant(fake.githubToken());
    const data = plant(fake.githubToken('gho'));
    const cors = plant(fake.githubToken());
    const noCors = plant(fake.stripeSecretKey());
    const noStore = plant(fake.githubToken());

    // Keys in the cache or in the page: app, module, imported, late, big (5 MB, the key near the end), blob, data.
    const readable = 7;

    beforeAll(() => {
      env.site.set('/app.3f9c.js', js(appText));
      env.site.set('/mod.js', js(`import "./dep.js";\n${bundle(module, 4)}`));
      env.site.set('/dep.js', js(bundle(imported, 4)));
      env.site.set('/late.js', js(bundle(late, 4)));
      env.site.set('/big.js', js(bundle(big, 5 * 1024 - 8, 4)));
      env.site.set('/no-store.js', js(bundle(noStore, 4), { 'cache-control': 'no-store' }));
      env.other.set('/cors.js', js(bundle(cors, 4), { ...CACHED, ...CORS }));
      env.other.set('/no-cors.js', js(bundle(noCors, 4)));
      // The blob's and the data: URL's text is built in the page, so no key is in the markup.
      const reversed = (key: string) => JSON.stringify([...`var k="${key}";`].reverse().join(''));
      const page = (title: string) => html(`
        <p>${title}</p>
        <script src="/app.3f9c.js"></script>
        <script type="module" src="/mod.js"></script>
        <script src="/big.js"></script>
        <script src="/no-store.js"></script>
        <script src="${env.other.url('/cors.js')}" crossorigin="anonymous"></script>
        <script src="${env.other.url('/no-cors.js')}"></script>
        <script>
          const text = (s) => [...s].reverse().join('');
          const blob = document.createElement('script');
          blob.src = URL.createObjectURL(new Blob([text(${reversed(blob)})], { type: 'text/javascript' }));
          document.body.append(blob);
          const data = document.createElement('script');
          data.src = 'data:text/javascript;base64,' + btoa(text(${reversed(data)}));
          document.body.append(data);
          setTimeout(() => { const s = document.createElement('script'); s.src = '/late.js'; document.body.append(s); }, 300);
        </script>`, title);
      env.site.set('/first', page('First visit'));
      env.site.set('/second', page('Second visit'));
    });

    it('finds the keys of cached same-origin, module, imported, late-added, 5 MB, blob: and data: scripts; the popup says file, line and column', async () => {
      const { tab, tabId } = await env.ext.open(env.site.url('/first'));
      await badgeBecomes(env.ext, tabId, String(readable), 30_000);
      const state = await tabState(env.ext, tabId);
      expect(alerting(state).every((f) => f.where === 'script-file')).toBe(true);
      const found = alerting(state).map((f) => f.detail?.file).sort();
      expect(found).toEqual(['app.3f9c.js', 'big.js', 'blob:', 'data:', 'dep.js', 'late.js', 'mod.js']);
      expect(await counts()).toMatchObject({ readFromPage: 2, downloaded: 0 });

      const popup = await env.ext.openPopup(tabId);
      await ready(popup);
      const where = { css: '.finding', hasText: 'app.3f9c.js', inner: '.where' };
      expect(await popup.text(where)).toContain(`line 3, column ${columnOf(appText, app)}`);
      expect(await popup.attribute({ ...where, inner: 'a.script-link' }, 'href')).toBe(env.site.url('/app.3f9c.js'));
      await popup.close();
      await noKeyInStorage();
      await tab.close();
    });

    it('reads a cross-origin script the page fetched with CORS once the cache holds it (the next page); never one without CORS, nor a no-store one', async () => {
      const { tab, tabId } = await env.ext.open(env.site.url('/second'));
      await badgeBecomes(env.ext, tabId, String(readable + 1), 30_000);
      await settle(1500);
      expect(await env.ext.badgeText(tabId)).toBe(String(readable + 1));
      const files = alerting(await tabState(env.ext, tabId)).map((f) => f.detail?.file);
      expect(files).toContain('cors.js');
      expect(files).not.toContain('no-cors.js');
      expect(files).not.toContain('no-store.js');
      expect((await counts()).skippedOpaque).toBeGreaterThanOrEqual(2);
      await tab.close();
    });

    it('makes not one request the pages did not make', async () => {
      // Each cached file was asked for once, by the first page; the no-store one once per page.
      for (const path of ['/app.3f9c.js', '/mod.js', '/dep.js', '/late.js', '/big.js']) expect(timesServed(env.site, path), path).toBe(1);
      expect(timesServed(env.site, '/no-store.js')).toBe(2);
      expect(timesServed(env.other, '/cors.js')).toBe(1);
      expect(timesServed(env.site, '/app.3f9c.js.map')).toBe(0);
      expect(new Set([...env.site.requests, ...env.other.requests].filter((p) => !/^\/(first|second|favicon\.ico)$/.test(p))).size)
        .toBe(8); // app, mod, dep, late, big, no-store; cors, no-cors
    });
  });

  describe('a file read on an earlier page', () => {
    const before = plant(fake.githubToken());
    const after = plant(fake.stripeSecretKey());

    beforeAll(() => {
      env.site.set('/swap/lib.js', js(bundle(before, 4)));
      for (const name of ['one', 'two', 'three']) env.site.set(`/swap/${name}`, html(`<p>${name}</p><script src="/swap/lib.js"></script>`, name));
    });

    it('is not read again when the next page takes the same copy from the cache; a copy changed at the same URL is read', async () => {
      const one = await env.ext.open(env.site.url('/swap/one'));
      await badgeBecomes(env.ext, one.tabId, '1', 30_000);
      await settle(500);
      const known = (await counts()).known ?? 0;
      const two = await env.ext.open(env.site.url('/swap/two'));
      await badgeBecomes(env.ext, two.tabId, '1', 30_000);
      // Recorded from the worker's memory: the page named the file and read nothing.
      await waitFor(async () => (await counts()).known === known + 1, { timeout: 10_000, message: 'lib.js known' });
      expect(alerting(await tabState(env.ext, two.tabId)).map((f) => f.provider)).toEqual(['github']);

      // The file changes on the server, and a request the extension does not watch puts the new copy
      // (another size) in the cache: the next page's copy is not the one read before.
      env.site.set('/swap/lib.js', js(bundle(after, 6)));
      await two.tab.evaluate(() => fetch('/swap/lib.js', { cache: 'reload' }).then((r) => r.text()).then(() => undefined));
      const three = await env.ext.open(env.site.url('/swap/three'));
      await badgeBecomes(env.ext, three.tabId, '1', 30_000);
      await settle(1000);
      expect(alerting(await tabState(env.ext, three.tabId)).map((f) => f.provider)).toEqual(['stripe']);
      expect((await counts()).known).toBe(known + 1);
      // The first page's load and the reload: the extension asked for nothing.
      expect(timesServed(env.site, '/swap/lib.js')).toBe(2);
      await noKeyInStorage();
      for (const t of [one, two, three]) await t.tab.close();
    });
  });

  describe("workers' scripts", () => {
    const classic = plant(fake.githubToken());
    const module = plant(fake.stripeSecretKey());
    const moduleDep = plant(fake.githubToken());
    const imported = plant(fake.githubToken('ghs'));
    const shared = plant(fake.githubToken());
    // What the page's Resource Timing shows (docs/extension.md "Script files"): a dedicated worker's
    // own script in both browsers, a module worker's static import only in Chromium; never a
    // worker's importScripts nor a shared worker's script, which are not read.
    const visible = browser === 'chromium' ? ['mworker-dep.js', 'mworker.js', 'worker.js'] : ['mworker.js', 'worker.js'];

    beforeAll(() => {
      env.site.set('/workers/worker.js', js(`importScripts("/workers/imported.js");\n${bundle(classic, 4)}\npostMessage("ready");`));
      env.site.set('/workers/imported.js', js(bundle(imported, 4)));
      env.site.set('/workers/mworker.js', js(`import "./mworker-dep.js";\n${bundle(module, 4)}\npostMessage("ready");`));
      env.site.set('/workers/mworker-dep.js', js(bundle(moduleDep, 4)));
      env.site.set('/workers/shared.js', js(`${bundle(shared, 4)}\nonconnect = (e) => e.ports[0].postMessage("ready");`));
      env.site.set('/workers/page', html(`
        <p>Workers</p>
        <script>
          window.ready = 0;
          new Worker('/workers/worker.js').onmessage = () => window.ready++;
          new Worker('/workers/mworker.js', { type: 'module' }).onmessage = () => window.ready++;
          new SharedWorker('/workers/shared.js').port.onmessage = () => window.ready++;
        </script>`, 'Workers'));
    });

    it("finds the keys in the workers' scripts the page's Resource Timing shows, read from the cache without a request", async () => {
      const { tab, tabId } = await env.ext.open(env.site.url('/workers/page'));
      await waitFor(() => tab.evaluate(() => (window as unknown as { ready: number }).ready === 3), { timeout: 10_000, message: 'the three workers ran' });
      await badgeBecomes(env.ext, tabId, String(visible.length), 30_000);
      await settle(1500);
      const state = await tabState(env.ext, tabId);
      expect(alerting(state).every((f) => f.where === 'script-file')).toBe(true);
      expect(alerting(state).map((f) => f.detail?.file).sort()).toEqual(visible);
      for (const path of ['worker.js', 'imported.js', 'mworker.js', 'mworker-dep.js', 'shared.js']) {
        expect(timesServed(env.site, `/workers/${path}`), path).toBe(1);
      }
      await noKeyInStorage();
      await tab.close();
    });
  });

  describe('with downloading again turned on', () => {
    const noStore = plant(fake.githubToken());
    const noCors = plant(fake.stripeSecretKey());
    const classic = plant(fake.githubToken());
    const paused = plant(fake.githubToken());

    beforeAll(async () => {
      env.site.set('/on/no-store.js', js(bundle(noStore, 4), { 'cache-control': 'no-store' }));
      env.other.set('/on/no-cors.js', js(bundle(noCors, 4), { 'cache-control': 'no-store' }));
      // A classic cross-origin script (fetched with cookies) that allows CORS.
      env.other.set('/on/classic.js', js(bundle(classic, 4), { ...CACHED, ...CORS }));
      // The cookie comes with the page (a script setting it would run after the preload scanner
      // has already asked for the files).
      env.site.set('/on', {
        body: html(`
        <script src="/on/no-store.js"></script>
        <script src="${env.other.url('/on/no-cors.js')}"></script>
        <script src="${env.other.url('/on/classic.js')}"></script>`, 'Checkbox on'),
        headers: { 'set-cookie': 'session=kw-secret-session; path=/' },
      });
      env.site.set('/on/paused.js', js(bundle(paused, 4), { 'cache-control': 'no-store' }));
      env.site.set('/on/paused', html('<script src="/on/paused.js"></script>', 'Paused'));

      const options = await env.ext.openExtensionPage('options.html');
      await ready(options);
      expect(await options.isChecked('[data-testid="setting-redownload-scripts"]')).toBe(false);
      await options.click('[data-testid="setting-redownload-scripts"]');
      await waitFor(async () => options.isChecked('[data-testid="setting-redownload-scripts"]'));
      await options.close();
    });

    it('finds the keys of no-store and non-CORS scripts by downloading each once, without cookies or referrer', async () => {
      const { tab, tabId } = await env.ext.open(env.site.url('/on'));
      await badgeBecomes(env.ext, tabId, '3', 30_000);
      await settle(1000);
      const files = alerting(await tabState(env.ext, tabId)).map((f) => f.detail?.file).sort();
      expect(files).toEqual(['classic.js', 'no-cors.js', 'no-store.js']);

      // The page's own requests carry its cookie; the one download of each carries none, and no referrer.
      const downloaded = [[env.site, '/on/no-store.js'], [env.other, '/on/no-cors.js']] as [Site, string][];
      // On a first visit no cross-origin file is known to be in the cache: downloaded too.
      downloaded.push([env.other, '/on/classic.js']);
      for (const [s, path] of downloaded) {
        const headers = asked(s, path);
        expect(headers, path).toHaveLength(2);
        expect(headers[0]!.cookie, path).toContain('session=');
        expect(headers[1]!.cookie, path).toBeUndefined();
        expect(headers[1]!.referer, path).toBeUndefined();
      }
      expect((await counts()).downloaded).toBe(downloaded.length);
      await noKeyInStorage();
      await tab.close();
    });

    it('downloads nothing for a paused site', async () => {
      await setLocal(env.ext, { [STORAGE_KEYS.settings]: { redownloadScripts: true, pausedSites: ['127.0.0.1'] } });
      const { tab, tabId } = await env.ext.open(env.site.url('/on/paused'));
      await waitFor(() => env.site.requests.includes('/on/paused.js'));
      await settle(1500);
      expect(timesServed(env.site, '/on/paused.js')).toBe(1);
      expect(await env.ext.badgeText(tabId)).toBe('');
      await setLocal(env.ext, { [STORAGE_KEYS.settings]: { redownloadScripts: true } });
      await tab.close();
    });
  });

  it('raises nothing on a page whose scripts are ~18 MB of real third-party code', async () => {
    const files = await thirdPartyFiles();
    const before = (await counts()).readFromCache;
    // Preloaded as scripts (named .js): read like any script file, but the page does not run them.
    const tags: string[] = [];
    for (const [i, file] of files.entries()) {
      const path = `/third-party/${i}-${basename(file.path)}.js`;
      env.site.set(path, js(await readFile(file.path, 'utf8')));
      tags.push(`<link rel="preload" as="script" href="${path}">`);
    }
    env.site.set('/third-party', html(tags.join('\n'), 'Third-party bundles'));
    const { tab, tabId } = await env.ext.open(env.site.url('/third-party'));
    await waitFor(async () => (await counts()).readFromCache >= before + files.length, { timeout: 120_000, message: `${files.length} files read` });
    await settle(1000);
    expect(await env.ext.badgeText(tabId)).toBe('');
    expect(alerting(await tabState(env.ext, tabId))).toEqual([]);
    await tab.close();
  }, 180_000);

  it('leaves no piece of any key in any storage area once the tabs are closed', noKeyInStorage);
});
