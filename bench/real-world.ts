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
import { printRealTextAlerts } from './real-text';

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

export async function runRealWorldBench(): Promise<void> {
  pastes();
  await printRealTextAlerts('  alerts of the whole scan() on real text (must be 0):', (text) => scan(text), 10);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await runRealWorldBench();
