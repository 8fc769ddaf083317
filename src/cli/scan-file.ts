// Scanning one file, the same on the main thread and in worker threads: classify, read, run the
// built-in scan and the custom rules, drop `keywarden:allow` lines, place findings on lines.
// Everything a worker returns is plain data (structured-clone safe).
import { createReadStream, readFileSync } from 'node:fs';
import { sep } from 'node:path';
import { scan } from '../engine/index';
import type { CustomRuleSet } from '../engine/custom';
import type { Finding, ScanOptions } from '../engine/types';
import { dropAllowedLines } from './allow';
import { describeError } from './errors';
import { MAX_IMAGE_BYTES, scanImage } from './images';
import { DEFAULT_CHUNK_CHARS, kindByName, scanByteStream, scanBytes, type ChunkOptions, type LocatedFinding } from './read';

/** What every scanning thread is set up with. */
export interface ScanSetup {
  salt: string;
  includeGeneric: boolean;
  /** Custom rules as plain JSON, already checked by the main thread. */
  ruleSet?: CustomRuleSet;
  chunk?: ChunkOptions;
}

export interface FileOutcome {
  /** False when the content was not examined (binary, too large, unreadable image). */
  scanned: boolean;
  findings: LocatedFinding[];
  /** Why a file was skipped: printed as a note. */
  note?: string;
  /** Why a file could not be read: printed as an error (exit status 2). */
  error?: string;
}

export interface FileScanner {
  /** The text scan for a path's content (path for custom rules; undefined for stdin). */
  textScan(path: string | undefined): (text: string) => Finding[];
  scanFile(path: string, size: number): Promise<FileOutcome>;
}

/** Paths as custom rules and gitleaks allowlists expect them: '/'-separated. */
const rulePath = (path: string): string => (sep === '/' ? path : path.split(sep).join('/'));

/** Custom rules (and their RE2 engine) are loaded only when a rule set is given. */
async function customRules(setup: ScanSetup) {
  if (!setup.ruleSet) return undefined;
  const { compileRuleSet, runCustomRules } = await import('../engine/custom');
  const { compiled } = compileRuleSet(setup.ruleSet);
  return (text: string, found: Finding[], path: string | undefined, source: 'text' | 'qr'): Finding[] =>
    runCustomRules(text, found, compiled, { salt: setup.salt, source, ...(path === undefined ? {} : { path: rulePath(path) }) });
}

export async function createFileScanner(setup: ScanSetup): Promise<FileScanner> {
  const options: ScanOptions = { salt: setup.salt, includeGeneric: setup.includeGeneric };
  const custom = await customRules(setup);
  const withCustom = (text: string, found: Finding[], path: string | undefined, source: 'text' | 'qr'): Finding[] =>
    custom ? custom(text, found, path, source) : found;
  const textScan = (path: string | undefined) => (text: string): Finding[] =>
    dropAllowedLines(text, withCustom(text, scan(text, options), path, 'text'));
  // A UTF-8 file has at most as many UTF-16 code units as bytes, so this many bytes fit one window.
  const wholeFileBytes = setup.chunk?.chunkChars ?? DEFAULT_CHUNK_CHARS;

  async function scanFile(path: string, size: number): Promise<FileOutcome> {
    try {
      const byName = kindByName(path);
      if (byName === 'binary') return { scanned: false, findings: [], note: 'binary file' };
      if (byName === 'image') {
        if (size > MAX_IMAGE_BYTES) return { scanned: false, findings: [], note: `image larger than ${MAX_IMAGE_BYTES >> 20} MiB` };
        const result = await scanImage(new Uint8Array(readFileSync(path)), { ...options, source: 'qr' });
        const findings = result.payloads.flatMap(({ payload, findings: found }) =>
          locateInPayload(payload, withCustom(payload, found, path, 'qr')));
        return result.note ? { scanned: false, findings, note: result.note } : { scanned: true, findings };
      }
      // Files that fit one window are read whole (synchronously: a scanning thread has nothing
      // else to do meanwhile); larger ones are streamed through overlapping windows.
      const result = size <= wholeFileBytes
        ? scanBytes(readFileSync(path), textScan(path))
        : await scanByteStream(createReadStream(path, { highWaterMark: 1024 * 1024 }), textScan(path), setup.chunk);
      if (result.kind === 'binary') return { scanned: false, findings: [], note: 'binary file' };
      return { scanned: true, findings: result.findings };
    } catch (error) {
      return { scanned: false, findings: [], error: describeError(error) };
    }
  }

  return { textScan, scanFile };
}

/** QR findings: line and column within the decoded payload text. */
function locateInPayload(payload: string, findings: Finding[]): LocatedFinding[] {
  const at = (offset: number): { line: number; column: number } => {
    const before = payload.slice(0, offset);
    const lastNewline = before.lastIndexOf('\n');
    return { line: before.split('\n').length, column: offset - lastNewline };
  };
  return findings.map((f) => {
    const start = at(f.start);
    const end = at(f.end);
    return { ...f, line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
  });
}
