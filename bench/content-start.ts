// What every page pays for the content script whatever its text, in real Chromium with the built
// extension. Prints figures only.
//   npx tsx bench/content-start.ts     (needs `npm run build`: loads dist/chrome, or KW_EXTENSION_DIR)
//
// One small real page (Python's tutorial introduction, 19 KB of text; a small page of ours when the
// docs are missing), loaded LOADS times on a site the browser has not shown yet (`siteN.test`,
// resolved to 127.0.0.1: a new renderer process, which compiles content.js from nothing, as on the
// first page of every site a user opens) and then once more on the same site (the process has
// content.js compiled). Per load: content.js's evaluation from the timeline trace (EvaluateScript:
// its compile, v8.compile, and its top-level run), and the extension's main-thread time until it is
// quiet (V8 sampling profiler; compiling is not in it), as bench/real-pages.ts measures it.
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { html, servePages, type Site } from '../test/e2e/harness';
import { launchChromium } from '../test/e2e/driver/chromium';
import { extensionTime, SAMPLING_US, scriptEvaluation, startTrace, type Profile } from './page-cost';
import { realPageSet, serveDirs } from './real-pages';
import { median } from './stats';

const LOADS = Number(process.env.KW_START_LOADS ?? 8);
const QUIET_MS = 1000;
const PAGE = '/py/tutorial/introduction.html';

interface StartRun {
  evaluateMs: number;
  compileMs: number;
  extMs: number;
}

/** The tutorial page when Python's docs are installed, else a small page of prose and code. */
async function smallPage(): Promise<{ site: Site; path: string }> {
  const { mounts, paths } = await realPageSet();
  if (paths.includes(PAGE)) return { site: await serveDirs(mounts), path: PAGE };
  const prose = Array.from({ length: 60 }, (_, i) => `<p>Paragraph ${i} of a short page, with <a href="/p/${i}">a link</a>.</p><pre><code>let x${i} = ${i};</code></pre>`);
  return { site: await servePages({ '/small': html(prose.join('\n'), 'Small page') }), path: '/small' };
}

export async function runContentStartBench(): Promise<{ cold: StartRun[]; warm: StartRun[] }> {
  const { site, path } = await smallPage();
  const hosts = Array.from({ length: LOADS }, (_, i) => `site${i}.test`);
  const ext = await launchChromium({ ...(process.env.KW_EXTENSION_DIR ? { extensionDir: process.env.KW_EXTENSION_DIR } : {}), hosts });
  const cold: StartRun[] = [];
  const warm: StartRun[] = [];
  try {
    for (const host of hosts) {
      const page = await ext.context.newPage();
      const url = `http://${host}:${site.port}${path}`;
      cold.push(await load(page, url));
      warm.push(await load(page, url));
      await page.close();
    }
  } finally {
    await ext.close();
    await site.close();
  }
  const row = (name: string, runs: StartRun[]) => {
    const f = (k: keyof StartRun) => `${median(runs.map((r) => r[k])).toFixed(1)} (${Math.min(...runs.map((r) => r[k])).toFixed(1)}–${Math.max(...runs.map((r) => r[k])).toFixed(1)})`;
    return `  ${name}: content.js evaluation ${f('evaluateMs')} ms, of it compile ${f('compileMs')} ms; extension main-thread time ${f('extMs')} ms`;
  };
  console.log(`Content script start (${path}, Chromium; median (min–max) of ${LOADS} loads each)
${row('new site (fresh renderer)', cold)}
${row('same site again', warm)}`);
  return { cold, warm };
}

/** One load from a blank page, traced and profiled until the extension is quiet. */
async function load(page: Page, url: string): Promise<StartRun> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: SAMPLING_US });
    const stopTrace = await startTrace(cdp);
    await cdp.send('Profiler.start');
    await page.goto(url, { waitUntil: 'load' });
    let extMs = 0;
    for (let chunk = 0; chunk < 30; chunk++) {
      await new Promise((r) => setTimeout(r, QUIET_MS));
      const { profile } = await cdp.send('Profiler.stop') as { profile: Profile };
      const { ms } = extensionTime(profile);
      extMs += ms;
      if (ms === 0) break;
      await cdp.send('Profiler.start');
    }
    const { ms, compileMs } = scriptEvaluation(await stopTrace(), 'content.js');
    return { evaluateMs: ms, compileMs, extMs };
  } finally {
    await cdp.detach();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await runContentStartBench();
}
