// `npm run bench`: engine and CLI throughput on ~18 MB of third-party web assets next to secretlint's
// recommended preset, both tools' recall/precision on the labelled corpus, the real-world pastes
// and whole-engine alerts on real docs (bench/real-world.ts), and the wallet figures
// (bench/wallet.ts: real-text alerts, wallet corpus, QR). Prints figures only.
import { spawn } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { cpus, loadavg, tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { lintSource } from '@secretlint/core';
import { creator as recommendedPreset } from '@secretlint/secretlint-rule-preset-recommend';
import { PROVIDERS, RULES, isAlert, scan } from '../src/engine/index';
import { buildCli } from '../scripts/build-cli';
import { buildCorpus, type Split } from '../test/corpus/generate';
import { score, type Detection, type Scores } from '../test/corpus/evaluate';
import { thirdPartyFiles } from '../test/corpus/third-party';
import type { CorpusDoc } from '../test/corpus/labels';
import { runRealWorldBench } from './real-world';
import { enginePhases, printEnginePhases } from './engine-phases';
import { runWalletBench } from './wallet';
import { median } from './stats';

const ENGINE_PASSES = 5;
const SECRETLINT_PASSES = 3;
const PROCESS_RUNS = 3;
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SECRETLINT_CONFIG = { rules: [{ id: '@secretlint/secretlint-rule-preset-recommend', rule: recommendedPreset }] };


/** Wall and CPU time. The machine is shared, so CPU time is the steadier figure. */
interface Timing {
  wall: number;
  cpu: number;
}

async function time(fn: () => unknown | Promise<unknown>): Promise<Timing> {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  await fn();
  const c = process.cpuUsage(c0);
  return { wall: performance.now() - t0, cpu: (c.user + c.system) / 1000 };
}

function medianTiming(ts: Timing[]): Timing {
  return { wall: median(ts.map((t) => t.wall)), cpu: median(ts.map((t) => t.cpu)) };
}

async function medianOf(passes: number, fn: () => unknown | Promise<unknown>): Promise<Timing> {
  await fn(); // warm-up: JIT, regex compilation, module loading
  const times: Timing[] = [];
  for (let i = 0; i < passes; i++) times.push(await time(fn));
  return medianTiming(times);
}

/** CPU time of reaped children (Linux /proc/self/stat cutime + cstime, in ms); NaN elsewhere. */
async function childrenCpuMs(): Promise<number> {
  try {
    const stat = await readFile('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[13]) + Number(fields[14])) * 10; // fields 16, 17; USER_HZ is 100 on Linux
  } catch {
    return NaN;
  }
}

const PEAK_RSS = new URL('./peak-rss.mjs', import.meta.url).href;

/**
 * Wall and CPU time of a Node process, output discarded (it may contain findings), and its peak
 * resident memory in MB (bench/peak-rss.mjs reports it on descriptor 3).
 */
async function runProcess(args: string[]): Promise<Timing & { peakMB: number }> {
  const cpu0 = await childrenCpuMs();
  const t0 = performance.now();
  let peak = '';
  await new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', PEAK_RSS, ...args], { stdio: ['ignore', 'ignore', 'ignore', 'pipe'] });
    child.stdio[3]?.on('data', (d: Buffer) => void (peak += d.toString()));
    child.on('error', reject);
    child.on('close', () => resolve());
  });
  const wall = performance.now() - t0;
  return { wall, cpu: (await childrenCpuMs()) - cpu0, peakMB: Number(peak) / 1024 };
}

async function secretlintMessages(content: string, name: string) {
  const result = await lintSource({
    source: { content, filePath: `/corpus/${name}`, contentType: 'text' },
    options: { config: SECRETLINT_CONFIG, maskSecrets: true },
  });
  return result.messages;
}

/** secretlint rule ids → our provider slugs, for provider accuracy. */
function secretlintProvider(ruleId: string): string {
  const name = ruleId.replace(/^@secretlint\/secretlint-rule-/, '');
  return ({ privatekey: 'private-key', docker: 'dockerhub', gcp: 'google' } as Record<string, string>)[name] ?? name;
}

async function scoreSecretlint(docs: CorpusDoc[]): Promise<Scores> {
  const byDoc = new Map<string, Detection[]>();
  for (const doc of docs) {
    const messages = await secretlintMessages(doc.text, doc.name);
    byDoc.set(doc.name, messages.map((m) => ({ start: m.range[0], end: m.range[1], rule: m.ruleId, provider: secretlintProvider(m.ruleId) })));
  }
  return score(docs, (doc) => byDoc.get(doc.name) ?? []);
}

function scoreEngine(docs: CorpusDoc[]): Scores {
  return score(docs, (doc) => scan(doc.text).filter(isAlert).map((f) => ({ start: f.start, end: f.end, provider: f.provider, rule: f.rule })));
}

/** Total size of the files under `dir`, in bytes (what the CLI will read). */
async function treeBytes(dir: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += (await stat(join(entry.parentPath, entry.name))).size;
  }
  return total;
}

/** The Rust toolchain's HTML docs (rustup), if installed: real documentation no one here wrote. */
async function rustDocs(): Promise<string | undefined> {
  const toolchains = join(homedir(), '.rustup/toolchains');
  if (!existsSync(toolchains)) return undefined;
  const names = (await readdir(toolchains)).sort((a, b) => Number(b.startsWith('stable')) - Number(a.startsWith('stable')));
  return names.map((n) => join(toolchains, n, 'share/doc/rust/html')).find((d) => existsSync(d));
}

/**
 * The CLI alone: start-up against Node's own, and folder throughput on one thread and on every
 * core (--jobs), on the Rust docs (~800 MB; skipped with a note where rustup's docs are absent).
 */
async function cliBench(cli: string, assets: string, assetsMb: number): Promise<void> {
  const runs = async (n: number, args: string[]): Promise<Timing & { peakMB: number }> => {
    const ts: (Timing & { peakMB: number })[] = [];
    for (let i = 0; i < n; i++) ts.push(await runProcess(args));
    return { ...medianTiming(ts), peakMB: median(ts.map((t) => t.peakMB)) };
  };
  const node = await runs(5, ['-e', '0']);
  const version = await runs(5, [cli, '--version']);
  console.log(`CLI start-up: node -e 0 ${node.wall.toFixed(0)} ms wall, ${node.cpu.toFixed(0)} ms cpu; ` +
    `keywarden --version ${version.wall.toFixed(0)} ms wall, ${version.cpu.toFixed(0)} ms cpu ` +
    `(module load and engine set-up: +${(version.wall - node.wall).toFixed(0)} ms)`);
  const jobs = cpus().length;
  const single = await runs(PROCESS_RUNS, [cli, 'scan', '--json', '--jobs', '1', assets]);
  const every = await runs(PROCESS_RUNS, [cli, 'scan', '--json', '--jobs', String(jobs), assets]);
  console.log(`CLI on the third-party assets: 1 thread ${(assetsMb / (single.wall / 1000)).toFixed(1)} MB/s, ` +
    `${jobs} threads ${(assetsMb / (every.wall / 1000)).toFixed(1)} MB/s wall (cpu ${single.cpu.toFixed(0)} vs ${every.cpu.toFixed(0)} ms, ` +
    `peak memory ${single.peakMB.toFixed(0)} vs ${every.peakMB.toFixed(0)} MB)`);
  if (ONLY_SPEED) return;
  const docs = await rustDocs();
  if (!docs) {
    console.log('CLI on the Rust docs: skipped (no ~/.rustup/toolchains/*/share/doc/rust/html; `rustup component add rust-docs`)');
    return;
  }
  const mb = (await treeBytes(docs)) / 1e6;
  await runProcess([cli, 'scan', '--json', '--jobs', '1', join(docs, 'std')]); // page cache
  const one = await runs(1, [cli, 'scan', '--json', '--jobs', '1', docs]);
  const all = await runs(1, [cli, 'scan', '--json', '--jobs', String(jobs), docs]);
  console.log(`CLI on the Rust docs (${docs}, ${mb.toFixed(0)} MB): 1 thread ${(mb / (one.wall / 1000)).toFixed(1)} MB/s, ` +
    `${jobs} threads ${(mb / (all.wall / 1000)).toFixed(1)} MB/s wall (one run each; peak memory ${one.peakMB.toFixed(0)} vs ${all.peakMB.toFixed(0)} MB)`);
}

/** Benches other modules own, run when their file exists: file, exported function, precondition. */
const OTHER_BENCHES: { file: string; run: string; title: string; needs?: string }[] = [
  { file: 'qr.ts', run: 'runQrBench', title: 'QR' },
  { file: 'qr-photos.ts', run: 'runQrPhotoBench', title: 'QR on real photos (CLI and the extension\'s worker)' },
  { file: 'paste-guard.ts', run: 'runPasteGuardBench', title: 'Paste guard', needs: 'dist/chrome/manifest.json' },
  { file: 'page-cost.ts', run: 'runPageCostBench', title: 'Page cost (content script)', needs: 'dist/chrome/manifest.json' },
  { file: 'wallet.ts', run: 'runWalletPageCost', title: 'Page cost per MB, page-side phrase walk on / off', needs: 'dist/chrome/manifest.json' },
  { file: 'real-pages.ts', run: 'runRealPagesBench', title: 'Page cost on real documentation pages (content script vs the native floor)', needs: 'dist/chrome/manifest.json' },
  { file: 'popup-load.ts', run: 'runPopupLoadBench', title: 'Popup and tab state under load', needs: 'dist/chrome/manifest.json' },
  { file: 'script-files.ts', run: 'runScriptFilesBench', title: 'Script files (content script and worker)', needs: 'dist/chrome/manifest.json' },
];

async function runOtherBenches(): Promise<void> {
  for (const bench of OTHER_BENCHES) {
    const url = new URL(`./${bench.file}`, import.meta.url);
    if (!existsSync(url)) continue;
    console.log(`\n${bench.title}`);
    if (bench.needs && !existsSync(join(ROOT, bench.needs))) {
      console.log(`  skipped: ${bench.needs} is missing (run npm run build first)`);
      continue;
    }
    const mod = (await import(url.href)) as Record<string, unknown>;
    const run = mod[bench.run];
    if (typeof run === 'function') await (run as () => Promise<unknown>)();
    else console.log(`  skipped: bench/${bench.file} exports no ${bench.run}()`);
  }
}

/** `--only=engine` stops after the first section (throughput and corpus scores). */
const ONLY_ENGINE = process.argv.includes('--only=engine');
/** `--only=speed`: engine and CLI speed on the third-party assets alone (a short run for the shared lock). */
const ONLY_SPEED = process.argv.includes('--only=speed');

const pad = (s: string, n: number) => s.padEnd(n);
const lpad = (s: string, n: number) => s.padStart(n);
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

async function main(): Promise<void> {
  const files = await thirdPartyFiles(join(ROOT, 'node_modules'));
  const texts = await Promise.all(files.map((f) => readFile(f.path, 'utf8')));
  const bytes = files.reduce((n, f) => n + f.size, 0);
  const mb = bytes / 1e6;
  const services = Object.values(PROVIDERS).filter((p) => p.domains.length > 0).length;
  console.log(`Engine: ${Object.keys(PROVIDERS).length} providers (${services} services), ${RULES.length} rules`);
  console.log(`Third-party assets: ${files.length} files, ${mb.toFixed(2)} MB (MB = 10^6 bytes); ` +
    `load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} on ${cpus().length} CPUs\n`);

  // secretlint's CLI ignores node_modules, so both CLIs scan a copy of the same files.
  const work = await mkdtemp(join(tmpdir(), 'kw-bench-'));
  try {
    const assets = join(work, 'assets');
    await mkdir(assets);
    await Promise.all(files.map((f, i) => copyFile(f.path, join(assets, `${String(i).padStart(2, '0')}-${basename(f.path)}`))));
    const rc = join(work, '.secretlintrc.json');
    await writeFile(rc, JSON.stringify({ rules: [{ id: '@secretlint/secretlint-rule-preset-recommend' }] }));
    // Built under node_modules so the bundle resolves the optional sharp package, as dist/ does.
    const cli = await buildCli(join(ROOT, 'node_modules/.cache', `kw-bench-${process.pid}`));

    // First, while the engine is still cold in this process: where scan()'s time goes.
    const phases = enginePhases(texts);
    let alerts = 0;
    const engineMs = await medianOf(ENGINE_PASSES, () => {
      alerts = 0;
      for (const t of texts) alerts += scan(t).filter(isAlert).length;
    });
    const secretlintMs = await medianOf(SECRETLINT_PASSES, async () => {
      for (const [i, t] of texts.entries()) await secretlintMessages(t, `asset-${i}`);
    });
    const ourRuns: (Timing & { peakMB: number })[] = [];
    const theirRuns: (Timing & { peakMB: number })[] = [];
    for (let i = 0; i < PROCESS_RUNS; i++) {
      ourRuns.push(await runProcess([cli, 'scan', '--json', assets]));
      theirRuns.push(await runProcess([
        join(ROOT, 'node_modules/secretlint/bin/secretlint.js'), '--secretlintrc', rc, '--maskSecrets', '--no-color', `${assets}/*`,
      ]));
    }
    const ourProcess = medianTiming(ourRuns);
    const theirProcess = medianTiming(theirRuns);
    const ourPeak = median(ourRuns.map((r) => r.peakMB));
    const theirPeak = median(theirRuns.map((r) => r.peakMB));

    const rows: [string, Timing][] = [
      ['keywarden engine (in-process)', engineMs],
      ['secretlint core, recommended preset (in-process)', secretlintMs],
      ['keywarden CLI (whole process)', ourProcess],
      ['secretlint CLI (whole process)', theirProcess],
    ];
    const rate = (ms: number) => (Number.isFinite(ms) && ms > 0 ? (mb / (ms / 1000)).toFixed(1) : 'n/a');
    console.log(`${pad('', 50)}${lpad('wall', 9)}${lpad('MB/s', 7)}${lpad('cpu', 9)}${lpad('MB/s', 7)}`);
    for (const [name, t] of rows) {
      console.log(`${pad(name, 50)}${lpad(`${t.wall.toFixed(0)} ms`, 9)}${lpad(rate(t.wall), 7)}` +
        `${lpad(`${t.cpu.toFixed(0)} ms`, 9)}${lpad(rate(t.cpu), 7)}`);
    }
    const ratio = (a: Timing, b: Timing) => `${(a.wall / b.wall).toFixed(1)}× wall, ${(a.cpu / b.cpu).toFixed(1)}× cpu`;
    console.log(`speed-up over secretlint: engine vs its core ${ratio(secretlintMs, engineMs)}; ` +
      `engine vs its whole process ${ratio(theirProcess, engineMs)}; CLI vs CLI ${ratio(theirProcess, ourProcess)}. ` +
      `Engine alerts on these files: ${alerts}`);
    console.log(`peak memory (resident, median of ${PROCESS_RUNS}): keywarden CLI ${ourPeak.toFixed(0)} MB, ` +
      `secretlint CLI ${theirPeak.toFixed(0)} MB (${(ourPeak / theirPeak).toFixed(2)}×)`);
    console.log(`(medians: engine ${ENGINE_PASSES} warm passes, secretlint core ${SECRETLINT_PASSES}, processes ${PROCESS_RUNS} runs)`);
    printEnginePhases(phases, mb);
    console.log('');
    await cliBench(cli, assets, mb);
    console.log('');
    if (ONLY_SPEED) return;

    console.log(`${pad('labelled corpus', 26)}${lpad('recall', 9)}${lpad('precision', 11)}${lpad('provider', 10)}${lpad('decoys hit', 12)}`);
    for (const split of ['holdout', 'dev'] as Split[]) {
      const docs = buildCorpus(split);
      for (const [tool, s] of [['keywarden', scoreEngine(docs)], ['secretlint', await scoreSecretlint(docs)]] as const) {
        console.log(`${pad(`${split} · ${tool}`, 26)}${lpad(pct(s.recall), 9)}${lpad(pct(s.precision), 11)}` +
          `${lpad(pct(s.providerAccuracy), 10)}${lpad(`${s.decoysAlerted}/${s.decoys}`, 12)}`);
      }
    }
    console.log('\nReal-world pastes and real text (bench/real-world.ts)');
    await runRealWorldBench();
    console.log('\nWallet secrets (src/engine/wallet)');
    const wallet = phases.phases.filter(([name]) => name.startsWith('wallet')).reduce((n, [, ms]) => n + ms, 0);
    console.log(`  cost in scan() on the third-party assets: ${wallet.toFixed(0)} ms of ${phases.warm.toFixed(0)} ms CPU ` +
      `(${(mb / (phases.warm / 1000)).toFixed(1)} MB/s with it, ${(mb / ((phases.warm - wallet) / 1000)).toFixed(1)} MB/s without)`);
    await runWalletBench();
  } finally {
    await rm(work, { recursive: true, force: true });
    await rm(join(ROOT, 'node_modules/.cache', `kw-bench-${process.pid}`), { recursive: true, force: true });
  }
  if (!ONLY_ENGINE) await runOtherBenches();
}

await main();
