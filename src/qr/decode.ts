// QR decoding with zxing-wasm (ZXing-C++), platform-neutral: no Node or DOM imports here.
// One fast pass with near-default options; only when it finds nothing, and only for a symbol it
// located, a printed-looking patch of a photograph or a picture that could hold a rendered code
// (./gate), do bounded rescue passes run (re-reading located-but-unreadable symbols and patches
// enlarged and sharpened, a sharpened whole picture, an enlarged small picture, another binarizer, a
// deblurred 3× enlargement). Most photos, the common case, cost one pass and the survey.
import { prepareZXingModule, readBarcodes, type ReaderOptions, type ReadResult } from 'zxing-wasm/reader';
import { readImageHeader, type ImageFormat } from './format';
import { surveyPicture } from './gate';
import {
  cropGray,
  deblurGray,
  downscaleGray,
  grayToRgba,
  sharpenGray,
  toGray,
  upscaleBicubic,
  upscaleGray,
  type Box,
  type GrayImage,
  type RgbaImage,
} from './pixels';

export type { RgbaImage } from './pixels';
export type { ImageFormat } from './format';

/** Thrown when bytes are not an image we can read (unknown format, damaged or cut-short data). */
export class QrImageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'QrImageError';
  }
}

export interface QrInitOptions {
  /** The bytes of zxing_reader.wasm (Node: read from disk). */
  wasmBinary?: ArrayBuffer | Uint8Array;
  /** Maps 'zxing_reader.wasm' to a URL the runtime may fetch (extension: runtime.getURL). */
  locateFile?: (path: string, prefix: string) => string;
}

/** Turns image bytes into pixels, for formats zxing cannot read (WebP) and for the rescue passes. */
export type Rasterizer = (bytes: Uint8Array, format: ImageFormat) => Promise<RgbaImage | undefined>;

/** Pictures above this many pixels are shrunk first: bounded memory and time. */
export const MAX_PIXELS = 4096 * 4096;
/** Located-but-unreadable symbols re-read per picture. */
const MAX_RESCUED_REGIONS = 4;
/** Plain 2× enlargement for pictures up to this side (codes cut out or shown alone). */
const MAX_SIDE_FOR_PLAIN_UPSCALE = 1024;
/** Sharpened 2× enlargement only up to this size (a 1080p screenshot; 2× of 720p costs ~100 ms). */
const MAX_PIXELS_FOR_UPSCALE = 1920 * 1080;
/** Deblurred 3× enlargement only up to a 720p screenshot: its pass costs ~0.3–0.5 s and runs last. */
const MAX_PIXELS_FOR_DEBLUR = 1280 * 720;
/** Wiener noise term of the deblur pass (higher: less ringing on JPEG artefacts, less sharpening). */
const DEBLUR_NOISE = 0.05;
/** Side that a located symbol is enlarged towards before it is re-read. */
const REGION_TARGET_SIDE = 480;
/**
 * The last re-read of a region: padded by this share of its side on every side (3.4× the side in
 * all, a whole code around one located finder pattern of a version 7–10 code), and enlarged
 * (bicubic, at most 3×) towards WIDE_TARGET_SIDE. Measured on the camera set's tuning seed
 * (bench/qr.ts --camera-dev): pad 0.3 or 0.6 read 1 more of 80 key pictures, 1.2 reads 2.
 */
const WIDE_PAD = 1.2;
const WIDE_TARGET_SIDE = 900;

const FAST: ReaderOptions = {
  formats: ['QRCode'],
  tryHarder: true,
  // QR finder patterns are rotation-invariant; tryRotate only helps linear barcodes.
  tryRotate: false,
  tryInvert: true,
  tryDownscale: true,
  maxNumberOfSymbols: 16,
  // Failed symbols still report where they are: the rescue passes re-read just that region.
  returnErrors: true,
};
const NO_DOWNSCALE: ReaderOptions = { ...FAST, tryDownscale: false };

let ready: Promise<unknown> | undefined;
let autoInit: (() => Promise<QrInitOptions>) | undefined;
let rasterizer: Rasterizer | undefined;

/**
 * Loads the reader from a bundled copy; never from a CDN (zxing-wasm's own default). Call once before
 * decoding, with the wasm bytes (Node) or a locateFile that maps to the packaged file (extension).
 */
export function initQr(options: QrInitOptions): Promise<void> {
  const { wasmBinary, locateFile } = options;
  let overrides: { wasmBinary: ArrayBuffer } | { locateFile: (path: string, prefix: string) => string };
  if (wasmBinary) {
    const buffer =
      wasmBinary instanceof Uint8Array
        ? (wasmBinary.buffer.slice(wasmBinary.byteOffset, wasmBinary.byteOffset + wasmBinary.byteLength) as ArrayBuffer)
        : wasmBinary;
    overrides = { wasmBinary: buffer };
  } else if (locateFile) {
    overrides = { locateFile };
  } else {
    return Promise.reject(new Error('initQr needs wasmBinary or locateFile: the QR reader is never fetched from the network'));
  }
  const loading = prepareZXingModule({ overrides, fireImmediately: true });
  ready = loading;
  loading.catch(() => {
    if (ready === loading) ready = undefined;
  });
  return loading.then(() => undefined);
}

/** Lets a platform entry (src/qr/node.ts) supply the wasm when nobody called initQr. */
export function setQrAutoInit(load: () => Promise<QrInitOptions>): void {
  autoInit = load;
}

/** Registers the pixel decoder for file bytes (Node: pngjs/jpeg-js/sharp; a worker: createImageBitmap). */
export function setQrRasterizer(fn: Rasterizer | undefined): void {
  rasterizer = fn;
}

async function ensureReady(): Promise<void> {
  if (!ready) {
    if (!autoInit) throw new Error('QR reader not initialised: call initQr({ wasmBinary }) or initQr({ locateFile }) first');
    await initQr(await autoInit());
  }
  await ready;
}

/** One character per byte (ISO-8859-1): binary payloads reach the parser unchanged. */
function latin1(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return s;
}

/**
 * The payloads of valid results. A binary payload (CompactSeedQR's raw entropy) is handed through
 * byte for byte: ZXing's text for it escapes control bytes or guesses a character set. A short
 * byte payload that ZXing read as text in some other set (one in a hundred random 16-byte codes)
 * is also handed through as bytes.
 */
function validTexts(results: readonly ReadResult[]): string[] {
  const seen = new Set<string>();
  for (const r of results) {
    if (!r.isValid) continue;
    const bytes = r.contentType === 'Binary' || (r.bytes.length <= 32 && r.bytes.length % 4 === 0) ? latin1(r.bytes) : '';
    if (r.contentType !== 'Binary' && r.text) seen.add(r.text);
    if (bytes && bytes !== r.text) seen.add(bytes);
  }
  return [...seen];
}

/** Bounding boxes of symbols that were found but not read, merged when they overlap. */
function failedRegions(results: readonly ReadResult[], scale: number): Box[] {
  const boxes: Box[] = [];
  for (const r of results) {
    if (r.isValid || !r.error || r.error.startsWith('Failed to load')) continue;
    const { topLeft, topRight, bottomLeft, bottomRight } = r.position;
    const xs = [topLeft.x, topRight.x, bottomLeft.x, bottomRight.x].map((v) => v / scale);
    const ys = [topLeft.y, topRight.y, bottomLeft.y, bottomRight.y].map((v) => v / scale);
    const box = { x: Math.min(...xs), y: Math.min(...ys), w: Math.max(...xs) - Math.min(...xs), h: Math.max(...ys) - Math.min(...ys) };
    if (box.w < 8 || box.h < 8) continue;
    const same = boxes.find((b) => overlap(b, box) > 0.5);
    if (same) {
      if (box.w * box.h > same.w * same.h) Object.assign(same, box);
    } else boxes.push(box);
  }
  return boxes;
}

function overlap(a: Box, b: Box): number {
  const w = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y);
  if (w <= 0 || h <= 0) return 0;
  return (w * h) / Math.min(a.w * a.h, b.w * b.h);
}

async function read(img: GrayImage | RgbaImage, options: ReaderOptions): Promise<ReadResult[]> {
  const rgba = img.data.length === img.width * img.height ? grayToRgba(img) : img;
  // zxing-wasm reads any { data, width, height } (duck-typed); no DOM ImageData exists under Node.
  return readBarcodes(rgba as ImageData, options);
}

/** The reading passes, in the order they may run; a decode reports which ones it ran. */
export type QrPass = 'fast' | 'regions' | 'patches' | 'sharpened' | 'enlarged' | 'sharpened-enlarged' | 'histogram' | 'deblurred';

/** What one decode found and which passes it spent on that: the observable for tests and the bench. */
export interface QrDecodeReport {
  texts: string[];
  passes: QrPass[];
}

/** Re-reads each located symbol (or printed patch) from a margin-padded crop, enlarged and sharpened. */
async function rescueRegions(gray: GrayImage, regions: readonly Box[], tried: Box[], passes: QrPass[], name: 'regions' | 'patches' = 'regions'): Promise<string[]> {
  for (const region of regions) {
    if (tried.length >= MAX_RESCUED_REGIONS) break;
    if (tried.some((t) => overlap(t, region) > 0.7)) continue;
    tried.push(region);
    if (passes.at(-1) !== name) passes.push(name);
    // Located corners may sit inside the symbol (a finder pattern alone): pad generously.
    const side = Math.max(region.w, region.h);
    const pad = side * 0.25 + 4;
    const crop = cropGray(gray, { x: region.x - pad, y: region.y - pad, w: region.w + 2 * pad, h: region.h + 2 * pad });
    const factor = Math.min(4, Math.max(2, REGION_TARGET_SIDE / Math.max(crop.width, crop.height)));
    // Sharpen where the blur happened (native pixels), then enlarge so modules span several pixels.
    // A photographed code's modules are soft-edged already, where sharpening can merge them: a
    // patch is read enlarged alone first; a located symbol tries that last.
    const sharpened = () => upscaleGray(sharpenGray(crop, 1), factor);
    const enlarged = () => upscaleGray(crop, factor);
    const attempts = name === 'patches'
      ? [enlarged, sharpened]
      : [sharpened, () => sharpenGray(upscaleGray(sharpenGray(crop, 2), 2), 1), enlarged];
    for (const attempt of attempts) {
      const found = validTexts(await read(attempt(), NO_DOWNSCALE));
      if (found.length) return found;
    }
    // A region may be part of a code only (one finder pattern located; a patch cut short by glare or
    // a shadow), and a screen's moiré or JPEG speckle breaks modules apart: last, a wider crop,
    // enlarged with a sharp kernel and read with zxing's denoising (a morphological closing).
    const widePad = side * WIDE_PAD + 4;
    const wide = cropGray(gray, { x: region.x - widePad, y: region.y - widePad, w: region.w + 2 * widePad, h: region.h + 2 * widePad });
    const wideFactor = Math.min(3, WIDE_TARGET_SIDE / Math.max(wide.width, wide.height));
    const found = validTexts(await read(wideFactor > 1 ? upscaleBicubic(wide, wideFactor) : wide, { ...NO_DOWNSCALE, tryDenoise: true }));
    if (found.length) return found;
  }
  return [];
}

interface Pass {
  name: QrPass;
  run: () => Promise<ReadResult[]>;
  /** Pass pixels per source pixel: maps located regions back onto the source picture. */
  scale: number;
}

function rescuePasses(gray: GrayImage): Pass[] {
  const passes: Pass[] = [{ name: 'sharpened', run: () => read(sharpenGray(gray, 1), NO_DOWNSCALE), scale: 1 }];
  if (Math.max(gray.width, gray.height) <= MAX_SIDE_FOR_PLAIN_UPSCALE) {
    // Small modules on a clean picture: 2× the pixels per module is enough.
    passes.push({ name: 'enlarged', run: () => read(upscaleGray(gray, 2), NO_DOWNSCALE), scale: 2 });
  }
  if (gray.width * gray.height <= MAX_PIXELS_FOR_UPSCALE) {
    // Small blurred modules: sharpen at native size (where the blur happened), then enlarge 2×.
    passes.push({ name: 'sharpened-enlarged', run: () => read(upscaleGray(sharpenGray(gray, 1), 2), NO_DOWNSCALE), scale: 2 });
  }
  passes.push({ name: 'histogram', run: () => read(gray, { ...FAST, binarizer: 'GlobalHistogram' }), scale: 1 });
  if (gray.width * gray.height <= MAX_PIXELS_FOR_DEBLUR) {
    // Blurred 1.5–2 px modules in a busy picture: their finder patterns blur away, so nothing is even
    // located. Undo the blur at native size, then enlarge with a sharp (bicubic) kernel before reading.
    passes.push({ name: 'deblurred', run: () => read(upscaleBicubic(deblurGray(gray, DEBLUR_NOISE), 3), NO_DOWNSCALE), scale: 3 });
  }
  return passes;
}

/**
 * Fast pass, then bounded rescue passes, but only where they can pay off: the regions of symbols the
 * fast pass located but could not read, then, in a photograph, its printed-looking patches, and the
 * whole-picture passes only for a picture that could hold a rendered code (./gate). Most ordinary
 * photos, most pictures on the web, cost the fast pass and the survey only.
 */
async function decodeRgba(img: RgbaImage): Promise<QrDecodeReport> {
  const passes: QrPass[] = ['fast'];
  const fast = await read(img, FAST);
  const found = validTexts(fast);
  if (found.length) return { texts: found, passes };
  let regions = failedRegions(fast, 1);
  const { rendered, patches } = surveyPicture(img);
  if (!regions.length && !rendered && !patches.length) return { texts: [], passes };
  if (!rendered) {
    const gray = toGray(img);
    const tried: Box[] = [];
    const rescued = await rescueRegions(gray, regions, tried, passes);
    return { texts: rescued.length ? rescued : await rescueRegions(gray, patches, tried, passes, 'patches'), passes };
  }

  const gray = toGray(img);
  const tried: Box[] = [];
  for (const pass of rescuePasses(gray)) {
    const rescued = await rescueRegions(gray, regions, tried, passes);
    if (rescued.length) return { texts: rescued, passes };
    passes.push(pass.name);
    const results = await pass.run();
    const texts = validTexts(results);
    if (texts.length) return { texts, passes };
    regions = failedRegions(results, pass.scale);
  }
  return { texts: await rescueRegions(gray, regions, tried, passes), passes };
}

function checkPixels(img: RgbaImage): void {
  const { width, height, data } = img;
  if (!Number.isInteger(width) || !Number.isInteger(height) || width <= 0 || height <= 0 || data.length !== width * height * 4) {
    throw new QrImageError(`not a readable image: ${width}×${height} pixels do not match ${data.length} bytes of RGBA`);
  }
}

function shrinkToCap(img: RgbaImage): RgbaImage {
  const pixels = img.width * img.height;
  if (pixels <= MAX_PIXELS) return img;
  const factor = Math.ceil(Math.sqrt(pixels / MAX_PIXELS));
  return grayToRgba(downscaleGray(toGray(img), factor));
}

/** Every QR payload readable in RGBA pixels (canvas ImageData or a decoded file). */
export async function decodeImageData(img: RgbaImage): Promise<string[]> {
  return (await inspectImageData(img)).texts;
}

/** decodeImageData, also telling which passes ran. */
export async function inspectImageData(img: RgbaImage): Promise<QrDecodeReport> {
  checkPixels(img);
  await ensureReady();
  return decodeRgba(shrinkToCap(img));
}

/** Pixels of a file, or undefined when no decoder for its format is registered here. */
async function rasterize(bytes: Uint8Array, format: ImageFormat): Promise<RgbaImage | undefined> {
  if (!rasterizer) return undefined;
  let img: RgbaImage | undefined;
  try {
    img = await rasterizer(bytes, format);
  } catch (error) {
    if (error instanceof QrImageError) throw error;
    throw new QrImageError(`not a readable image: the ${format.toUpperCase()} data is damaged or cut short (${String(error)})`);
  }
  if (img) checkPixels(img);
  return img;
}

/**
 * Every QR payload in an image file: pixels from the registered rasterizer (Node: sharp when
 * installed, else pngjs/jpeg-js; extension: the browser's decoders), decoded once for every pass.
 * Without a rasterizer for the format, zxing reads PNG, JPEG, GIF and BMP bytes itself (fast pass
 * only). Rejects with QrImageError ("not a readable image…") for anything else.
 */
export async function decodeImageFile(bytes: Uint8Array): Promise<string[]> {
  return (await inspectImageFile(bytes)).texts;
}

/** decodeImageFile, also telling which passes ran. */
export async function inspectImageFile(bytes: Uint8Array): Promise<QrDecodeReport> {
  const header = readImageHeader(bytes);
  if (!header) throw new QrImageError('not a readable image: unrecognised file format');
  const { format, width = 0, height = 0 } = header;
  await ensureReady();
  const pixels = await rasterize(bytes, format);
  if (pixels) return decodeRgba(shrinkToCap(pixels));
  if (format === 'webp' || width * height > MAX_PIXELS) {
    throw new QrImageError(`not a readable image here: no ${format.toUpperCase()} decoder is available`);
  }
  const results = await readBarcodes(bytes, FAST);
  if (results.some((r) => r.error.startsWith('Failed to load'))) {
    throw new QrImageError(`not a readable image: the ${format.toUpperCase()} data is damaged or cut short`);
  }
  return { texts: validTexts(results), passes: ['fast'] };
}
