// QR codes → keys, shared by the CLI and the extension.
//
// Node (CLI, tests, bench): import from './node' — it loads the wasm from disk by itself (the copy
// scripts/build.ts puts next to dist/cli/keywarden.mjs, else the zxing-wasm package) and decodes
// PNG/JPEG/GIF/BMP/WebP files:
//     import { scanQrImage } from '../qr/node';
//     const payloads = await scanQrImage(bytes, { salt });          // [{ payload, findings }]
//   or step by step: decodeImageFile(bytes) → string[], then scanQrPayload(payload, options).
//   Unreadable bytes reject with QrImageError ("not a readable image: …"): print it, go on.
//   inspectImageFile / inspectImageData also say which passes ran (['fast'] for an ordinary photo).
//
// Extension (the background worker / event page; never the content script, whose page CSP may
// forbid WebAssembly): this module only, no Node imports. Once, before decoding:
//     await initQr({ locateFile: (file) => browser.runtime.getURL(file) });   // 'zxing_reader.wasm'
//     setQrRasterizer(rasterizeInBrowser);   // from './browser': pixels for every pass, any format shown
//   then decodeImageFile(bytes) or decodeImageData(imageData), and scanQrPayload(payload, { salt, context })
//   (not the engine's scan: payload forms such as percent-encoded kraken:// URIs need the parsing).
//   The reader is never fetched from a CDN: without initQr decoding throws.
import { decodeImageFile } from './decode';
import { scanQrPayload } from './payload';
import type { Finding, ScanOptions } from '../engine/types';

export { decodeImageData, decodeImageFile, inspectImageData, inspectImageFile, initQr, setQrRasterizer, QrImageError, MAX_PIXELS } from './decode';
export type { QrInitOptions, QrDecodeReport, QrPass, Rasterizer, RgbaImage, ImageFormat } from './decode';
export { parseQrPayload, scanQrPayload } from './payload';
export type { ParsedQrPayload, PayloadField, PayloadForm } from './payload';

export interface QrPayloadFindings {
  /** The text decoded from one QR code; finding offsets index into it. */
  payload: string;
  findings: Finding[];
}

/** Decodes every QR code in an image file and scans each payload. Rejects with QrImageError. */
export async function scanQrImage(bytes: Uint8Array, options: ScanOptions = {}): Promise<QrPayloadFindings[]> {
  const payloads = await decodeImageFile(bytes);
  return payloads.map((payload) => ({ payload, findings: scanQrPayload(payload, options) }));
}
