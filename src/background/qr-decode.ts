// Seam for QR decoding in the worker. Until src/qr is wired in, nothing is decoded.
export async function qrPayloads(_src: string, _frameUrl: string): Promise<string[]> {
  return [];
}
