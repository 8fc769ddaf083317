// Extension side (the background worker / event page): pixels from image bytes with
// the browser's own decoders, so every format the browser shows (WebP and AVIF included) can be read.
// Register it once to make decodeImageFile complete there: setQrRasterizer(rasterizeInBrowser).
import { MAX_PIXELS, type RgbaImage } from './decode';

export async function rasterizeInBrowser(bytes: Uint8Array): Promise<RgbaImage | undefined> {
  if (typeof createImageBitmap !== 'function' || typeof OffscreenCanvas !== 'function') return undefined;
  const bitmap = await createImageBitmap(new Blob([bytes as BlobPart]));
  try {
    // Shrink oversized pictures while drawing: the canvas does the resampling.
    const scale = Math.min(1, Math.sqrt(MAX_PIXELS / (bitmap.width * bitmap.height)));
    const width = Math.max(1, Math.floor(bitmap.width * scale));
    const height = Math.max(1, Math.floor(bitmap.height * scale));
    const canvas = new OffscreenCanvas(width, height);
    const ctx = canvas.getContext('2d', { willReadFrequently: true });
    if (!ctx) return undefined;
    ctx.drawImage(bitmap, 0, 0, width, height);
    return ctx.getImageData(0, 0, width, height);
  } finally {
    bitmap.close();
  }
}
