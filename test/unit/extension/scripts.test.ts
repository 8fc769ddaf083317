// The worker's script-file handlers, imported for real and driven through the in-memory browser: a
// bundle handed over as a Blob or a blob: URL (as Firefox's and Chromium's content scripts do)
// becomes findings with file, line and column; a content is scanned once; size and the page budget
// are kept; downloads happen only when turned on, once per URL, never for a paused site (a real
// local server counts the requests).
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from '@webext-core/fake-browser';
import type { Runtime } from 'webextension-polyfill';
import { LIMITS } from '../../../src/shared/protocol';
import { STORAGE_KEYS, tabKey, type ScriptFileCounts, type TabState } from '../../../src/shared/storage';
import { whereFile } from '../../../src/background/scripts';
import { deliver, sender as pageSender } from '../../support/worker';
import { fakeKeys, keyBody, keyFragmentsIn } from '../../support/keys';

await import('../../../src/background/index');

const fake = fakeKeys(15);
const githubToken = () => fake.githubToken();

const sender = (tabId: number, url = 'https://shop.example/checkout', frameId = 0) => pageSender(tabId, url, frameId);

const tab = async (id: number) => (await fakeBrowser.storage.session.get(tabKey(id)))[tabKey(id)] as TabState | undefined;
const counts = async () => (await fakeBrowser.storage.session.get(STORAGE_KEYS.scriptFiles))[STORAGE_KEYS.scriptFiles] as ScriptFileCounts | undefined;
const drain = () => new Promise((r) => setTimeout(r, 10));

/** A minified-looking bundle with `key` in a string literal on line 3. */
function bundle(key: string, filler = 2000): string {
  const code = 'function a(b,c){return b.map(function(d){return d+c})}';
  return `${code.repeat(filler)}\n${code}\nvar cfg={env:"prod",token:"${key}"};\n${code.repeat(filler)}`;
}

type Body = 'blob' | 'url';

/**
 * Hands `text` over as a content script does: the Blob itself (Firefox) or a blob: URL of it
 * (Chromium), revoked once the worker has answered.
 */
async function handOver(text: string, from: Runtime.MessageSender, url = 'https://shop.example/static/app.3f9c.js?v=2', as: Body = 'url'): Promise<void> {
  const blob = new Blob([text]);
  const body = as === 'blob' ? blob : URL.createObjectURL(blob);
  try {
    await deliver({ type: 'script:file', files: [{ url, bytes: blob.size }], body, title: 'Checkout' }, from);
  } finally {
    if (typeof body === 'string') URL.revokeObjectURL(body);
  }
}

beforeEach(async () => {
  await fakeBrowser.storage.local.clear();
  await fakeBrowser.storage.session.clear();
});

describe('script files handed over by the page', () => {
  it.each<Body>(['url', 'blob'])('finds a key in a bundle handed over as a %s: file name without the query, line and column, nothing of the key stored', async (as) => {
    const key = githubToken();
    const text = bundle(key, 12_000); // ~660 kB
    const tabId = as === 'url' ? 1 : 11;
    await handOver(text, sender(tabId), undefined, as);
    const state = await tab(tabId);
    expect(state?.findings).toHaveLength(1);
    const line3 = text.split('\n')[2]!;
    expect(state?.findings[0]).toMatchObject({
      provider: 'github', where: 'script-file',
      detail: { file: 'app.3f9c.js', url: 'https://shop.example/static/app.3f9c.js', line: 3, column: line3.indexOf(key) + 1 },
    });
    expect(await fakeBrowser.action.getBadgeText({ tabId })).toBe('1');
    await drain();
    expect(await counts()).toMatchObject({ readFromCache: 1, downloaded: 0 });
    const all = JSON.stringify([await fakeBrowser.storage.local.get(null), await fakeBrowser.storage.session.get(null)]);
    expect(keyFragmentsIn(all, [keyBody(key)])).toEqual([]);
  });

  it('scans a content once: the same bytes under another URL or in another tab are recorded from memory', async () => {
    const text = bundle(githubToken(), 10);
    await handOver(text, sender(2));
    await handOver(text, sender(3, 'https://shop.example/cart'), 'https://cdn.shop.example/app.js', 'blob');
    expect((await tab(3))?.findings[0]?.detail).toMatchObject({ file: 'app.js', line: 3 });
    // Known content costs a page none of its budget: more copies than the budget holds are all recorded.
    const from = sender(5, 'https://copies.example/');
    const full = `/*${githubToken()}*/`.padEnd(LIMITS.scriptFileBytes, ' ');
    for (let n = 0; n <= LIMITS.scriptPageBytes / LIMITS.scriptFileBytes; n++) await handOver(full, from, `https://copies.example/${n}.js`, 'blob');
    expect((await tab(5))?.stoppedEarly).toBeFalsy();
    expect((await tab(5))?.findings.map((f) => f.detail?.file)).toContain('0.js');
  });

  it('reads files handed over together, one Blob of their bytes in order: each key under its own file, line and column', async () => {
    const [a, b] = [githubToken(), githubToken()];
    const texts = ['var plain = 1;\n'.repeat(300), bundle(a, 20), 'function f(){}\n'.repeat(50), bundle(b, 5)];
    const files = texts.map((text, i) => ({ url: `https://shop.example/${i}.js`, bytes: new Blob([text]).size }));
    const body = URL.createObjectURL(new Blob(texts));
    await deliver({ type: 'script:file', files, body, title: '' }, sender(13));
    URL.revokeObjectURL(body);
    const found = (await tab(13))?.findings.map((f) => f.detail).sort((x, y) => (x?.file ?? '').localeCompare(y?.file ?? ''));
    expect(found).toEqual([
      expect.objectContaining({ file: '1.js', line: 3, column: texts[1]!.split('\n')[2]!.indexOf(a) + 1 }),
      expect.objectContaining({ file: '3.js', line: 3, column: texts[3]!.split('\n')[2]!.indexOf(b) + 1 }),
    ]);
    // Sizes that do not add up to the Blob's: nothing is read (the files would be cut in the wrong places).
    const wrong = URL.createObjectURL(new Blob(texts));
    await deliver({ type: 'script:file', files: files.map((f) => ({ ...f, bytes: f.bytes + 1 })), body: wrong, title: '' }, sender(14));
    URL.revokeObjectURL(wrong);
    expect(await tab(14)).toBeUndefined();
  });

  it('reads nothing from a blob: URL that is gone (the page went away) and records nothing', async () => {
    const url = URL.createObjectURL(new Blob([bundle(githubToken(), 10)]));
    URL.revokeObjectURL(url);
    await deliver({ type: 'script:file', files: [{ url: 'https://shop.example/a.js', bytes: 100 }], body: url, title: '' }, sender(4));
    expect(await tab(4)).toBeUndefined();
  });

  it('keeps to the page budget: files past it are not read, counted, and the tab says it stopped early', async () => {
    const from = sender(6, 'https://big.example/');
    const files = LIMITS.scriptPageBytes / LIMITS.scriptFileBytes + 1;
    for (let n = 0; n < files; n++) {
      // Distinct contents of the full file size: each one spends its bytes.
      const text = `/*${n}*/`.padEnd(LIMITS.scriptFileBytes, ' ');
      await handOver(text, from, `https://big.example/${n}.js`, 'blob');
    }
    expect((await tab(6))?.stoppedEarly).toBe(true);
    await drain();
    expect(await counts()).toMatchObject({ skippedBudget: 1, readFromCache: files - 1 });
  });

  it('does nothing for a paused site', async () => {
    await fakeBrowser.storage.local.set({ settings: { pausedSites: ['paused.example'] } });
    await handOver(bundle(githubToken(), 10), sender(7, 'https://www.paused.example/'));
    expect(await tab(7)).toBeUndefined();
  });
});

describe('script files the page took from the cache, named before they are read (script:known)', () => {
  const url = 'https://docs.example/static/app.js';
  /** The page's Resource Timing sizes of `text` served uncompressed. */
  const timingOf = (text: string) => ({ encoded: new Blob([text]).size, decoded: new Blob([text]).size });
  const handOverTimed = (text: string, from: Runtime.MessageSender, timing = timingOf(text)) => {
    const blob = new Blob([text]);
    return deliver({ type: 'script:file', files: [{ url, bytes: blob.size, timing }], body: blob, title: 'Docs' }, from);
  };
  const ask = (from: Runtime.MessageSender, files: Array<{ url: string; encoded: number; decoded: number }>) =>
    deliver({ type: 'script:known', files, title: 'Docs' }, from) as Promise<{ read: number[] }>;

  it('records a file read before under the same URL and sizes from memory and asks for nothing; a changed one is asked for and found', async () => {
    const first = bundle(githubToken(), 10);
    await handOverTimed(first, sender(20, 'https://docs.example/a.html'));
    expect((await tab(20))?.findings).toHaveLength(1);

    // The next page of the site: the same copy by its sizes.
    expect(await ask(sender(21, 'https://docs.example/b.html'), [{ url, ...timingOf(first) }])).toEqual({ read: [] });
    expect((await tab(21))?.findings[0]?.detail).toMatchObject({ file: 'app.js', line: 3 });
    await drain();
    expect(await counts()).toMatchObject({ known: 1 });

    // The file changed at the same URL (another key, another size): asked for, and its key found.
    const changed = bundle(githubToken(), 11);
    const other = sender(22, 'https://docs.example/c.html');
    expect(await ask(other, [{ url, ...timingOf(changed) }, { url: 'https://docs.example/static/new.js', encoded: 10, decoded: 10 }]))
      .toEqual({ read: [0, 1] });
    await handOverTimed(changed, other);
    const recorded = (await tab(22))?.findings ?? [];
    expect(recorded).toHaveLength(1);
    expect(recorded[0]?.fingerprint).not.toBe((await tab(20))?.findings[0]?.fingerprint);
    // Now the changed copy is the one known.
    expect(await ask(sender(23, 'https://docs.example/d.html'), [{ url, ...timingOf(changed) }])).toEqual({ read: [] });
    expect(await ask(sender(23, 'https://docs.example/d.html'), [{ url, ...timingOf(first) }])).toEqual({ read: [0] });
  });

  it("asks for a copy another site's pages read (browsers keep a cache copy per site), and for one whose read did not match the page's sizes", async () => {
    const text = bundle(githubToken(), 12);
    await handOverTimed(text, sender(24, 'https://docs.example/a.html'));
    expect(await ask(sender(25, 'https://blog.example/a.html'), [{ url, ...timingOf(text) }])).toEqual({ read: [0] });

    // The cache changed between the page's load and its read: the copy read is not the page's.
    const read = bundle(githubToken(), 13);
    await handOverTimed(read, sender(26, 'https://wiki.example/a.html'), { encoded: 5000, decoded: 5000 });
    expect(await ask(sender(27, 'https://wiki.example/b.html'), [{ url, encoded: 5000, decoded: 5000 }])).toEqual({ read: [0] });
  });

  it('asks for nothing and records nothing for a paused site', async () => {
    const text = bundle(githubToken(), 14);
    await handOverTimed(text, sender(28, 'https://quiet.example/a.html'));
    await fakeBrowser.storage.local.set({ settings: { pausedSites: ['quiet.example'] } });
    expect(await ask(sender(29, 'https://quiet.example/b.html'), [{ url, ...timingOf(text) }])).toEqual({ read: [] });
    expect(await tab(29)).toBeUndefined();
  });
});

describe('script files the page could not read', () => {
  const served: { path: string; headers: IncomingHttpHeaders }[] = [];
  const key = githubToken();
  let origin = '';
  const server = createServer((req, res) => {
    served.push({ path: req.url ?? '', headers: req.headers });
    if (req.url === '/huge.js') {
      res.writeHead(200, { 'content-type': 'text/javascript', 'content-length': String(LIMITS.scriptFileBytes + 1) });
      res.end();
      return;
    }
    res.writeHead(200, { 'content-type': 'text/javascript' });
    res.end(bundle(key, 10));
  });
  beforeAll(async () => {
    await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((ok) => server.close(() => ok())));
  beforeEach(() => {
    served.length = 0;
  });
  const unread = (path: string, reason = 'opaque') => ({ type: 'script:unread', url: `${origin}${path}`, reason, title: '' });

  it('are counted, never downloaded, while downloading again is off (the default)', async () => {
    await deliver(unread('/off.js'), sender(10));
    await deliver(unread('/off.js', 'size'), sender(10));
    await drain();
    expect(served).toEqual([]);
    expect(await counts()).toMatchObject({ skippedOpaque: 1, skippedSize: 1, downloaded: 0 });
  });

  it('are downloaded once each when turned on, without cookies, and their keys recorded', async () => {
    await fakeBrowser.storage.local.set({ settings: { redownloadScripts: true } });
    await Promise.all([deliver(unread('/vendor.js'), sender(11)), deliver(unread('/vendor.js'), sender(12, 'https://other.example/'))]);
    await deliver(unread('/vendor.js'), sender(11));
    expect(served.map((s) => s.path)).toEqual(['/vendor.js']);
    expect(served[0]!.headers.cookie).toBeUndefined();
    expect(served[0]!.headers.referer).toBeUndefined();
    expect((await tab(11))?.findings[0]).toMatchObject({ provider: 'github', where: 'script-file', detail: { file: 'vendor.js', line: 3 } });
    expect((await tab(12))?.findings).toHaveLength(1);
    await drain();
    expect((await counts())?.downloaded).toBe(1);
  });

  it('are not downloaded for a paused site, nor read past the size cap', async () => {
    await fakeBrowser.storage.local.set({ settings: { redownloadScripts: true, pausedSites: ['paused.example'] } });
    await deliver(unread('/paused.js'), sender(13, 'https://paused.example/'));
    expect(served).toEqual([]);
    await deliver(unread('/huge.js'), sender(14));
    await drain();
    expect(await tab(14)).toBeUndefined();
    expect((await counts())?.skippedSize).toBe(1);
  });
});

describe('whereFile', () => {
  it('names the file by its path, never its query, and hides a path that holds a key', () => {
    expect(whereFile('https://a.example/js/app.js?key=secret#x')).toEqual({ file: 'app.js', url: 'https://a.example/js/app.js' });
    expect(whereFile('data:')).toEqual({ file: 'data:' });
    expect(whereFile(`https://a.example/${githubToken()}/loader.js`)).toEqual({ file: 'a.example', url: 'https://a.example/' });
    const long = `https://a.example/${'x'.repeat(300)}.js`;
    expect(whereFile(long).file).toHaveLength(100);
    expect(whereFile(long).file.endsWith('x.js')).toBe(true);
  });
});
