// What QR decoding costs on ordinary photos, which is most of what the extension and the CLI see:
// real photographs (Debian's mate-backgrounds, installed by `npm run bench:setup`), cut into a
// gallery of 36 square pictures (12 photos × 360, 640 and 960 px), as JPEG (q85) and PNG.
//   CLI     — decodeImageFile per file, in this process (what `keywarden scan` does per image), with
//             sharp and with the pure-JS decoders; CPU time per photo (sharp's threads included).
//   worker  — a gallery page in Chromium with the built extension: CPU time of the extension's process
//             (/proc, where the service worker decodes) per photo, minus the same page with the photos
//             too small to be QR candidates.
//   floor   — zxing-wasm's default single pass (readBarcodes(bytes), all formats) on the same files in
//             this process, in the same run. The bar: at most 2× that per photo.
//   npx tsx bench/qr-photos.ts        (the worker part needs `npm run build`)
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import sharp from 'sharp';
import { readBarcodes } from 'zxing-wasm/reader';
import { inspectImageFile, rasterizeInNode, rasterizeInPureJs, setQrRasterizer } from '../src/qr/node';
import { launch } from '../test/e2e/driver';
import { CHROME_DIR, html, servePages, waitFor } from '../test/e2e/harness';
import { tabState } from '../test/e2e/helpers';
import { median } from './stats';

const PHOTOS = '/usr/share/backgrounds/mate/nature';
const SIDES = [360, 640, 960];
const WORKER_RUNS = 3;
/** The thumbnails of the control page: below the content script's 80 CSS px, so never sent. */
const CONTROL_SIDE = 60;

interface Photo {
  name: string;
  jpeg: Buffer;
  png: Buffer;
}

/** Square crops of each photo at each side (left, centre, right part), as JPEG and PNG. */
async function gallery(): Promise<Photo[]> {
  const names = (await readdir(PHOTOS)).filter((n) => n.endsWith('.jpg')).sort();
  const photos: Photo[] = [];
  for (const name of names) {
    const source = await readFile(join(PHOTOS, name));
    const { width = 0, height = 0 } = await sharp(source).metadata();
    for (const [i, side] of SIDES.entries()) {
      const crop = Math.round(Math.min(width, height) * [0.9, 0.7, 1][i]!);
      const left = Math.round([0, (width - crop) / 2, width - crop][i]!);
      const region = sharp(source).extract({ left, top: Math.round((height - crop) / 2), width: crop, height: crop }).resize(side, side);
      photos.push({
        name: `${name.replace(/\.jpg$/, '')}-${side}`,
        jpeg: await region.clone().jpeg({ quality: 85 }).toBuffer(),
        png: await region.clone().png().toBuffer(),
      });
    }
  }
  return photos;
}

const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);

/** CPU ms (user + system, all threads of this process) of one call. */
async function cpuMs(fn: () => Promise<unknown>): Promise<number> {
  const start = process.cpuUsage();
  await fn();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

interface Figures {
  perPhoto: number[];
  rescued: number;
}

async function ours(files: Buffer[]): Promise<Figures> {
  const perPhoto: number[] = [];
  let rescued = 0;
  for (const file of files) {
    let passes = 0;
    perPhoto.push(await cpuMs(async () => {
      passes = (await inspectImageFile(new Uint8Array(file))).passes.length;
    }));
    if (passes > 1) rescued++;
  }
  return { perPhoto, rescued };
}

async function zxingDefault(files: Buffer[]): Promise<number[]> {
  const perPhoto: number[] = [];
  for (const file of files) perPhoto.push(await cpuMs(() => readBarcodes(new Uint8Array(file))));
  return perPhoto;
}

const row = (label: string, perPhoto: number[], floor: number[], extra = ''): string =>
  `    ${label.padEnd(34)} ${`${(sum(perPhoto) / perPhoto.length).toFixed(1)} ms`.padStart(9)} mean, ` +
  `${`${median(perPhoto).toFixed(1)} ms`.padStart(8)} median   ${(sum(perPhoto) / sum(floor)).toFixed(2)}× zxing default${extra}`;

async function cliBench(photos: Photo[]): Promise<Map<string, number[]>> {
  const floors = new Map<string, number[]>();
  for (const format of ['jpeg', 'png'] as const) {
    const files = photos.map((p) => p[format]);
    await inspectImageFile(new Uint8Array(files[0]!)); // load the wasm and sharp before timing
    await readBarcodes(new Uint8Array(files[0]!));
    const floor = await zxingDefault(files);
    const withSharp = await ours(files);
    setQrRasterizer(rasterizeInPureJs);
    const pureJs = await ours(files);
    setQrRasterizer(rasterizeInNode);
    floors.set(format, floor);
    console.log(`  CLI, ${photos.length} ${format.toUpperCase()} photos (CPU per photo)`);
    console.log(row('zxing-wasm default single pass', floor, floor));
    console.log(row('keywarden, sharp installed', withSharp.perPhoto, floor, `; rescue passes on ${withSharp.rescued}`));
    console.log(row('keywarden, pure JS (no sharp)', pureJs.perPhoto, floor, `; rescue passes on ${pureJs.rescued}`));
  }
  return floors;
}

/** CPU ms (utime + stime) of a process, from /proc; NaN when it is gone. */
export async function processCpuMs(pid: number): Promise<number> {
  try {
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10; // fields 14, 15; USER_HZ is 100 on Linux
  } catch {
    return NaN;
  }
}

/** The extension's renderer process (where its service worker runs) among this process's descendants. */
export async function extensionProcess(): Promise<number | undefined> {
  const parents = new Map<number, number>();
  const cmdlines = new Map<number, string>();
  for (const entry of await readdir('/proc')) {
    const pid = Number(entry);
    if (!Number.isInteger(pid)) continue;
    try {
      const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
      parents.set(pid, Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
      cmdlines.set(pid, (await readFile(`/proc/${pid}/cmdline`, 'utf8')).replaceAll('\0', ' '));
    } catch {
      // gone meanwhile
    }
  }
  const descends = (pid: number): boolean => {
    for (let p = parents.get(pid); p !== undefined && p > 1; p = parents.get(p)) if (p === process.pid) return true;
    return false;
  };
  return [...cmdlines].find(([pid, cmd]) => cmd.includes('--extension-process') && descends(pid))?.[0];
}

/** Waits until the process has used under 5 ms of CPU in each of two 400 ms windows. */
export async function quiet(pid: number): Promise<void> {
  let calm = 0;
  let last = await processCpuMs(pid);
  while (calm < 2) {
    await new Promise((r) => setTimeout(r, 400));
    const now = await processCpuMs(pid);
    calm = now - last < 5 ? calm + 1 : 0;
    last = now;
  }
}

async function workerBench(photos: Photo[], floors: Map<string, number[]>): Promise<void> {
  if (!existsSync(join(CHROME_DIR, 'manifest.json'))) {
    console.log('  worker: skipped, dist/chrome is missing (run npm run build first)');
    return;
  }
  const images = await servePages();
  const site = await servePages();
  const ext = await launch('chromium');
  try {
    // Wake the service worker, then find its process (it may take a moment to show in /proc).
    await ext.run(() => true);
    const pid = await waitFor(extensionProcess, { timeout: 15_000, message: 'the extension process' }).catch(() => undefined);
    if (pid === undefined) {
      console.log('  worker: skipped, no extension process found under /proc');
      return;
    }
    for (const format of ['jpeg', 'png'] as const) {
      const type = format === 'jpeg' ? 'image/jpeg' : 'image/png';
      const perRun: number[] = [];
      const decoded: number[] = [];
      for (let run = 0; run < WORKER_RUNS; run++) {
        const spent: Record<'gallery' | 'control', number> = { gallery: 0, control: 0 };
        for (const kind of ['gallery', 'control'] as const) {
          // Fresh URLs each time: the worker remembers what it decoded.
          const paths = photos.map((p) => `/${kind}-${run}/${p.name}.${format}`);
          paths.forEach((path, i) => images.set(path, { body: photos[i]![format], type }));
          const side = kind === 'gallery' ? 100 : CONTROL_SIDE;
          site.set(`/${kind}-${run}-${format}`, html(
            `<h1>Holiday photos</h1><div style="display:grid;grid-template-columns:repeat(6,${side + 8}px)">` +
            paths.map((path) => `<img src="${images.url(path)}" width="${side}" height="${side}" alt="">`).join('') + '</div>',
            'Photo gallery',
          ));
          const tab = await ext.newTab();
          await quiet(pid);
          const before = await processCpuMs(pid);
          const requestsBefore = images.requests.length;
          await tab.goto(site.url(`/${kind}-${run}-${format}`));
          // The page loads every photo; in the gallery the worker fetches each one again to decode it,
          // unless the decode budget (src/background/qr-budget.ts) skips it: then the tab is marked.
          const tabId = await ext.tabIdOf(tab);
          const stoppedEarly = async () => (await tabState(ext, tabId))?.stoppedEarly === true;
          const expected = paths.length * (kind === 'gallery' ? 2 : 1);
          await waitFor(async () => images.requests.length - requestsBefore >= expected || (await stoppedEarly()),
            { timeout: 60_000, message: `${expected} image requests` });
          await quiet(pid);
          spent[kind] = (await processCpuMs(pid)) - before;
          if (kind === 'gallery') decoded.push(images.requests.length - requestsBefore - paths.length);
          await tab.close();
        }
        perRun.push((spent.gallery - spent.control) / decoded.at(-1)!);
      }
      const floor = floors.get(format)!;
      const floorMean = sum(floor) / floor.length;
      const perPhoto = median(perRun);
      console.log(`  worker (Chromium, extension process CPU), ${photos.length} ${format.toUpperCase()} photos shown at 100 px; ` +
        `median of ${WORKER_RUNS} runs, gallery minus 60 px control page`);
      console.log(`    ${'keywarden worker'.padEnd(34)} ${`${perPhoto.toFixed(1)} ms`.padStart(9)} per photo   ` +
        `${(perPhoto / floorMean).toFixed(2)}× zxing default (${floorMean.toFixed(1)} ms, Node, same files)   runs: ${perRun.map((r) => r.toFixed(1)).join(', ')}`);
      const skipped = decoded.map((n) => photos.length - n);
      if (skipped.some((n) => n > 0)) console.log(`    photos the decode budget skipped per run: ${skipped.join(', ')}`);
    }
  } finally {
    await ext.close();
    await site.close();
    await images.close();
  }
}

export async function runQrPhotoBench(): Promise<void> {
  if (!existsSync(PHOTOS)) {
    console.log(`  skipped: ${PHOTOS} is missing (Debian's mate-backgrounds: npm run bench:setup)`);
    return;
  }
  const photos = await gallery();
  const floors = await cliBench(photos);
  await workerBench(photos, floors);
}

const invokedDirectly = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (invokedDirectly) await runQrPhotoBench();
