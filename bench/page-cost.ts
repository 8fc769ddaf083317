// What the content script costs a page, in real Chromium. Prints figures only.
//   npx tsx bench/page-cost.ts        (needs `npm run build`: loads dist/chrome)
//
// Four scenes on pages served from 127.0.0.1:
//   prose  — ≥ 2 MB of text in ≥ 20,000 elements: paragraphs with links, a table with data-*;
//            two planted keys; measured from navigation until the badge shows them, plus 1 s.
//   article — the prose page's paragraphs as a long article (main > 100 sections of 200), the way
//            most long pages nest: same text and keys, structure that allows bigger reads.
//   code   — ≥ 2 MB of syntax-highlighted code (a span per token) and an inline JSON blob, three
//            planted keys (one split over spans); measured the same way.
//   storm  — on the code page, a mutation storm: every animation frame for 5 s, 150 new elements
//            and 150 attribute changes (as a busy feed or dashboard would do).
//   idle   — 5 s of the loaded, quiet page.
// The extension's own main-thread time comes from the V8 sampling profiler (100 µs) on the page:
// samples whose stack holds chrome-extension:// code. Its longest stretch in one task comes from a
// timeline trace: per RunTask, the summed script calls from chrome-extension://. The same page without the extension gives the page's own task time and heap
// for comparison (Performance.getMetrics), and long tasks seen by a PerformanceObserver.
import { pathToFileURL } from 'node:url';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { CHROMIUM_PATH, html, servePages, waitFor, type Site } from '../test/e2e/harness';
import { launchChromium } from '../test/e2e/driver/chromium';
import { fakeKeys } from '../test/support/keys';

const fake = fakeKeys(31);

const PARAGRAPHS = 20_000;
const ARTICLE_SECTION = 200;
const TABLE_ROWS = 2_000;
const CODE_BLOCKS = 18_000;
const STORM_MS = 5_000;
const IDLE_MS = 5_000;
export const SAMPLING_US = 100;

export interface ProfileNode {
  id: number;
  callFrame: { url: string; functionName: string };
  children?: number[];
}
export interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface SceneFigures {
  /** Main-thread ms spent in extension code (sampled). */
  extensionMs: number;
  /** Most extension script time within one main-thread task (timeline trace), ms. */
  longestExtensionTaskMs: number;
  /** Page task time (all code) with and without the extension, ms. */
  taskMs: { with: number; without: number };
  /** Long tasks (> 50 ms) seen by the page, with and without the extension. */
  longTasks: { with: number; without: number };
  /** JS heap used after the scene, MB, with and without. */
  heapMB: { with: number; without: number };
}

interface BenchPage {
  page: string;
  textMB: number;
  elements: number;
}

type PageName = 'prose' | 'article' | 'code';

export interface PageCostFigures {
  pages: Record<PageName, { textMB: number; elements: number; msPerMB: number; floorMsPerMB: number }>;
  prose: SceneFigures;
  article: SceneFigures;
  code: SceneFigures;
  storm: SceneFigures;
  idle: SceneFigures;
}

export function benchPages(keys: string[]): Record<PageName, BenchPage> {
  const words = 'alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho sigma tau'.split(' ');
  let seed = 7;
  const word = () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return words[seed % words.length];
  };
  const sentence = (n: number) => Array.from({ length: n }, word).join(' ');
  const done = (parts: string[], elements: number, title: string): BenchPage => {
    const body = parts.join('\n');
    const textMB = body.replace(/<[^>]*>/g, '').length / 1e6;
    return { page: html(body, title), textMB, elements };
  };

  const prose: string[] = [];
  let proseElements = 0;
  for (let i = 0; i < PARAGRAPHS; i++) {
    const key = i % 10_000 === 1234 ? ` token ${keys[(i / 10_000) | 0] ?? ''}` : '';
    prose.push(`<p>${sentence(14)} <a href="/doc/${i}">${word()}</a> <em>${sentence(4)}</em>${key}</p>`);
    proseElements += 3;
  }
  const sections: string[] = ['<main>'];
  for (let i = 0; i < PARAGRAPHS; i += ARTICLE_SECTION) {
    sections.push(`<section><h2>Part ${i / ARTICLE_SECTION + 1}</h2>`, ...prose.slice(i, i + ARTICLE_SECTION), '</section>');
  }
  sections.push('</main>');
  const articleElements = proseElements + 1 + 2 * (PARAGRAPHS / ARTICLE_SECTION);
  prose.push('<table>');
  for (let i = 0; i < TABLE_ROWS; i++) {
    prose.push(`<tr><td>${i}</td><td>${sentence(5)}</td><td data-id="row-${i}">${sentence(3)}</td></tr>`);
    proseElements += 4;
  }
  prose.push('</table>');

  const code: string[] = [];
  let codeElements = 0;
  for (let i = 0; i < CODE_BLOCKS; i++) {
    const key = keys[2 + ((i / 6000) | 0)];
    // A planted key split over two highlighter spans, as editors render long strings.
    const value = i % 6000 === 777 && key ? `<span class="s">"${key.slice(0, 10)}</span><span class="s">${key.slice(10)}"</span>` : `<span class="s">"${sentence(6)}"</span>`;
    code.push(`<pre><code><span class="k">const</span> <span class="v">value${i}</span> = ${value};\n<span class="c">// ${sentence(10)}</span></code></pre>`);
    codeElements += 6;
  }
  code.push(`<script type="application/json">${JSON.stringify({ items: Array.from({ length: 3000 }, (_, i) => ({ id: i, label: sentence(3) })) })}</script>`);
  return {
    prose: done(prose, proseElements, 'Prose page'),
    article: done(sections, articleElements, 'Article page'),
    code: done(code, codeElements, 'Code page'),
  };
}

const STORM_SCRIPT = `
window.runStorm = (ms) => new Promise((done) => {
  const feed = document.createElement('div');
  document.body.append(feed);
  const end = performance.now() + ms;
  let n = 0;
  const frame = () => {
    for (let i = 0; i < 150; i++) {
      const row = document.createElement('div');
      row.className = 'row';
      const s = document.createElement('span');
      s.textContent = 'update ' + (n++) + ' price ' + Math.random().toFixed(6);
      row.append(s);
      feed.append(row);
    }
    const rows = feed.children;
    for (let i = 0; i < 150 && rows.length; i++) rows[(n + i * 7) % rows.length].setAttribute('data-state', String(n + i));
    if (performance.now() < end) requestAnimationFrame(frame); else done(n);
  };
  requestAnimationFrame(frame);
});`;

export const LONG_TASKS = `
window.__longTasks = [];
new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longTasks.push(e.duration); })
  .observe({ type: 'longtask', buffered: true });`;

/** Where the extension's sampled time went: per function (name and file), self and inclusive ms. */
export interface Breakdown {
  self: Map<string, number>;
  total: Map<string, number>;
  /** Self time of the samples with KW_PROFILE_UNDER's function on their stack: where that function's time went. */
  under: Map<string, number>;
}

export const newBreakdown = (): Breakdown => ({ self: new Map(), total: new Map(), under: new Map() });

/** KW_PROFILE_UNDER=name: also print where the time of the extension's function `name` went. */
const PROFILE_UNDER = process.env.KW_PROFILE_UNDER;

/**
 * The extension's main-thread time in `profile`: samples whose stack holds chrome-extension://
 * code. With `into`, each sample's time is also added to its own function (self) and once to every
 * distinct function on its stack from the extension's outermost frame in (total).
 */
export function extensionTime(profile: Profile, into?: Breakdown): { ms: number } {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const ext = new Map<number, boolean>();
  const isExt = (id: number): boolean => {
    const known = ext.get(id);
    if (known !== undefined) return known;
    const node = byId.get(id);
    const p = parent.get(id);
    const v = (node?.callFrame.url.startsWith('chrome-extension://') ?? false) || (p !== undefined && isExt(p));
    ext.set(id, v);
    return v;
  };
  const name = (id: number) => {
    const frame = byId.get(id)?.callFrame;
    return `${frame?.functionName || '(anonymous)'} ${(frame?.url ?? '').split('/').pop()}`;
  };
  let ms = 0;
  profile.samples.forEach((id, i) => {
    if (!isExt(id)) return;
    const dt = (profile.timeDeltas[i + 1] ?? SAMPLING_US) / 1000;
    ms += dt;
    if (!into) return;
    const self = name(id);
    into.self.set(self, (into.self.get(self) ?? 0) + dt);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined && isExt(at); at = parent.get(at)) seen.add(name(at));
    for (const n of seen) into.total.set(n, (into.total.get(n) ?? 0) + dt);
    if (PROFILE_UNDER && seen.has(`${PROFILE_UNDER} content.js`)) into.under.set(self, (into.under.get(self) ?? 0) + dt);
  });
  return { ms };
}

/** The `top` functions by self and by inclusive time, as printable lines. */
export function printBreakdown(b: Breakdown, ms: number, top: number): string {
  const rows = (m: Map<string, number>) => [...m].sort((a, c) => c[1] - a[1]).slice(0, top)
    .map(([n, t]) => `      ${t.toFixed(1).padStart(7)} ms ${(100 * t / Math.max(ms, 1e-9)).toFixed(0).padStart(3)}%  ${n}`).join('\n');
  const under = PROFILE_UNDER ? `\n    under ${PROFILE_UNDER}, self:\n${rows(b.under)}` : '';
  return `    self:\n${rows(b.self)}\n    inclusive:\n${rows(b.total)}${under}`;
}

export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { data?: { url?: string; functionName?: string } };
}

/** Starts a timeline trace; the returned function stops it and yields its events. */
export async function startTrace(cdp: CDPSession): Promise<() => Promise<TraceEvent[]>> {
  await cdp.send('Tracing.start', {
    categories: 'devtools.timeline,disabled-by-default-devtools.timeline',
    transferMode: 'ReturnAsStream',
  });
  return async () => {
    const done = new Promise<string>((resolve) => cdp.once('Tracing.tracingComplete', (e) => resolve(e.stream as string)));
    await cdp.send('Tracing.end');
    const handle = await done;
    let json = '';
    for (;;) {
      const chunk = await cdp.send('IO.read', { handle });
      json += chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString('utf8') : chunk.data;
      if (chunk.eof) break;
    }
    await cdp.send('IO.close', { handle });
    const parsed = JSON.parse(json) as TraceEvent[] | { traceEvents: TraceEvent[] };
    return Array.isArray(parsed) ? parsed : parsed.traceEvents;
  };
}

/**
 * Extension time per main-thread task that ran any: per task (RunTask), the summed duration of
 * script calls (FunctionCall, …) whose URL is chrome-extension://. Page work in the same task (the
 * page's own handlers, layout) is not counted.
 */
export function extensionTasks(events: TraceEvent[]): number[] {
  const all = events.filter((e) => e.ph === 'X' && e.dur !== undefined && (e.args?.data?.url ?? '').startsWith('chrome-extension://'))
    .sort((a, b) => a.ts - b.ts);
  // Nested events (v8.compile inside EvaluateScript) are part of their parent: count the outermost only.
  const ext: TraceEvent[] = [];
  const openUntil = new Map<number, number>();
  for (const e of all) {
    if (e.ts < (openUntil.get(e.tid) ?? -1)) continue;
    ext.push(e);
    openUntil.set(e.tid, e.ts + e.dur!);
  }
  const tasks = events.filter((e) => e.ph === 'X' && e.name === 'RunTask' && e.dur !== undefined);
  const perTask = new Map<TraceEvent | undefined, number>();
  for (const call of ext) {
    const task = tasks.find((t) => t.pid === call.pid && t.tid === call.tid && t.ts <= call.ts && t.ts + t.dur! >= call.ts);
    perTask.set(task, (perTask.get(task) ?? 0) + call.dur! / 1000);
  }
  if (process.env.KW_TRACE_DEBUG) {
    const top = [...perTask].sort((a, b) => b[1] - a[1]).slice(0, 3);
    for (const [task, ms] of top) {
      const inside = ext.filter((c) => task && c.tid === task.tid && c.ts >= task.ts && c.ts <= task.ts + task.dur!);
      console.log(`task ${((task?.dur ?? 0) / 1000).toFixed(1)} ms, ext ${ms.toFixed(1)} ms:`,
        inside.slice(0, 6).map((c) => `${c.name}:${c.args?.data?.functionName ?? ''}:${(c.args?.data?.url ?? '').split('/').pop()}@${(c.dur! / 1000).toFixed(1)}`).join(' '), inside.length);
    }
  }
  return [...perTask.values()];
}

/**
 * Time the browser spent evaluating the extension's `script` (file name) in the trace: EvaluateScript,
 * which holds its compile (v8.compile) and its top-level run, summed over the frames that ran it.
 */
export function scriptEvaluation(events: TraceEvent[], script: string): { ms: number; compileMs: number } {
  const ours = (e: TraceEvent) => e.ph === 'X' && e.dur !== undefined && (e.args?.data?.url ?? '').startsWith('chrome-extension://')
    && (e.args?.data?.url ?? '').endsWith(`/${script}`);
  const sum = (name: string) => events.filter((e) => e.name === name && ours(e)).reduce((ms, e) => ms + e.dur! / 1000, 0);
  return { ms: sum('EvaluateScript'), compileMs: sum('v8.compile') };
}

/** The most extension time within one main-thread task (see extensionTasks). */
export function longestExtensionTask(events: TraceEvent[]): number {
  return Math.max(0, ...extensionTasks(events));
}

export async function metrics(cdp: CDPSession): Promise<{ taskMs: number; heapMB: number }> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics: m } = await cdp.send('Performance.getMetrics');
  const get = (name: string) => m.find((x) => x.name === name)?.value ?? 0;
  return { taskMs: get('TaskDuration') * 1000, heapMB: get('JSHeapUsedSize') / 1e6 };
}

interface SceneRun {
  extMs: number;
  runMs: number;
  taskMs: number;
  heapMB: number;
  longTasks: number;
}
type Run = Record<PageName | 'storm' | 'idle', SceneRun>;

async function runScenes(context: BrowserContext, site: Site, settled: (page: Page, path: string) => Promise<void>): Promise<Run> {
  const page = await context.newPage();
  await page.addInitScript(LONG_TASKS);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: SAMPLING_US });

  const scene = async (work: () => Promise<void>) => {
    const before = await metrics(cdp).catch(() => ({ taskMs: 0, heapMB: 0 }));
    const tasksBefore = await page.evaluate(() => (window as unknown as { __longTasks?: number[] }).__longTasks?.length ?? 0).catch(() => 0);
    const stopTrace = await startTrace(cdp);
    await cdp.send('Profiler.start');
    await work();
    const { profile } = await cdp.send('Profiler.stop') as { profile: Profile };
    const longestTask = longestExtensionTask(await stopTrace());
    const after = await metrics(cdp);
    const tasksAfter = await page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks.length);
    const { ms } = extensionTime(profile);
    return { extMs: ms, runMs: longestTask, taskMs: after.taskMs - before.taskMs, heapMB: after.heapMB, longTasks: tasksAfter - tasksBefore };
  };

  // Navigation resets the page's metrics, so each page's scene is measured from a blank page.
  const load = async (path: string) => {
    await page.goto('about:blank');
    return scene(async () => {
      await page.goto(site.url(path));
      await settled(page, path);
    });
  };
  const prose = await load('/prose');
  const article = await load('/article');
  const code = await load('/code');
  await page.evaluate(STORM_SCRIPT);
  const storm = await scene(async () => {
    await page.evaluate((ms) => (window as unknown as { runStorm(ms: number): Promise<number> }).runStorm(ms), STORM_MS);
    await new Promise((r) => setTimeout(r, 1500)); // debounce + idle slices after the last burst
  });
  const idle = await scene(() => new Promise((r) => setTimeout(r, IDLE_MS)));
  await page.close();
  return { prose, article, code, storm, idle };
}

export async function runPageCostBench(): Promise<PageCostFigures> {
  const keys = [fake.githubToken(), fake.stripeSecretKey(), fake.githubToken(), fake.stripeSecretKey(), fake.githubToken()];
  /** Distinct keys planted per page (prose and article: keys 0–1, code: keys 2–4): the badge to wait for. */
  const planted: Record<string, string> = { '/prose': '2', '/article': '2', '/code': '3' };
  const pages = benchPages(keys);
  const site = await servePages({ '/prose': pages.prose.page, '/article': pages.article.page, '/code': pages.code.page });
  try {
    // KW_EXTENSION_DIR: a copy of dist/chrome, so a rebuild by someone else mid-run does not matter.
    const ext = await launchChromium(process.env.KW_EXTENSION_DIR ? { extensionDir: process.env.KW_EXTENSION_DIR } : {});
    let withExt: Run;
    try {
      withExt = await runScenes(ext.context, site, async (p, path) => {
        const tabId = await ext.tabIdOf(p);
        await waitFor(async () => (await ext.badgeText(tabId)) === planted[path], { timeout: 60_000, message: `badge on ${path}` });
        await new Promise((r) => setTimeout(r, 1000));
      });
    } finally {
      await ext.close();
    }
    const { context: plain, profile } = await launchPlainChromium();
    let without: Run;
    let floor: Record<PageName, number>;
    try {
      // Without the extension there is no badge to wait for: the same settle time it needed.
      without = await runScenes(plain, site, async (p) => {
        await p.waitForLoadState('load');
        await new Promise((r) => setTimeout(r, 1000));
      });
      floor = {
        prose: await textReadFloor(plain, site, '/prose'),
        article: await textReadFloor(plain, site, '/article'),
        code: await textReadFloor(plain, site, '/code'),
      };
    } finally {
      await plain.close();
      await rm(profile, { recursive: true, force: true });
    }
    const scene = (k: keyof Run): SceneFigures => ({
      extensionMs: round(withExt[k].extMs),
      longestExtensionTaskMs: round(withExt[k].runMs),
      taskMs: { with: round(withExt[k].taskMs), without: round(without[k].taskMs) },
      longTasks: { with: withExt[k].longTasks, without: without[k].longTasks },
      heapMB: { with: round(withExt[k].heapMB), without: round(without[k].heapMB) },
    });
    const perPage = (k: PageName) => ({
      textMB: round(pages[k].textMB), elements: pages[k].elements, msPerMB: round(withExt[k].extMs / pages[k].textMB),
      floorMsPerMB: round(floor[k] / pages[k].textMB),
    });
    const figures: PageCostFigures = {
      pages: { prose: perPage('prose'), article: perPage('article'), code: perPage('code') },
      prose: scene('prose'),
      article: scene('article'),
      code: scene('code'),
      storm: scene('storm'),
      idle: scene('idle'),
    };
    print(figures);
    return figures;
  } finally {
    await site.close();
  }
}

/**
 * What the browser alone needs to hand a script a page's text once: per fresh load (no extension),
 * the cheapest of three native reads, each the first touch of the page: one
 * `document.body.textContent`; the body's child nodes in groups of 1,024 through one
 * `Range.toString()` each; or `textContent` child by child of the first container with more than
 * one element child (one read of megabytes is slower per character than many small ones, and many
 * small ones cost a wrapper each). Median of `loads` loads per way. It puts the per-MB bar in
 * proportion on this machine.
 */
/** Chromium without the extension, on a fresh profile (the caller removes `profile` after closing). */
export async function launchPlainChromium(): Promise<{ context: BrowserContext; profile: string }> {
  const profile = await mkdtemp(join(tmpdir(), 'kw-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
  return { context, profile };
}

export async function textReadFloor(context: BrowserContext, site: Site, path: string, loads = 5): Promise<number> {
  const page = await context.newPage();
  const ways = ['whole', 'groups', 'children'] as const;
  const times = new Map<string, number[]>(ways.map((w) => [w, []]));
  for (let i = 0; i < loads; i++) {
    for (const way of ways) {
      await page.goto(site.url(path));
      await page.waitForLoadState('load');
      times.get(way)!.push(await page.evaluate((how) => {
        const start = performance.now();
        if (how === 'whole') {
          void document.body.textContent?.length;
        } else if (how === 'groups') {
          const kids = document.body.childNodes;
          const range = document.createRange();
          for (let k = 0; k < kids.length; k += 1024) {
            range.setStart(kids[k]!, 0);
            const after = kids[k + 1024];
            if (after) range.setEnd(after, 0);
            else range.setEnd(document.body, kids.length);
            void range.toString().length;
          }
        } else {
          let box: Element = document.body;
          while (box.childElementCount === 1 && box.firstElementChild) box = box.firstElementChild;
          for (let c = box.firstChild; c; c = c.nextSibling) void c.textContent?.length;
        }
        return performance.now() - start;
      }, way));
    }
  }
  await page.close();
  return Math.min(...ways.map((w) => times.get(w)!.sort((a, b) => a - b)[loads >> 1]!));
}

const round = (x: number) => Math.round(x * 100) / 100;

function print(f: PageCostFigures): void {
  const row = (name: string, s: SceneFigures) =>
    `  ${name.padEnd(6)} extension ${String(s.extensionMs).padStart(8)} ms  longest in one task ${String(s.longestExtensionTaskMs).padStart(6)} ms  ` +
    `page tasks ${s.taskMs.with} / ${s.taskMs.without} ms  long tasks ${s.longTasks.with} / ${s.longTasks.without}  ` +
    `heap ${s.heapMB.with} / ${s.heapMB.without} MB`;
  const page = (name: PageName) => {
    const p = f.pages[name];
    return `  ${name} page: ${p.textMB} MB of text, ${p.elements} elements → ${p.msPerMB} ms main-thread per MB (bar: ≤ 5; `
      + `the cheapest native read of its text, without the extension: ${p.floorMsPerMB} ms per MB)`;
  };
  console.log(`Page cost of the content script (Chromium; "with / without" the extension; long task bar: none > 50 ms)
${page('prose')}
${page('article')}
${page('code')}
${row('prose', f.prose)}
${row('article', f.article)}
${row('code', f.code)}
${row('storm', f.storm)}
${row('idle', f.idle)}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await runPageCostBench();
}
