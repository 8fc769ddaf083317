// What the content script costs on real documentation pages no one here wrote: 22 pages of Python
// 3.11's HTML docs (Debian's python3.11-doc, `npm run bench:setup`) and of a Rust toolchain's docs
// (rustup's rust-docs), large and small, API references, indexes and prose, served with their own
// scripts and styles from 127.0.0.1. Prints figures only.
//   npx tsx bench/real-pages.ts        (needs `npm run build`: loads dist/chrome)
//
// Per page, in Chromium with the built extension, from navigation until the extension has been
// quiet for a second: the extension's main-thread time (V8 sampling profiler, samples with
// chrome-extension:// code on the stack), its longest stretch within one task and the number of
// tasks in which it ran more than a frame (16 ms) (timeline trace), long tasks (> 50 ms) with and
// without it (medians of as many loads each). Beside it the page's native floor, measured without
// the extension: the cheapest native read of the page's text once, first touch (textReadFloor), and
// what a minimal extension costs the same loads (its content script reads body.textContent once and
// posts the length to its worker: what any extension that reads the page pays), and a minimal
// extension that also hands the whole text to its worker (the floor of any design that scans in the
// worker). The bar (issue 14): the extension's time over the whole set at most 5× the sum of the
// floors, no extension task over 16 ms, no long task caused by the extension.
import { createReadStream, existsSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { homedir, tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import type { Site } from '../test/e2e/harness';
import { launchChromium } from '../test/e2e/driver/chromium';
import { hasRun, KeyGate, WINDOW_RADIUS } from '../src/gate';
import {
  extensionTasks, extensionTime, launchPlainChromium, LONG_TASKS, newBreakdown, printBreakdown, SAMPLING_US, scriptEvaluation, startTrace,
  textReadFloor, type Breakdown, type Profile,
} from './page-cost';
import { median } from './stats';

export const PYTHON_DOCS = '/usr/share/doc/python3.11-doc/html';

/** The Rust toolchain's HTML docs (rustup), if installed; stable first. */
export async function rustDocsDir(): Promise<string | undefined> {
  const toolchains = join(homedir(), '.rustup/toolchains');
  if (!existsSync(toolchains)) return undefined;
  const names = (await readdir(toolchains)).sort((a, b) => Number(b.startsWith('stable')) - Number(a.startsWith('stable')));
  return names.map((n) => join(toolchains, n, 'share/doc/rust/html')).find((d) => existsSync(d));
}

/** The set: what each page stands for is in its comment. */
const PYTHON_PAGES = [
  'genindex-all.html', // the full index: thousands of identifiers and links, 1.7 MB
  'library/os.html', // a large API reference
  'library/stdtypes.html', // a large API reference with many code samples
  'c-api/typeobj.html', // C-API names (Py_TPFLAGS_…, tp_as_buffer)
  'c-api/unicode.html', // C-API names (PyUnicode_AsUTF8AndSize…)
  'library/typing.html',
  'reference/datamodel.html', // language reference, prose and dunder names
  'whatsnew/3.11.html', // release notes: prose, links, issue numbers
  'library/functions.html',
  'howto/logging.html', // a how-to
  'tutorial/introduction.html', // a short tutorial page
];
const RUST_PAGES = [
  'core/arch/x86_64/index.html', // thousands of intrinsics (_mm256_add_epi32…), 3.2 MB
  'std/num/struct.Wrapping.html', // trait impls by the hundred (wrapping_add_assign…)
  'std/primitive.u32.html',
  'std/vec/struct.Vec.html',
  'std/iter/trait.Iterator.html',
  'std/string/struct.String.html',
  'std/collections/struct.HashMap.html',
  'reference/expressions.html', // the reference: prose
  'book/ch04-01-what-is-ownership.html', // the book: prose and code
  'cargo/reference/manifest.html', // Cargo's manifest reference: TOML samples
  'core/arch/x86_64/fn._mm256_add_epi32.html', // a tiny page
];

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.svg': 'image/svg+xml',
  '.png': 'image/png', '.woff2': 'font/woff2', '.woff': 'font/woff', '.ttf': 'font/ttf', '.json': 'application/json',
};

/** Serves each directory under its prefix (`/py/…`, `/rust/…`) on 127.0.0.1; symlinks are followed. */
export async function serveDirs(mounts: Record<string, string>): Promise<Site> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const [, prefix = '', ...rest] = path.split('/');
    const root = mounts[prefix];
    const file = root ? join(root, normalize(`/${rest.join('/')}`)) : '';
    void stat(file).then((s) => {
      if (!s.isFile()) throw new Error('not a file');
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'max-age=3600' });
      createReadStream(file).pipe(res);
    }).catch(() => res.writeHead(404).end());
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const port = (server.address() as AddressInfo).port;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin, port, url: (p = '/') => origin + p, set: () => undefined, requests: [], received: [],
    close: () => new Promise<void>((ok) => {
      server.closeAllConnections();
      server.close(() => ok());
    }),
  };
}

export interface RealPageFigures {
  path: string;
  textMB: number;
  /** The extension's main-thread time, ms (median of the runs). */
  extensionMs: number;
  /** Of it, content.js's evaluation (compile and top-level run; the first page of a run compiles it, the rest of the set's pages share its renderer), ms (median of the runs). */
  evaluateMs: number;
  /** The same for the least an extension can do that reads the page (minimalExtension), ms. */
  minimalMs: number;
  /** The same for the least an extension that scans in its worker can do (handOverExtension), ms. */
  handOverMs: number;
  /** The cheapest native read of the page's text, first touch, ms. */
  floorMs: number;
  /** Most extension time within one task, ms (highest of the runs). */
  longestTaskMs: number;
  /** Tasks in which the extension ran more than 16 ms (most of the runs). */
  slicesOverFrame: number;
  /** Long tasks (> 50 ms) per load, median of the runs, with the extension and without it. */
  longTasks: { with: number; without: number };
  /** Share of the page's text inside the gate's windows, and inside windows around plain runs of 16 key characters (the gate before it knew the rules). */
  gateShare: number;
  runShare: number;
}

/** Share of `text` covered by windows of ±WINDOW_RADIUS around the spans `hits` finds, merged. */
function windowShare(text: string, hits: (text: string) => Array<{ start: number; end: number }>): number {
  let covered = 0;
  let reach = 0;
  for (const h of hits(text)) {
    const start = Math.max(reach, h.start - WINDOW_RADIUS);
    const end = Math.min(text.length, h.end + WINDOW_RADIUS);
    if (end > start) covered += end - start;
    reach = Math.max(reach, end);
  }
  return text.length ? covered / text.length : 0;
}

/** Runs of 16+ key characters, the old gate's hits (hasRun on each token-ish stretch). */
function keyRuns(text: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  for (const m of text.matchAll(/[^\s]{16,}/g)) if (hasRun(m[0])) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

const GATE = new KeyGate();
/** KW_PROFILE_TOP=n: per page, the n functions the extension spent most time in (self and inclusive). */
const PROFILE_TOP = Number(process.env.KW_PROFILE_TOP ?? 0);

function merge(into: Breakdown, from: Breakdown): void {
  for (const key of ['self', 'total', 'under'] as const) for (const [n, t] of from[key]) into[key].set(n, (into[key].get(n) ?? 0) + t);
}

const FRAME_MS = 16;
/** The extension counts as done once a profile chunk this long holds none of its samples. */
const QUIET_MS = 1000;

interface LoadRun {
  extMs: number;
  tasks: number[];
  longTasks: number;
  /** content.js's evaluation (compile and top-level run), ms. */
  evaluateMs: number;
}

/**
 * One load of `url` from a blank page, profiled until the extension is quiet (or, without it, for
 * QUIET_MS); `breakdown` gathers where the extension's time went.
 */
export async function profiledLoad(context: BrowserContext, page: Page, url: string, breakdown?: Breakdown): Promise<LoadRun> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: SAMPLING_US });
  await page.goto('about:blank');
  const stopTrace = await startTrace(cdp);
  let extMs = 0;
  await cdp.send('Profiler.start');
  await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
  for (let chunk = 0; chunk < 30; chunk++) {
    await new Promise((r) => setTimeout(r, QUIET_MS));
    const { profile } = await cdp.send('Profiler.stop') as { profile: Profile };
    const { ms } = extensionTime(profile, breakdown);
    extMs += ms;
    if (ms === 0) break;
    await cdp.send('Profiler.start');
  }
  const events = await stopTrace();
  const tasks = extensionTasks(events);
  const longTasks = await page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks.length);
  await cdp.detach();
  return { extMs, tasks, longTasks, evaluateMs: scriptEvaluation(events, 'content.js').ms };
}

/** The real pages to load: directories to serve and page paths under them (both empty when the docs are missing). */
export async function realPageSet(): Promise<{ mounts: Record<string, string>; paths: string[] }> {
  const rust = await rustDocsDir();
  const mounts: Record<string, string> = {};
  const paths: string[] = [];
  if (existsSync(PYTHON_DOCS)) {
    mounts.py = PYTHON_DOCS;
    paths.push(...PYTHON_PAGES.map((p) => `/py/${p}`));
  } else {
    console.log(`  Python docs: skipped (${PYTHON_DOCS} is missing; \`npm run bench:setup\` installs python3.11-doc)`);
  }
  if (rust) {
    mounts.rust = rust;
    paths.push(...RUST_PAGES.map((p) => `/rust/${p}`));
  } else {
    console.log('  Rust docs: skipped (no ~/.rustup/toolchains/*/share/doc/rust/html; `rustup component add rust-docs`)');
  }
  // KW_REAL_PAGES=word,word: only the pages whose path contains one of them.
  const only = process.env.KW_REAL_PAGES?.split(',');
  if (only) paths.splice(0, paths.length, ...paths.filter((p) => only.some((w) => p.includes(w))));
  return { mounts, paths };
}

/**
 * `runs` profiled loads of each page in a Chromium with the extension in `extensionDir` (ours when
 * undefined); with `whole`, where its time went (KW_PROFILE_TOP), printed per page and in all.
 */
async function loadsWith(
  extensionDir: string | undefined, paths: readonly string[], site: Site, runs: number, whole?: Breakdown,
): Promise<Map<string, LoadRun[]>> {
  const loads = new Map<string, LoadRun[]>(paths.map((p) => [p, []]));
  const ext = await launchChromium(extensionDir ? { extensionDir } : {});
  try {
    const page = await ext.context.newPage();
    await page.addInitScript(LONG_TASKS);
    for (let r = 0; r < runs; r++) {
      for (const p of paths) {
        const breakdown = whole && PROFILE_TOP > 0 ? newBreakdown() : undefined;
        const run = await profiledLoad(ext.context, page, site.url(p), breakdown);
        loads.get(p)!.push(run);
        if (breakdown) {
          merge(whole!, breakdown);
          console.log(`  ${p}: extension ${run.extMs.toFixed(1)} ms, longest task ${Math.max(0, ...run.tasks).toFixed(1)} ms\n${printBreakdown(breakdown, run.extMs, PROFILE_TOP)}`);
        }
      }
    }
    if (whole && PROFILE_TOP > 0) {
      const ms = [...loads.values()].flat().reduce((a, r) => a + r.extMs, 0);
      console.log(`  all pages, all runs: extension ${ms.toFixed(1)} ms\n${printBreakdown(whole, ms, PROFILE_TOP)}`);
    }
  } finally {
    await ext.close();
  }
  return loads;
}

/**
 * A throwaway extension of one content script (on every page and frame, or on `matches`) and one
 * worker, for Chromium or Firefox: a reference measured in the same run as ours.
 */
export async function referenceExtension(
  name: string, content: string, worker: string, browser: 'chromium' | 'firefox' = 'chromium', matches = ['<all_urls>'],
): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), `kw-${name}-${browser}-ext-`));
  await writeFile(join(dir, 'manifest.json'), JSON.stringify({
    manifest_version: 3, name, version: '1.0',
    background: browser === 'chromium' ? { service_worker: 'worker.js' } : { scripts: ['worker.js'] },
    content_scripts: [{ matches, js: ['content.js'], run_at: 'document_idle', all_frames: true }],
    ...(browser === 'firefox' ? { browser_specific_settings: { gecko: { id: `${name}-bench@keywarden.test` } } } : {}),
  }));
  await writeFile(join(dir, 'content.js'), content);
  await writeFile(join(dir, 'worker.js'), worker);
  if (browser === 'firefox') {
    // The Firefox driver's control tab opens the add-on's icons/icon-16.png.
    await mkdir(join(dir, 'icons'));
    await copyFile('icons/icon-16.png', join(dir, 'icons/icon-16.png'));
  }
  return dir;
}

/** The least an extension can do that reads a page's text: body.textContent once, its length posted to the worker. */
const minimalExtension = () => referenceExtension('minimal',
  "chrome.runtime.sendMessage({ length: (document.body.textContent || '').length });\n",
  'chrome.runtime.onMessage.addListener(() => {});\n');

/**
 * The floor of any design that scans in the worker: the minimal extension, handing the whole text
 * to its worker the cheapest way bench/handover.ts found in Chromium (the string in one
 * runtime.sendMessage), the worker checking its length and answering.
 */
const handOverExtension = () => referenceExtension('handover',
  "const text = document.body.textContent || '';\nchrome.runtime.sendMessage({ text, length: text.length });\n",
  "chrome.runtime.onMessage.addListener((m, _, reply) => { reply(typeof m.text === 'string' && m.text.length === m.length); });\n");

/** `runs` loads of each page with the throwaway extension `make` makes, removed afterwards. */
async function loadsWithReference(make: () => Promise<string>, paths: readonly string[], site: Site, runs: number): Promise<Map<string, LoadRun[]>> {
  const dir = await make();
  return loadsWith(dir, paths, site, runs).finally(() => rm(dir, { recursive: true, force: true }));
}

export async function runRealPagesBench(): Promise<RealPageFigures[] | undefined> {
  const { mounts, paths } = await realPageSet();
  if (paths.length === 0) return undefined;
  const runs = Number(process.env.KW_REAL_RUNS ?? 3);
  const whole = newBreakdown();
  const site = await serveDirs(mounts);
  try {
    const withExt = await loadsWith(process.env.KW_EXTENSION_DIR, paths, site, runs, whole);
    const withMinimal = await loadsWithReference(minimalExtension, paths, site, runs);
    const withHandOver = await loadsWithReference(handOverExtension, paths, site, runs);
    const { context: plain, profile } = await launchPlainChromium();
    const figures: RealPageFigures[] = [];
    try {
      const page = await plain.newPage();
      await page.addInitScript(LONG_TASKS);
      for (const p of paths) {
        // As many loads without the extension as with it, medians compared: one load's page-side
        // noise (a long task of the page's own) must not count for or against the extension.
        const withoutLongTasks: number[] = [];
        for (let i = 0; i < runs; i++) withoutLongTasks.push((await profiledLoad(plain, page, site.url(p))).longTasks);
        const textMB = await page.evaluate(() => (document.body.textContent ?? '').length / 1e6);
        // The gate's share on the text with its blocks apart, as the scanner reads a hit again.
        const text = await page.evaluate(() => document.body.innerText);
        const floorMs = await textReadFloor(plain, site, p, 3);
        const mine = withExt.get(p)!;
        figures.push({
          path: p,
          textMB,
          extensionMs: median(mine.map((m) => m.extMs)),
          evaluateMs: median(mine.map((m) => m.evaluateMs)),
          minimalMs: median(withMinimal.get(p)!.map((m) => m.extMs)),
          handOverMs: median(withHandOver.get(p)!.map((m) => m.extMs)),
          floorMs,
          longestTaskMs: Math.max(...mine.flatMap((m) => m.tasks), 0),
          slicesOverFrame: Math.max(...mine.map((m) => m.tasks.filter((t) => t > FRAME_MS).length)),
          longTasks: { with: median(mine.map((m) => m.longTasks)), without: median(withoutLongTasks) },
          gateShare: windowShare(text, (t) => GATE.hits(t)),
          runShare: windowShare(text, keyRuns),
        });
      }
    } finally {
      await plain.close();
      await rm(profile, { recursive: true, force: true });
    }
    printRealPages(figures, runs);
    return figures;
  } finally {
    await site.close();
  }
}

function printRealPages(figures: readonly RealPageFigures[], runs: number): void {
  const f1 = (x: number) => x.toFixed(1);
  const rows = figures.map((f) =>
    `  ${f.path.padEnd(48)} ${f.textMB.toFixed(3).padStart(6)} MB  extension ${f1(f.extensionMs).padStart(7)} ms ` +
    `(${f1(f.extensionMs / f.textMB).padStart(6)} ms/MB; content.js evaluation ${f1(f.evaluateMs).padStart(4)} ms)  minimal ext ${f1(f.minimalMs).padStart(5)} ms  hand-over ext ${f1(f.handOverMs).padStart(5)} ms  floor ${f1(f.floorMs).padStart(5)} ms (${f1(f.floorMs / f.textMB).padStart(4)} ms/MB)  ` +
    `${f1(f.extensionMs / Math.max(f.floorMs, 0.1)).padStart(5)}×  longest task ${f1(f.longestTaskMs).padStart(5)} ms, ` +
    `${f.slicesOverFrame} over 16 ms  long tasks ${f.longTasks.with} / ${f.longTasks.without}  ` +
    `gate windows ${(100 * f.gateShare).toFixed(1)}% of text (key runs: ${(100 * f.runShare).toFixed(1)}%)`);
  const sum = (k: (f: RealPageFigures) => number) => figures.reduce((a, f) => a + k(f), 0);
  const ext = sum((f) => f.extensionMs);
  const evaluate = sum((f) => f.evaluateMs);
  const minimal = sum((f) => f.minimalMs);
  const handOver = sum((f) => f.handOverMs);
  const floor = sum((f) => f.floorMs);
  const mb = sum((f) => f.textMB);
  const perMB = median(figures.map((f) => f.extensionMs / f.textMB));
  const floorPerMB = median(figures.map((f) => f.floorMs / f.textMB));
  const longest = Math.max(...figures.map((f) => f.longestTaskMs));
  const over = sum((f) => f.slicesOverFrame);
  const extraLong = sum((f) => Math.max(0, f.longTasks.with - f.longTasks.without));
  console.log(`Real documentation pages (Chromium; extension time median of ${runs} loads; floor: cheapest native read of the text, without the extension)
${rows.join('\n')}
  whole set: ${figures.length} pages, ${mb.toFixed(2)} MB of text; extension ${ext.toFixed(0)} ms, floors ${floor.toFixed(0)} ms → ${(ext / floor).toFixed(1)}× (bar: ≤ 5×); ` +
    `content.js evaluation ${evaluate.toFixed(1)} ms of it; median ${perMB.toFixed(0)} ms per MB (floor ${floorPerMB.toFixed(1)} ms per MB); whole set per MB: extension ${(ext / mb).toFixed(0)} ms, floor ${(floor / mb).toFixed(1)} ms; longest extension task ${longest.toFixed(1)} ms, ${over} over 16 ms (bar: none); ` +
    `long tasks with the extension beyond those without: ${extraLong} (bar: none); ` +
    `a minimal extension (one textContent read, one message) ${minimal.toFixed(0)} ms → ${(minimal / floor).toFixed(1)}× the floors, ours ${(ext / Math.max(minimal, 0.1)).toFixed(1)}× it; ` +
    `the floor of scanning in the worker (the same, the whole text handed over in that message) ${handOver.toFixed(0)} ms → ${(handOver / floor).toFixed(1)}× the floors, ` +
    `${(handOver / Math.max(minimal, 0.1)).toFixed(1)}× the minimal extension, ours ${(ext / Math.max(handOver, 0.1)).toFixed(1)}× it; ` +
    `gate windows ${(100 * sum((f) => f.gateShare * f.textMB) / mb).toFixed(1)}% of the text (runs of 16 key characters: ${(100 * sum((f) => f.runShare * f.textMB) / mb).toFixed(1)}%)`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await runRealPagesBench();
}
