// Reading what the CLI scans: telling text from binary and images, and scanning text of any size
// in bounded memory. Text is decoded as UTF-8 with replacement characters (never fatal), so offsets,
// lines and columns refer to the decoded text, counted in UTF-16 code units like the engine's spans.
import { isAscii } from 'node:buffer';
import { extname } from 'node:path';
import type { Finding } from '../engine/types';

/** A finding placed in its file: 1-based line/column of the first and one past the last character. */
export interface LocatedFinding extends Finding {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

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

export interface ChunkOptions {
  /** Characters scanned per window besides the overlap. Small values are for tests. */
  chunkChars?: number;
  /** Characters shared by consecutive windows; keys up to half this long are found whole. */
  overlapChars?: number;
}

export const DEFAULT_CHUNK_CHARS = 4 * 1024 * 1024;
export const DEFAULT_OVERLAP_CHARS = 64 * 1024;

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
  const overlap = Math.max(2, options.overlapChars ?? DEFAULT_OVERLAP_CHARS);
  const chunk = Math.max(1, options.chunkChars ?? DEFAULT_CHUNK_CHARS);
  const windowChars = chunk + overlap;
  const half = Math.floor(overlap / 2);
  const decoder = new TextDecoder('utf-8', { fatal: false });
  const findings: LocatedFinding[] = [];

  let buffer = ''; // undecided text, starting at global offset `bufferStart`
  let bufferStart = 0;
  let linesBefore = 0; // '\n' characters before bufferStart
  let lastNewlineBefore = -1; // global offset of the last '\n' before bufferStart
  let ownedFrom = 0; // global offset: findings starting earlier were reported by a previous window
  let sniffed = 0;

  const scanWindow = (final: boolean): void => {
    const length = final ? buffer.length : windowChars;
    const text = buffer.slice(0, length);
    const ownedUntil = final ? Infinity : length - half; // local; later starts belong to the next window
    const from = ownedFrom - bufferStart;
    const mine = scanText(text).filter((f) => f.start >= from && f.start < ownedUntil);
    if (mine.length > 0) {
      const locate = locator(text, bufferStart, linesBefore, lastNewlineBefore);
      for (const f of mine) {
        const start = locate(f.start);
        const end = locate(f.end);
        findings.push({
          ...f,
          start: f.start + bufferStart,
          end: f.end + bufferStart,
          line: start.line,
          column: start.column,
          endLine: end.line,
          endColumn: end.column,
        });
      }
    }
    if (final) return;
    const advance = length - overlap;
    const dropped = buffer.slice(0, advance);
    for (let i = dropped.indexOf('\n'); i !== -1; i = dropped.indexOf('\n', i + 1)) {
      linesBefore++;
      lastNewlineBefore = bufferStart + i;
    }
    ownedFrom = bufferStart + ownedUntil;
    bufferStart += advance;
    buffer = buffer.slice(advance);
  };

  for await (const piece of bytes) {
    const data = typeof piece === 'string' ? new TextEncoder().encode(piece) : piece;
    if (sniffed < SNIFF_BYTES) {
      const head = data.subarray(0, SNIFF_BYTES - sniffed);
      if (head.includes(0)) return { kind: 'binary' };
      sniffed += head.length;
    }
    buffer += decoder.decode(data, { stream: true });
    while (buffer.length >= windowChars) scanWindow(false);
  }
  buffer += decoder.decode();
  scanWindow(true);
  return { kind: 'text', findings };
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
  const found = scanText(text);
  if (found.length === 0) return { kind: 'text', findings: [] };
  const locate = locator(text, 0, 0, -1);
  return {
    kind: 'text',
    findings: found.map((f) => {
      const start = locate(f.start);
      const end = locate(f.end);
      return { ...f, line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
    }),
  };
}

/** Maps a window-local offset to a 1-based line and column in the whole file. */
function locator(text: string, base: number, linesBefore: number, lastNewlineBefore: number) {
  const newlines: number[] = [];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) newlines.push(i);
  return (offset: number): { line: number; column: number } => {
    // Count newlines strictly before `offset` (binary search).
    let lo = 0;
    let hi = newlines.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((newlines[mid] as number) < offset) lo = mid + 1;
      else hi = mid;
    }
    const lastNewline = lo > 0 ? base + (newlines[lo - 1] as number) : lastNewlineBefore;
    return { line: linesBefore + lo + 1, column: base + offset - lastNewline };
  };
}
