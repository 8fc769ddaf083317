// One loop for the benches that count alerts on real text nobody wrote for us (bench/real-world.ts:
// the whole scan(); bench/wallet.ts: wallet detection alone): per set, files, MB, alerts (each
// listed, up to `samples`) and the CPU rate of `find`.
import { isAlert, type Finding } from '../src/engine/index';
import { readText, realTextSets } from '../test/corpus/wallet/real-text';

export async function printRealTextAlerts(heading: string, find: (text: string) => Iterable<Finding>, samples: number): Promise<void> {
  console.log(heading);
  for (const set of await realTextSets()) {
    if (set.files.length === 0) {
      console.log(`    ${set.name.padEnd(38)} not installed here: skipped`);
      continue;
    }
    let bytes = 0;
    let alerts = 0;
    let ms = 0;
    const listed: string[] = [];
    for (const file of set.files) {
      const text = await readText(file);
      bytes += text.length;
      const c0 = process.cpuUsage();
      const found = [...find(text)].filter(isAlert);
      const c = process.cpuUsage(c0);
      ms += (c.user + c.system) / 1000;
      alerts += found.length;
      for (const f of found) if (listed.length < samples) listed.push(`${file}: ${f.rule} ${f.redacted}`);
    }
    console.log(`    ${set.name.padEnd(38)} ${String(set.files.length).padStart(6)} files ${(bytes / 1e6).toFixed(1).padStart(7)} MB  ${String(alerts).padStart(3)} alerts  (${(bytes / 1e6 / (ms / 1000)).toFixed(0)} MB/s)`);
    for (const s of listed) console.log(`      ${s}`);
  }
}
