// Where scan()'s time goes on a set of texts, phase by phase, and what its first (cold) pass costs
// next to a warm one: the cold pass is what every CLI process pays, the JIT compiling the hot loops
// while they run. Each phase is timed alone over all the texts (CPU time, median of warm passes):
//   first pass     the gate literals (one automaton pass) and the token runs (prefilter.ts)
//   rules          the selected rules' patterns, collectors and shape tests (collect() minus first pass)
//   wallet phrases the word-run walk and the checksum of runs found (wallet/phrase.ts)
//   wallet keys    WIF/xprv/hex/Solana candidates among the first pass's runs (wallet/keys.ts)
//   decoded copies escape islands and base64 values found and decoded (their scans excluded)
//   rest           judging, pairing, overlaps, findings (scan() minus the phases above)
//   npx tsx bench/engine-phases.ts   (on the third-party assets; also part of npm run bench)
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL, fileURLToPath } from 'node:url';
import { scan } from '../src/engine/index';
import { releaseTokens, tokensFor } from '../src/engine/prefilter';
import { collect, eachBase64Value, eachIsland } from '../src/engine/scan';
import { keyHits } from '../src/engine/wallet/keys';
import { phraseHits } from '../src/engine/wallet/phrase';
import { thirdPartyFiles } from '../test/corpus/third-party';
import { median } from './stats';

const PASSES = 5;

const cpuMs = (fn: () => void): number => {
  const c0 = process.cpuUsage();
  fn();
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1000;
};

export interface EnginePhases {
  /** scan() over every text, first pass in this process (cold) and median warm pass. */
  cold: number;
  warm: number;
  phases: [name: string, ms: number][];
}

/** Call before anything else runs the engine in this process, or `cold` is not cold. */
export function enginePhases(texts: readonly string[]): EnginePhases {
  const all = (fn: (t: string) => unknown) => () => {
    for (const t of texts) fn(t);
  };
  // The first pass over `t` alone (the kept result is dropped, so it is paid every time).
  const firstPass = (t: string) => {
    releaseTokens();
    return tokensFor(t, {});
  };
  // [name, fn, reads the first pass's kept result (made untimed before each text)]
  const steps: [string, (t: string) => unknown, boolean][] = [
    ['first pass', firstPass, false],
    ['first pass + rules', (t) => (releaseTokens(), collect(t)), false],
    ['wallet phrases', (t) => phraseHits(t), false],
    ['wallet keys', (t) => keyHits(t, tokensFor(t, {}).shapes), true],
    ['decoded copies', (t) => (eachIsland(t, () => []), eachBase64Value(t, {}, () => [])), true],
  ];
  const cold = cpuMs(all((t) => scan(t)));
  const scans: number[] = [];
  const times = steps.map((): number[] => []);
  for (let p = 0; p < PASSES; p++) {
    scans.push(cpuMs(all((t) => scan(t))));
    steps.forEach(([, fn, primed], i) => {
      if (!primed) {
        times[i]?.push(cpuMs(all(fn)));
        return;
      }
      let ms = 0;
      for (const t of texts) {
        firstPass(t);
        ms += cpuMs(() => fn(t));
      }
      times[i]?.push(ms);
    });
  }
  releaseTokens();
  const [first, withRules, phrases, keys, decoded] = times.map(median) as [number, number, number, number, number];
  const warm = median(scans);
  const rules = Math.max(0, withRules - first);
  return {
    cold,
    warm,
    phases: [
      ['first pass (gate literals, token runs)', first],
      ['rules (patterns, collectors, shapes)', rules],
      ['wallet phrases', phrases],
      ['wallet keys', keys],
      ['decoded copies (escapes, base64)', decoded],
      ['rest (judge, pairs, overlaps, findings)', Math.max(0, warm - first - rules - phrases - keys - decoded)],
    ],
  };
}

export function printEnginePhases(p: EnginePhases, mb: number): void {
  const rate = (ms: number) => (mb / (ms / 1000)).toFixed(1);
  console.log(`  scan(): first pass in this process (cold JIT, as a CLI process runs it) ${p.cold.toFixed(0)} ms CPU ` +
    `(${rate(p.cold)} MB/s); warm ${p.warm.toFixed(0)} ms (${rate(p.warm)} MB/s)`);
  for (const [name, ms] of p.phases) {
    console.log(`    ${name.padEnd(42)}${`${ms.toFixed(0)} ms`.padStart(8)}${`${((100 * ms) / p.warm).toFixed(0)}%`.padStart(6)}`);
  }
}

if (process.argv[1] && pathToFileURL(process.argv[1]).href === import.meta.url) {
  const files = await thirdPartyFiles(join(fileURLToPath(new URL('..', import.meta.url)), 'node_modules'));
  const texts = await Promise.all(files.map((f) => readFile(f.path, 'utf8')));
  const mb = files.reduce((n, f) => n + f.size, 0) / 1e6;
  console.log(`Engine phases on the third-party assets (${files.length} files, ${mb.toFixed(2)} MB), CPU time, median of ${PASSES} warm passes`);
  printEnginePhases(enginePhases(texts), mb);
}
