// What reading a page's script files costs, in real Chromium with the built extension. Prints figures only.
//   npx tsx bench/script-files.ts     (needs `npm run build`: loads dist/chrome)
//
// The page: the JavaScript files of the third-party set (test/corpus/third-party.ts, ~15 MB of
// other people's bundles), preloaded as scripts from its own origin, so the page itself runs none
// of them. Three variants, each loaded RUNS times with fresh contents (the worker remembers a content
// by its digest):
//   cached   — served with `max-age`: the content script reads every file from the cache and hands
//              it to the worker;
//   again    — the cached page loaded once more in a new tab: the worker knows every file by its URL
//              and Resource Timing sizes (script:known), so the page reads none;
//   no-store — the same files served `no-store`: nothing can be read without a request (downloading
//              again is off, the default), so the extension does its usual page work and no more.
// Main thread: the V8 sampling profiler on the page (samples with chrome-extension:// code on the
// stack), and the page's own task time (Performance.getMetrics). Worker: CPU time of the extension's
// process (/proc), where the service worker decodes and scans. Cost per MB of script = cached minus
// no-store, divided by the MB read. Cache-hit rate = files read from the cache / files on the page.
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { pathToFileURL } from 'node:url';
import { STORAGE_KEYS, parseScriptFileCounts, type ScriptFileCounts } from '../src/shared/storage';
import { launchChromium } from '../test/e2e/driver/chromium';
import { html, servePages, waitFor } from '../test/e2e/harness';
import { thirdPartyFiles } from '../test/corpus/third-party';
import { extensionTime, longestExtensionTask, metrics, startTrace, type Profile } from './page-cost';
import { extensionProcess, processCpuMs, quiet } from './qr-photos';
import { median } from './stats';

const RUNS = 3;
const SAMPLING_US = 100;

interface Variant {
  mainMs: number;
  longestMs: number;
  pageTaskMs: number;
  workerMs: number;
  counts: ScriptFileCounts;
}

const KINDS = ['cached', 'again', 'no-store'] as const;
type Kind = (typeof KINDS)[number];

const diff = (a: ScriptFileCounts, b: ScriptFileCounts): ScriptFileCounts =>
  Object.fromEntries(Object.keys(a).map((k) => [k, a[k as keyof ScriptFileCounts] - b[k as keyof ScriptFileCounts]])) as unknown as ScriptFileCounts;

export async function runScriptFilesBench(): Promise<void> {
  const files = (await thirdPartyFiles()).filter((f) => f.path.endsWith('.js'));
  const texts = await Promise.all(files.map((f) => readFile(f.path, 'utf8')));
  const mb = files.reduce((n, f) => n + f.size, 0) / 1e6;
  const site = await servePages();
  const ext = await launchChromium(process.env.KW_EXTENSION_DIR ? { extensionDir: process.env.KW_EXTENSION_DIR } : {});
  try {
    await ext.run(() => true);
    const pid = (await waitFor(extensionProcess, { timeout: 15_000, message: 'the extension process' }))!;
    const counts = async () => parseScriptFileCounts((await ext.storage()).session[STORAGE_KEYS.scriptFiles]);
    const results: Record<Kind, Variant[]> = { cached: [], again: [], 'no-store': [] };
    for (let run = 0; run < RUNS; run++) {
      for (const variant of KINDS) {
        const tags = variant === 'again' ? [] : files.map((f, i) => {
          const path = `/${variant}-${run}/${i}-${basename(f.path)}`;
          const headers = { 'cache-control': variant === 'cached' ? 'max-age=3600' : 'no-store' };
          site.set(path, { type: 'text/javascript', body: `${texts[i]}\n// ${variant} ${run}\n`, headers });
          return `<link rel="preload" as="script" href="${path}">`;
        });
        if (variant !== 'again') site.set(`/${variant}-${run}`, html(tags.join('\n'), 'Script bundles'));
        const page = await ext.context.newPage();
        const cdp = await ext.context.newCDPSession(page);
        await cdp.send('Performance.enable');
        await cdp.send('Profiler.enable');
        await cdp.send('Profiler.setSamplingInterval', { interval: SAMPLING_US });
        await quiet(pid);
        const before = { counts: await counts(), cpu: await processCpuMs(pid), tasks: (await metrics(cdp)).taskMs };
        const stopTrace = await startTrace(cdp);
        await cdp.send('Profiler.start');
        await page.goto(site.url(`/${variant === 'again' ? 'cached' : variant}-${run}`));
        await waitFor(async () => {
          const d = diff(await counts(), before.counts);
          return d.readFromCache + d.skippedOpaque + d.known >= files.length;
        }, { timeout: 120_000, message: `${files.length} files handled` });
        await quiet(pid);
        const { profile } = await cdp.send('Profiler.stop') as { profile: Profile };
        const longestMs = longestExtensionTask(await stopTrace());
        results[variant].push({
          mainMs: extensionTime(profile).ms,
          longestMs,
          pageTaskMs: (await metrics(cdp)).taskMs - before.tasks,
          workerMs: (await processCpuMs(pid)) - before.cpu,
          counts: diff(await counts(), before.counts),
        });
        await page.close();
      }
    }
    const m = (v: Kind, k: 'mainMs' | 'longestMs' | 'pageTaskMs' | 'workerMs') => median(results[v].map((r) => r[k]));
    const read = results.cached.map((r) => r.counts.readFromCache);
    const f1 = (x: number) => x.toFixed(1);
    console.log(`Script files (Chromium): ${files.length} third-party bundles, ${mb.toFixed(2)} MB, preloaded from the page's origin; median of ${RUNS} loads`);
    console.log(`  cache-hit rate: cached page ${read.map((n) => `${n}/${files.length}`).join(', ')}; no-store page ${results['no-store'].map((r) => `${r.counts.readFromCache}/${files.length}`).join(', ')}; ` +
      `the cached page again: known without reading ${results.again.map((r) => `${r.counts.known}/${files.length}`).join(', ')}, read again ${results.again.map((r) => r.counts.readFromCache).join(', ')}`);
    for (const v of KINDS) {
      console.log(`  ${v.padEnd(8)} extension main thread ${f1(m(v, 'mainMs')).padStart(7)} ms (longest in one task ${f1(m(v, 'longestMs'))} ms), ` +
        `page tasks ${f1(m(v, 'pageTaskMs'))} ms, worker process CPU ${f1(m(v, 'workerMs'))} ms`);
    }
    const perMB = (k: 'mainMs' | 'workerMs' | 'pageTaskMs') => f1((m('cached', k) - m('no-store', k)) / mb);
    console.log(`  per MB of script read (cached minus no-store): main thread ${perMB('mainMs')} ms (bar: < 5), ` +
      `page tasks ${perMB('pageTaskMs')} ms, worker ${perMB('workerMs')} ms; the page again minus no-store: main thread ` +
      `${f1(m('again', 'mainMs') - m('no-store', 'mainMs'))} ms for all ${files.length} files`);
  } finally {
    await ext.close();
    await site.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await runScriptFilesBench();
}
