// Wallet secrets (src/engine/wallet): alerts on real text nobody wrote for us (must be zero),
// recall and precision on the labelled wallet corpus (held-out split reported, dev for reference)
// and on held-out QR pictures, and how much real text the paste guard's page-side phrase test (the
// gate's hasPhraseRun) sends the worker. What wallet detection costs inside scan() is one of
// bench/engine-phases.ts's phases.
//   npx tsx bench/wallet.ts      (also part of npm run bench and `bench/run.ts --only=engine`)
import { pathToFileURL } from 'node:url';
import { isAlert, scan } from '../src/engine/index';
import { walletFindings } from '../src/engine/wallet';
import { hasPhraseRun, hasRun } from '../src/content/gate';
import { decodeImageData, scanQrPayload } from '../src/qr/node';
import { score } from '../test/corpus/evaluate';
import type { Split } from '../test/corpus/generate';
import { fakeWallet } from '../test/corpus/wallet/fake-wallet';
import { buildWalletCorpus } from '../test/corpus/wallet/generate';
import { readText, realTextSets } from '../test/corpus/wallet/real-text';
import { addNoise, blankImage, boxBlur, decodeJpeg, drawQr, encodeJpeg, qrExtent, type Rgba } from '../test/fixtures/qr/synth';
import { compactSeedQr, seedQrMatrix, standardSeedQr } from '../test/fixtures/wallet/seedqr';
import { seededRandom } from '../test/support/random';
import { printRealTextAlerts } from './real-text';

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
const cpuMs = (fn: () => void): number => {
  const c0 = process.cpuUsage();
  fn();
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1000;
};

/** Paragraphs of a file as a reader would copy them: markup, scripts and styles left out. */
function paragraphs(file: string, text: string): string[] {
  const plain = file.endsWith('.html')
    ? text.replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/g, '').replace(/<[^>]+>/g, ' ').replace(/&\w+;/g, ' ')
    : text;
  return plain.split(/\n\s*\n/).filter((p) => p.trim().length >= 40);
}

/**
 * The paste guard sends a pasted or typed text to the worker when it holds a run of key characters
 * or a run of words that may be a recovery phrase (hasPhraseRun): the share of real paragraphs each test passes (the first
 * 1,500 files of each set), and the phrase test's cost.
 */
async function guardShape(): Promise<void> {
  console.log('  paste guard, real paragraphs sent to the worker: phrase run / key-character run (already sent)');
  for (const set of await realTextSets()) {
    if (set.files.length === 0) continue;
    let count = 0;
    let chars = 0;
    let shaped = 0;
    let runs = 0;
    let ms = 0;
    for (const file of set.files.slice(0, 1500)) {
      for (const p of paragraphs(file, await readText(file))) {
        count++;
        chars += p.length;
        ms += cpuMs(() => {
          if (hasPhraseRun(p)) shaped++;
        });
        if (hasRun(p)) runs++;
      }
    }
    console.log(`    ${set.name.padEnd(38)} ${String(count).padStart(7)} paragraphs  phrase ${pct(shaped / count).padStart(6)}  run ${pct(runs / count).padStart(6)}  (phrase test ${(ms / (chars / 1e6)).toFixed(0)} ms per MB)`);
  }
}

function corpus(): void {
  console.log(`  ${'labelled wallet corpus'.padEnd(26)}${'recall'.padStart(9)}${'precision'.padStart(11)}${'decoys hit'.padStart(12)}`);
  for (const split of ['holdout', 'dev'] as Split[]) {
    const s = score(buildWalletCorpus(split), (d) => scan(d.text).filter(isAlert).map((f) => ({ start: f.start, end: f.end, provider: f.provider, rule: f.rule })));
    console.log(`  ${split.padEnd(26)}${pct(s.recall).padStart(9)}${pct(s.precision).padStart(11)}${`${s.decoysAlerted}/${s.decoys}`.padStart(12)}`);
    for (const m of s.misses) console.log(`    missed ${m.doc}@${m.start}`);
    for (const f of s.falsePositives) console.log(`    false alert ${f.rule} ${f.redacted ?? ''} @${f.doc}`);
  }
}

type Variation = 'plain' | 'small' | 'rotated' | 'noisy' | 'jpeg' | 'blurred';
const VARIATIONS: Variation[] = ['plain', 'small', 'rotated', 'noisy', 'jpeg', 'blurred'];

function picture(payload: Uint8Array | string, variation: Variation, rand: () => number): Rgba {
  const matrix = seedQrMatrix(payload);
  const moduleSize = variation === 'small' ? 2 + rand() : 3 + rand() * 4;
  const angleDeg = variation === 'rotated' ? 10 + rand() * 160 : 0;
  const side = Math.ceil(qrExtent(matrix, moduleSize) * (angleDeg ? 1.45 : 1)) + 24;
  const img = blankImage(side, side);
  drawQr(img, matrix, { cx: side / 2, cy: side / 2, moduleSize, angleDeg });
  if (variation === 'noisy') addNoise(img, 20, rand);
  if (variation === 'blurred') boxBlur(img, 1);
  return variation === 'jpeg' ? decodeJpeg(encodeJpeg(img, 40)) : img;
}

/** Held-out QR pictures: wallet payloads (SeedQR both forms, phrases, WIF, xprv) and payloads without a secret. */
async function qr(): Promise<void> {
  const w = fakeWallet(0x71726f31);
  const rand = seededRandom(0x71726f32);
  const secrets: Array<() => Uint8Array | string> = [
    () => standardSeedQr(w.phrase('en', w.pick([12, 24]))),
    () => compactSeedQr(w.phrase('en', w.pick([12, 24]))),
    () => w.phrase(w.pick(['en', 'es', 'ja', 'fr'] as const), w.pick([12, 24])),
    () => w.phrase('en', 12).split(' ').map((x) => x.slice(0, 4)).join(' '),
    () => w.wif(w.pick([true, false])),
    () => w.extended(w.pick(['xprv', 'zprv'] as const)).priv,
  ];
  const plain: Array<() => string> = [
    () => w.extended().pub,
    () => w.ethAddress(),
    () => `bitcoin:${w.btcAddress()}?amount=0.25`,
    () => w.hex(32),
    () => String(w.int(10 ** 9, 10 ** 10 - 1)).repeat(5).slice(0, 48),
    () => `https://example.org/${w.hex(10)}`,
  ];
  let positives = 0;
  let found = 0;
  let alerts = 0;
  let falseAlerts = 0;
  let n = 0;
  const misses: string[] = [];
  for (let i = 0; i < 120; i++) {
    const secret = i < 96;
    const payload = secret ? (secrets[i % secrets.length] as () => Uint8Array | string)() : (plain[i % plain.length] as () => string)();
    const texts = await decodeImageData(picture(payload, VARIATIONS[Math.floor(i / 6) % VARIATIONS.length] as Variation, rand));
    const hits = texts.flatMap((t) => scanQrPayload(t)).filter(isAlert);
    n++;
    if (secret) {
      positives++;
      if (hits.length > 0) found++;
      else misses.push(`#${i} ${VARIATIONS[Math.floor(i / 6) % VARIATIONS.length]} (${texts.length} payloads decoded)`);
      alerts += hits.length;
    } else falseAlerts += hits.length;
  }
  const precision = alerts + falseAlerts === 0 ? 1 : alerts / (alerts + falseAlerts);
  console.log(`  held-out QR pictures: ${n} (${positives} with a wallet secret, 6 forms × 6 variations); recall ${pct(found / positives)}, precision ${pct(precision)}`);
  for (const m of misses) console.log(`    missed ${m}`);
}

export async function runWalletBench(): Promise<void> {
  await printRealTextAlerts('  alerts on real text (wallet detection alone; must be 0):', walletFindings, 5);
  await guardShape();
  corpus();
  await qr();
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log('Wallet secrets');
  await runWalletBench();
}
