// Wallet secrets (src/engine/wallet): alerts on real text nobody wrote for us (must be zero),
// recall and precision on the labelled wallet corpus (held-out split reported, dev for reference)
// and on held-out QR pictures, and how much real text the paste guard's page-side phrase test (the
// gate's hasPhraseRun) sends the worker. What wallet detection costs inside scan() is one of
// bench/engine-phases.ts's phases; what the page-side phrase walk costs a page is page cost per MB
// with the walk on and off (runWalletPageCost).
//   npx tsx bench/wallet.ts              (also part of npm run bench and `bench/run.ts --only=engine`)
//   npx tsx bench/wallet.ts --page-cost  (needs `npm run build`; part of npm run bench; KW_WALLET_RUNS=n, default 3)
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launchChromium } from '../test/e2e/driver/chromium';
import { fakeKeys } from '../test/support/keys';
import { servePages } from '../test/e2e/harness';
import { benchPages, LONG_TASKS } from './page-cost';
import { profiledLoad, realPageSet, serveDirs } from './real-pages';
import { median } from './stats';
import { isAlert, scan } from '../src/engine/index';
import { walletFindings } from '../src/engine/wallet';
import { hasPhraseRun, hasRun } from '../src/gate';
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

/**
 * The gate's two wallet steps in the built content script: runs of words that may be a phrase, and
 * letters run together that may be words one per element. Without them the gate is the key gate
 * alone (one-word form fields are still kept for the worker: a lookup per field, left in).
 */
const WALLET_WALK = /\n[ \t]*eachPhraseRun\(text, report\);\n[ \t]*if \(!stop\) eachRun\(text, LETTERS, FUSED_WORDS, [^\n]*\n/;

/** A copy of dist/chrome, and one whose content script has no phrase walk; `done` removes both. */
async function extensionPair(): Promise<{ on: string; off: string; done: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'kw-wallet-walk-'));
  const on = join(dir, 'on');
  const off = join(dir, 'off');
  await cp('dist/chrome', on, { recursive: true });
  await cp('dist/chrome', off, { recursive: true });
  const script = await readFile(join(on, 'content.js'), 'utf8');
  if (!WALLET_WALK.test(script)) throw new Error('bench/wallet.ts: the phrase walk\'s call in content.js changed; update WALLET_WALK');
  await writeFile(join(off, 'content.js'), script.replace(WALLET_WALK, '\n'));
  return { on, off, done: () => rm(dir, { recursive: true, force: true }) };
}

interface PageLoad {
  set: 'generated' | 'real';
  path: string;
  url: string;
}

/**
 * Page cost per MB with the page-side phrase walk on and off: the extension's main-thread time
 * (sampled, until it is quiet for a second) over the page's text, on the generated bench pages
 * (page-cost.ts: prose, article, code) and the real documentation pages (real-pages.ts). Runs
 * alternate on/off and off/on, each a fresh browser, so a change in machine load falls on both;
 * per set it prints each run's ms per MB, the medians, and the spread of the runs.
 */
export async function runWalletPageCost(): Promise<void> {
  const runs = Number(process.env.KW_WALLET_RUNS ?? 3);
  const fake = fakeKeys(31);
  const generated = benchPages([fake.githubToken(), fake.stripeSecretKey(), fake.githubToken(), fake.stripeSecretKey(), fake.githubToken()]);
  const gen = await servePages({ '/prose': generated.prose.page, '/article': generated.article.page, '/code': generated.code.page });
  const { mounts, paths } = await realPageSet();
  const real = paths.length > 0 ? await serveDirs(mounts) : undefined;
  const pair = await extensionPair();
  const loads: PageLoad[] = [
    ...['/prose', '/article', '/code'].map((path) => ({ set: 'generated' as const, path, url: gen.url(path) })),
    ...(real ? paths.map((path) => ({ set: 'real' as const, path, url: real.url(path) })) : []),
  ];
  /** Per variant, per run: extension ms per page. */
  const ms = { on: [] as number[][], off: [] as number[][] };
  const textMB = new Map<string, number>();
  try {
    for (let r = 0; r < runs; r++) {
      for (const variant of (r % 2 === 0 ? ['on', 'off'] : ['off', 'on']) as Array<'on' | 'off'>) {
        const ext = await launchChromium({ extensionDir: pair[variant] });
        try {
          const page = await ext.context.newPage();
          await page.addInitScript(LONG_TASKS);
          const row: number[] = [];
          for (const load of loads) {
            row.push((await profiledLoad(ext.context, page, load.url)).extMs);
            if (!textMB.has(load.path)) textMB.set(load.path, await page.evaluate(() => (document.body.textContent ?? '').length / 1e6));
          }
          ms[variant].push(row);
        } finally {
          await ext.close();
        }
      }
    }
  } finally {
    await pair.done();
    await gen.close();
    await real?.close();
  }
  printWalletPageCost(loads, textMB, ms, runs);
}

function printWalletPageCost(loads: readonly PageLoad[], textMB: ReadonlyMap<string, number>, ms: { on: number[][]; off: number[][] }, runs: number): void {
  const f1 = (x: number) => x.toFixed(1);
  console.log(`Page cost per MB, page-side phrase walk on / off (Chromium, ${runs} runs each, alternating; extension main-thread ms per MB of page text)`);
  for (const set of ['generated', 'real'] as const) {
    const idx = loads.flatMap((l, i) => (l.set === set ? [i] : []));
    if (idx.length === 0) {
      console.log(`  ${set} pages: skipped (no docs installed; npm run bench:setup)`);
      continue;
    }
    const mb = idx.reduce((a, i) => a + (textMB.get(loads[i]!.path) ?? 0), 0);
    const perRun = (v: 'on' | 'off') => ms[v].map((row) => idx.reduce((a, i) => a + row[i]!, 0) / mb);
    const on = perRun('on');
    const off = perRun('off');
    const spread = (xs: number[]) => Math.max(...xs) - Math.min(...xs);
    const diff = median(on) - median(off);
    const noise = Math.max(spread(on), spread(off));
    console.log(`  ${set} pages (${idx.length}, ${mb.toFixed(2)} MB): on ${on.map(f1).join(' / ')} ms/MB, off ${off.map(f1).join(' / ')} ms/MB; ` +
      `median on ${f1(median(on))}, off ${f1(median(off))}: walk ${diff >= 0 ? '+' : ''}${f1(diff)} ms/MB ` +
      `(${f1((100 * diff) / median(off))}%), run-to-run spread ${f1(noise)} ms/MB → ${Math.abs(diff) <= noise ? 'within noise' : 'beyond noise'}`);
    for (const i of idx) {
      const p = loads[i]!.path;
      const m = textMB.get(p) ?? 0;
      const perPage = (v: 'on' | 'off') => ms[v].map((row) => row[i]! / m);
      console.log(`    ${p.padEnd(48)} ${m.toFixed(3).padStart(6)} MB  on ${f1(median(perPage('on'))).padStart(7)}  off ${f1(median(perPage('off'))).padStart(7)} ms/MB ` +
        `(spread ${f1(spread(perPage('on')))} / ${f1(spread(perPage('off')))})`);
    }
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  if (process.argv.includes('--page-cost')) {
    await runWalletPageCost();
  } else {
    console.log('Wallet secrets');
    await runWalletBench();
  }
}
