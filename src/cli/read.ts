// Reading what the CLI scans: telling text from binary and images, and scanning text of any size
// in bounded memory. Text is decoded as UTF-8 with replacement characters (never fatal), so offsets,
// lines and columns refer to the decoded text, counted in UTF-16 code units like the engine's spans.
import { isAscii } from 'node:buffer';
import { extname } from 'node:path';
import type { Finding } from '../engine/types';
import { locate, TextScanStream, type ChunkOptions, type LocatedFinding } from '../engine/stream';

// The CLI's modules name these through this file.
export { DEFAULT_CHUNK_CHARS, type ChunkOptions, type LocatedFinding } from '../engine/stream';

export type ContentKind = 'text' | 'image' | 'binary';

export const IMAGE_EXTENSIONS: ReadonlySet<string> = new Set(['.png', '.jpg', '.jpeg', '.gif', '.webp', '.bmp']);

// Formats that hold no readable text worth scanning (or only compressed text we cannot see into).
const BINARY_EXTENSIONS: ReadonlySet<string> = new Set([
  '.ico', '.tif', '.tiff', '.avif', '.heic', '.psd',
  '.zip', '.gz', '.tgz', '.bz2', '.xz', '.zst', '.7z', '.rar', '.jar', '.war', '.whl', '.crx', '.xpi',
  '.pdf', '.doc', '.docx', '.xls', '.xlsx', '.ppt', '.pptx', '.odt',
  '.woff', '.woff2', '.ttf', '.otf', '.eot',
  '.mp3', '.mp4', '.m4a', '.mov', '.avi', '.mkv', '.webm', '.ogg', '.wav', '.flac',
  '.exe', '.dll', '.so', '.dylib', '.o', '.a', '.class', '.pyc', '.wasm', '.node', '.bin', '.dat',
  '.sqlite', '.db',
]);

/** Classification by file name alone; undefined means "look at the bytes". */
export function kindByName(path: string): ContentKind | undefined {
  const ext = extname(path).toLowerCase();
  if (IMAGE_EXTENSIONS.has(ext)) return 'image';
  if (BINARY_EXTENSIONS.has(ext)) return 'binary';
  return undefined;
}

/** How many leading bytes are checked for a NUL byte, the usual sign of a binary file. */
export const SNIFF_BYTES = 8192;

export type TextScanResult = { kind: 'text'; findings: LocatedFinding[] } | { kind: 'binary' };

/**
 * Scans a byte stream as UTF-8 text in overlapping windows, so memory stays bounded whatever the
 * size. Each window owns the findings that start in its middle part; a key crossing a window border
 * is therefore seen whole by exactly one window and reported once, with file-global offsets.
 * Returns { kind: 'binary' } if a NUL byte shows up in the first SNIFF_BYTES bytes.
 */
export async function scanByteStream(
  bytes: AsyncIterable<Uint8Array | string>,
  scanText: (text: string) => Finding[],
  options: ChunkOptions = {},
): Promise<TextScanResult> {
  const decoder = new TextDecoder('utf-8', { fatal: false });
  const stream = new TextScanStream(scanText, options);
  let sniffed = 0;
  for await (const piece of bytes) {
    const data = typeof piece === 'string' ? new TextEncoder().encode(piece) : piece;
    if (sniffed < SNIFF_BYTES) {
      const head = data.subarray(0, SNIFF_BYTES - sniffed);
      if (head.includes(0)) return { kind: 'binary' };
      sniffed += head.length;
    }
    stream.push(decoder.decode(data, { stream: true }));
  }
  stream.push(decoder.decode());
  return { kind: 'text', findings: stream.end() };
}

/**
 * Scans a file already read whole (the common case: files up to one chunk). Same results as
 * scanByteStream over the same bytes, without the streaming decoder and window copies.
 */
export function scanBytes(bytes: Uint8Array, scanText: (text: string) => Finding[]): TextScanResult {
  if (bytes.subarray(0, SNIFF_BYTES).includes(0)) return { kind: 'binary' };
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // Pure ASCII (most source files) decodes the same as Latin-1, which skips UTF-8 validation.
  let text = isAscii(buffer) ? buffer.toString('latin1') : buffer.toString('utf8');
  // TextDecoder (the streaming path) drops a leading byte-order mark; offsets must agree.
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return { kind: 'text', findings: locate(text, scanText(text)) };
}
