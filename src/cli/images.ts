// The seam between the CLI and QR decoding (src/qr): image bytes in, findings per QR payload out.
// The QR module (and its wasm reader) is loaded on the first image only, so text-only scans start fast.
import type { Finding, ScanOptions } from '../engine/types';

/** Largest image we decode; bigger files are skipped (decoding holds the whole bitmap in memory). */
export const MAX_IMAGE_BYTES = 32 * 1024 * 1024;

export interface ImageScanResult {
  /** One entry per decoded QR payload; finding offsets are into `payload`. */
  payloads: { payload: string; findings: Finding[] }[];
  /** Set when the image could not be examined; printed on stderr. */
  note?: string;
}

export async function scanImage(bytes: Uint8Array, options: ScanOptions): Promise<ImageScanResult> {
  const qr = await import('../qr/node');
  try {
    return { payloads: await qr.scanQrImage(bytes, { ...options, source: 'qr' }) };
  } catch (error) {
    // Damaged or unsupported images are a note, not an I/O error: the scan goes on.
    if (error instanceof qr.QrImageError) return { payloads: [], note: error.message };
    throw error;
  }
}
