// `keywarden scan`: walks the given paths, scans each file, reports through the chosen format and
// returns the exit status. All I/O with the terminal goes through `CliIo` so tests can run it in-process.
import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { isAbsolute, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { scan } from '../engine/index';
import { SEVERITIES, isAlert, type Finding, type ScanOptions } from '../engine/types';
import { HELP, parseArgs, type ScanCommand } from './args';
import { MAX_IMAGE_BYTES, scanImage } from './images';
import { jsonlReporter } from './formats/jsonl';
import type { Reporter, Summary, Write } from './formats/report';
import { sarifReporter } from './formats/sarif';
import { textReporter } from './formats/text';
import { DEFAULT_CHUNK_CHARS, kindByName, scanByteStream, scanBytes, type ChunkOptions, type LocatedFinding } from './read';
import { walk } from './walk';
import { providerName } from './providers';
import pkg from '../../package.json';

export interface CliIo {
  stdout: Write;
  stderr: Write;
  stdin: () => AsyncIterable<Uint8Array | string>;
  stdoutIsTTY: boolean;
  env: Record<string, string | undefined>;
  cwd: string;
}

/** Internal knobs, not exposed as options: tests use a tiny chunk size to exercise chunk borders. */
export interface RunInternals {
  chunk?: ChunkOptions;
}

export const EXIT_CLEAN = 0;
export const EXIT_FOUND = 1;
export const EXIT_ERROR = 2;

const STDIN_PATH = '<stdin>';

export async function run(argv: readonly string[], io: CliIo, internals: RunInternals = {}): Promise<number> {
  const args = parseArgs(argv);
  switch (args.command) {
    case 'help':
      io.stdout(HELP);
      return EXIT_CLEAN;
    case 'version':
      io.stdout(`${pkg.version}\n`);
      return EXIT_CLEAN;
    case 'usage-error':
      io.stderr(`keywarden: ${args.message}\nRun 'keywarden --help' for usage.\n`);
      return EXIT_ERROR;
    case 'scan':
      return scanCommand(args, io, internals);
  }
}

function reporterFor(args: ScanCommand, io: CliIo): Reporter {
  switch (args.format) {
    case 'jsonl':
      return jsonlReporter(io.stdout);
    case 'sarif':
      return sarifReporter(io.stdout, { version: pkg.version, providerName, uriFor: (p) => artifactUri(p, io.cwd) });
    case 'text': {
      const noColor = io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '';
      return textReporter(io.stdout, io.stdoutIsTTY && !noColor);
    }
  }
}

async function scanCommand(args: ScanCommand, io: CliIo, internals: RunInternals): Promise<number> {
  const reporter = reporterFor(args, io);
  const summary: Summary = { scanned: 0, reported: 0, alerts: 0, hidden: 0, errors: 0 };
  const scanOptions: ScanOptions = {
    // A fixed default salt keeps fingerprints stable across runs (baselines, SARIF partialFingerprints).
    salt: io.env.KEYWARDEN_SALT ?? 'keywarden-cli',
    includeGeneric: args.includeGeneric,
  };
  const minRank = SEVERITIES.indexOf(args.minSeverity);
  const showAll = args.includeExamples || args.format === 'jsonl';

  const report = (path: string, found: LocatedFinding[]): void => {
    const wanted = found.filter((f) => SEVERITIES.indexOf(f.severity) <= minRank);
    const shown = showAll ? wanted : wanted.filter((f) => isAlert(f));
    summary.hidden += wanted.length - shown.length;
    summary.reported += shown.length;
    summary.alerts += shown.filter((f) => isAlert(f)).length;
    if (shown.length > 0) reporter.file(path, shown);
  };
  const fail = (path: string, error: unknown): void => {
    summary.errors++;
    io.stderr(`keywarden: cannot read '${path}': ${describeError(error)}\n`);
  };
  const note = (path: string, why: string): void => io.stderr(`keywarden: skipped '${path}': ${why}\n`);
  const scanText = (text: string): Finding[] => scan(text, scanOptions);
  // A UTF-8 file has at most as many UTF-16 code units as bytes, so this many bytes fit one window.
  const wholeFileBytes = internals.chunk?.chunkChars ?? DEFAULT_CHUNK_CHARS;

  let stdinDone = false;
  const fileRoots: string[] = [];
  for (const path of args.paths) {
    if (path !== '-') {
      fileRoots.push(path);
      continue;
    }
    if (stdinDone) continue;
    stdinDone = true;
    try {
      const result = await scanByteStream(io.stdin(), scanText, internals.chunk);
      if (result.kind === 'binary') note(STDIN_PATH, 'binary input');
      else {
        summary.scanned++;
        report(STDIN_PATH, result.findings);
      }
    } catch (error) {
      fail(STDIN_PATH, error);
    }
  }

  for await (const entry of walk(fileRoots)) {
    if (entry.kind === 'error') {
      fail(entry.path, entry.error);
      continue;
    }
    const { path, size } = entry;
    try {
      const byName = kindByName(path);
      if (byName === 'binary') {
        note(path, 'binary file');
      } else if (byName === 'image') {
        if (size > MAX_IMAGE_BYTES) {
          note(path, `image larger than ${MAX_IMAGE_BYTES >> 20} MiB`);
          continue;
        }
        const result = await scanImage(new Uint8Array(await readFile(path)), { ...scanOptions, source: 'qr' });
        if (result.note) note(path, result.note);
        else summary.scanned++;
        report(path, result.payloads.flatMap(({ payload, findings }) => locateInPayload(payload, findings)));
      } else {
        // Files that fit one window are read whole: no stream, no incremental decoder.
        const result = size <= wholeFileBytes
          ? scanBytes(await readFile(path), scanText)
          : await scanByteStream(createReadStream(path, { highWaterMark: 1024 * 1024 }), scanText, internals.chunk);
        if (result.kind === 'binary') note(path, 'binary file');
        else {
          summary.scanned++;
          report(path, result.findings);
        }
      }
    } catch (error) {
      fail(path, error);
    }
  }

  reporter.finish(summary);
  if (summary.errors > 0) return EXIT_ERROR;
  return summary.alerts > 0 ? EXIT_FOUND : EXIT_CLEAN;
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

const ERROR_TEXT: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOENT: 'no such file or directory',
  ELOOP: 'too many levels of symbolic links',
  EISDIR: 'is a directory',
  ENOTDIR: 'not a directory',
  EMFILE: 'too many open files',
  EIO: 'input/output error',
};

function describeError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code && ERROR_TEXT[code]) return ERROR_TEXT[code];
  return error instanceof Error ? error.message : String(error);
}

/** SARIF wants URIs: relative to the working directory when inside it, file:// URLs otherwise. */
export function artifactUri(path: string, cwd: string): string {
  if (path === STDIN_PATH) return 'stdin';
  const rel = relative(cwd, path);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return pathToFileURL(path).href;
  return rel.split(sep).map(encodeURIComponent).join('/');
}
