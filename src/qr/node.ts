// Node entry for QR decoding (the CLI, tests, bench). Importing it wires two things into decode.ts:
// - the reader's wasm read from disk: next to the bundle (dist/cli/zxing_reader.wasm, copied by
//   scripts/build.ts) or, when running from source, from the zxing-wasm package;
// - a rasterizer for file bytes: sharp (libvips) when it is installed, imported lazily so the CLI
//   starts without it; else PNG (pngjs) and JPEG (jpeg-js) in pure JS, and GIF and WebP not at all.
//   Measured on the photo gallery (bench/qr-photos.ts): a 512–1024 px JPEG decodes in ~9 ms with
//   sharp and ~41 ms with jpeg-js; sharp's shrink-on-load at 1/4 scale saves only ~2 ms more (its
//   fixed cost dominates), and the rescue passes need full resolution anyway.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { QrImageError, setQrAutoInit, setQrRasterizer, type ImageFormat, type QrInitOptions, type RgbaImage } from './decode';

export * from './index';

const WASM_NAME = 'zxing_reader.wasm';

async function loadWasm(): Promise<QrInitOptions> {
  const bundled = fileURLToPath(new URL(`./${WASM_NAME}`, import.meta.url));
  try {
    return { wasmBinary: await readFile(bundled) };
  } catch {
    const fromPackage = createRequire(import.meta.url).resolve(`zxing-wasm/reader/${WASM_NAME}`);
    return { wasmBinary: await readFile(fromPackage) };
  }
}

const asRgba = (data: Uint8Array, width: number, height: number): RgbaImage => ({
  data: new Uint8ClampedArray(data.buffer, data.byteOffset, width * height * 4),
  width,
  height,
});

type Sharp = (typeof import('sharp'))['default'];
let sharpLoading: Promise<Sharp | undefined> | undefined;
const loadSharp = (): Promise<Sharp | undefined> =>
  (sharpLoading ??= import('sharp').then((m) => m.default, () => undefined));

/** The rasterizer this module registers: sharp when installed, else pure JS. */
export async function rasterizeInNode(bytes: Uint8Array, format: ImageFormat): Promise<RgbaImage | undefined> {
  if (format === 'bmp') return undefined; // neither sharp nor a JS decoder here; zxing reads BMP bytes
  const sharp = await loadSharp();
  if (!sharp) return rasterizeInPureJs(bytes, format);
  const { data, info } = await sharp(bytes, { limitInputPixels: 16384 * 16384 })
    .ensureAlpha()
    .raw({ depth: 'uchar' })
    .toBuffer({ resolveWithObject: true });
  return asRgba(data, info.width, info.height);
}

/**
 * A CommonJS module loaded lazily. Node's loader gives its exports both as `default` and by name;
 * bundled with code splitting (dist/cli), its chunk has only `default`. So read `default`.
 */
async function commonJs<T extends object>(load: Promise<T>): Promise<T> {
  const mod = (await load) as T & { default?: T };
  return mod.default ?? mod;
}

/** What the CLI does without sharp (the bench measures it too). */
export async function rasterizeInPureJs(bytes: Uint8Array, format: ImageFormat): Promise<RgbaImage | undefined> {
  switch (format) {
    case 'png': {
      const { PNG } = await commonJs(import('pngjs'));
      const png = PNG.sync.read(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
      return asRgba(png.data, png.width, png.height);
    }
    case 'jpeg': {
      const jpeg = await commonJs(import('jpeg-js'));
      const out = jpeg.decode(bytes, { useTArray: true, formatAsRGBA: true, maxMemoryUsageInMB: 1024 });
      return asRgba(out.data, out.width, out.height);
    }
    case 'gif':
    case 'webp':
      throw new QrImageError(`not a readable image here: ${format.toUpperCase()} pixels need the optional 'sharp' package`);
    case 'bmp':
      return undefined;
  }
}

setQrAutoInit(loadWasm);
setQrRasterizer(rasterizeInNode);
