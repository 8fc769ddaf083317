// The seam between the CLI and QR decoding: image bytes in, findings out.
// Until src/qr lands, images are skipped with a note; the rest of the CLI does not change when it does.
import type { Finding, ScanOptions } from '../engine/types';

/** Largest image we decode; bigger files are skipped (decoding holds the whole bitmap in memory). */
export const MAX_IMAGE_BYTES = 32 * 1024 * 1024;

export interface ImageScanResult {
  /** One entry per decoded QR payload; finding offsets are into `payload`. */
  payloads: { payload: string; findings: Finding[] }[];
  /** Set when the image could not be examined; printed on stderr. */
  note?: string;
}

export async function scanImage(_bytes: Uint8Array, _options: ScanOptions): Promise<ImageScanResult> {
  return { payloads: [], note: 'image skipped: QR decoding is not available in this build' };
}
