// The engine on text shaped like real pastes and on real text nobody wrote for us:
// - the real-world paste set (test/corpus/real-world): recall, precision and provider accuracy
//   per split, with every miss, wrong provider and false alert named;
// - every alert of the whole scan() on Debian's Python docs, the Rust docs and English prose
//   (must be 0), each one listed.
//   npx tsx bench/real-world.ts      (also part of npm run bench and `bench/run.ts --only=engine`)
import { pathToFileURL } from 'node:url';
import { isAlert, scan } from '../src/engine/index';
import { score } from '../test/corpus/evaluate';
import type { Split } from '../test/corpus/generate';
import { buildRealWorld } from '../test/corpus/real-world/generate';
import { readText, realTextSets } from '../test/corpus/wallet/real-text';

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;

function pastes(): void {
  console.log(`  ${'real-world pastes'.padEnd(26)}${'recall'.padStart(9)}${'precision'.padStart(11)}${'provider'.padStart(10)}${'decoys hit'.padStart(12)}`);
  for (const split of ['holdout', 'dev'] as Split[]) {
    const s = score(buildRealWorld(split), (d) => scan(d.text).filter(isAlert).map((f) => ({ start: f.start, end: f.end, provider: f.provider, rule: f.rule, redacted: f.redacted })));
    console.log(`  ${`${split} (${s.keys} keys)`.padEnd(26)}${pct(s.recall).padStart(9)}${pct(s.precision).padStart(11)}` +
      `${pct(s.providerAccuracy).padStart(10)}${`${s.decoysAlerted}/${s.decoys}`.padStart(12)}`);
    for (const m of s.misses) console.log(`    missed ${m.provider} @${m.doc}`);
    for (const w of s.wrongProvider) console.log(`    ${w.expected} named ${w.got} @${w.doc}`);
    for (const f of s.falsePositives) console.log(`    false alert ${f.rule} ${f.redacted ?? ''} @${f.doc}`);
  }
}

async function realText(): Promise<void> {
  console.log('  alerts of the whole scan() on real text (must be 0):');
  for (const set of await realTextSets()) {
    if (set.files.length === 0) {
      console.log(`    ${set.name.padEnd(38)} not installed here: skipped`);
      continue;
    }
    let bytes = 0;
    let alerts = 0;
    let ms = 0;
    const samples: string[] = [];
    for (const file of set.files) {
      const text = await readText(file);
      bytes += text.length;
      const c0 = process.cpuUsage();
      const found = scan(text).filter(isAlert);
      const c = process.cpuUsage(c0);
      ms += (c.user + c.system) / 1000;
      alerts += found.length;
      for (const f of found) if (samples.length < 10) samples.push(`${file}: ${f.rule} ${f.redacted}`);
    }
    console.log(`    ${set.name.padEnd(38)} ${String(set.files.length).padStart(6)} files ${(bytes / 1e6).toFixed(1).padStart(7)} MB  ${String(alerts).padStart(3)} alerts  (${(bytes / 1e6 / (ms / 1000)).toFixed(0)} MB/s)`);
    for (const s of samples) console.log(`      ${s}`);
  }
}

export async function runRealWorldBench(): Promise<void> {
  pastes();
  await realText();
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await runRealWorldBench();
