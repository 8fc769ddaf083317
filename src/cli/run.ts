// `keywarden scan`: walks the given paths, scans each file, reports through the chosen format and
// returns the exit status. All I/O with the terminal goes through `CliIo` so tests can run it in-process.
import { isAbsolute, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CustomRuleSet } from '../engine/custom';
import { SEVERITIES, isAlert } from '../engine/types';
import { HELP, parseArgs, type ScanCommand } from './args';
import { BaselineError, DEFAULT_SALT, baselineOf, readBaseline, saltId, writeBaseline } from './baseline';
import { jsonlReporter } from './formats/jsonl';
import type { Reporter, Summary, Write } from './formats/report';
import { sarifReporter } from './formats/sarif';
import { textReporter } from './formats/text';
import { IGNORE_FILE, IgnoreFiles } from './ignore';
import { scanByteStream, type ChunkOptions, type LocatedFinding } from './read';
import { describeError } from './errors';
import type { FileOutcome, ScanSetup } from './scan-file';
import { walk } from './walk';
import pkg from '../../package.json';

export interface CliIo {
  stdout: Write;
  stderr: Write;
  stdin: () => AsyncIterable<Uint8Array | string>;
  stdoutIsTTY: boolean;
  env: Record<string, string | undefined>;
  cwd: string;
  /** Threads to scan with when --jobs is not given (default 1). */
  cpus?: number;
  /** Script for worker threads (the CLI bundle); without it everything runs on the calling thread. */
  workerScript?: URL;
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

function reporterFor(args: ScanCommand, io: CliIo, providerName: (slug: string) => string): Reporter {
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
  // The engine (rules, wordlists, tables) loads here, not for --version, --help or a usage error.
  const [{ ScanPool }, { providerName }] = await Promise.all([import('./pool'), import('./providers')]);
  let ruleSet: CustomRuleSet | undefined;
  if (args.config) {
    const { loadConfig } = await import('./config'); // TOML and RE2 only when asked for
    const loaded = await loadConfig(args.config);
    io.stderr(loaded.report);
    if (!loaded.ok) return EXIT_ERROR;
    ruleSet = loaded.ruleSet;
  }
  const userSalt = io.env.KEYWARDEN_SALT;
  const salt = saltId(userSalt);
  let known: Set<string> | undefined;
  if (args.baseline) {
    try {
      known = await readBaseline(args.baseline, salt);
    } catch (error) {
      io.stderr(`keywarden: ${error instanceof BaselineError ? error.message : describeError(error)}\n`);
      return EXIT_ERROR;
    }
  }

  const reporter = reporterFor(args, io, providerName);
  const summary: Summary = { scanned: 0, reported: 0, alerts: 0, hidden: 0, known: 0, errors: 0 };
  const setup: ScanSetup = {
    // A fixed default salt keeps fingerprints stable across runs (baselines, SARIF partialFingerprints).
    salt: userSalt ?? DEFAULT_SALT,
    includeGeneric: args.includeGeneric,
    ...(ruleSet ? { ruleSet } : {}),
    ...(internals.chunk ? { chunk: internals.chunk } : {}),
  };
  const pool = new ScanPool(setup, args.jobs ?? io.cpus ?? 1, io.workerScript, args.jobs !== undefined);
  const minRank = SEVERITIES.indexOf(args.minSeverity);
  const showAll = args.includeExamples || args.format === 'jsonl';
  const forBaseline: { path: string; finding: LocatedFinding }[] = [];

  const report = (path: string, found: LocatedFinding[]): void => {
    const ranked = found.filter((f) => SEVERITIES.indexOf(f.severity) <= minRank);
    if (args.writeBaseline) for (const finding of ranked) forBaseline.push({ path, finding });
    const wanted = known ? ranked.filter((f) => !known.has(f.fingerprint)) : ranked;
    summary.known += ranked.length - wanted.length;
    const shown = showAll ? wanted : wanted.filter((f) => isAlert(f));
    summary.hidden += wanted.length - shown.length;
    summary.reported += shown.length;
    summary.alerts += shown.filter((f) => isAlert(f)).length;
    if (shown.length > 0) reporter.file(path, shown);
  };
  const fail = (path: string, why: string): void => {
    summary.errors++;
    io.stderr(`keywarden: cannot read '${path}': ${why}\n`);
  };
  const note = (path: string, why: string): void => io.stderr(`keywarden: skipped '${path}': ${why}\n`);
  const settle = (path: string, outcome: FileOutcome): void => {
    if (outcome.error !== undefined) return fail(path, outcome.error);
    if (outcome.note !== undefined) note(path, outcome.note);
    if (outcome.scanned) summary.scanned++;
    report(path, outcome.findings);
  };

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
      const result = await scanByteStream(io.stdin(), (await pool.scanner()).textScan(undefined), internals.chunk);
      if (result.kind === 'binary') note(STDIN_PATH, 'binary input');
      else {
        summary.scanned++;
        report(STDIN_PATH, result.findings);
      }
    } catch (error) {
      fail(STDIN_PATH, describeError(error));
    }
  }

  // Files are scanned by every thread at once and reported in walk order, so output is the same
  // whatever the number of threads. A bounded window of files in flight bounds memory.
  const inFlight: { path: string; outcome: Promise<FileOutcome> }[] = [];
  const ignores = new IgnoreFiles(io.cwd);
  try {
    for await (const entry of walk(fileRoots, (root) => ignores.forRoot(root))) {
      if (entry.kind === 'error') {
        inFlight.push({ path: entry.path, outcome: Promise.resolve({ scanned: false, findings: [], error: describeError(entry.error) }) });
      } else {
        inFlight.push({ path: entry.path, outcome: pool.scanFile(entry.path, entry.size) });
      }
      while (inFlight.length > MAX_FILES_IN_FLIGHT) {
        const next = inFlight.shift()!;
        settle(next.path, await next.outcome);
      }
    }
  } catch (error) {
    // Only an unreadable .keywardenignore gets here: the walk cannot tell what to leave out.
    fail(IGNORE_FILE, describeError(error));
  }
  for (const next of inFlight) settle(next.path, await next.outcome);
  await pool.close();

  reporter.finish(summary);
  if (args.writeBaseline) {
    try {
      const baseline = baselineOf(forBaseline, salt);
      await writeBaseline(args.writeBaseline, baseline);
      io.stderr(`keywarden: baseline written to '${args.writeBaseline}' (${baseline.findings.length} findings)\n`);
    } catch (error) {
      io.stderr(`keywarden: cannot write baseline '${args.writeBaseline}': ${describeError(error)}\n`);
      return EXIT_ERROR;
    }
  }
  if (summary.errors > 0) return EXIT_ERROR;
  if (args.writeBaseline) return EXIT_CLEAN; // every finding is now in the baseline
  return summary.alerts > 0 ? EXIT_FOUND : EXIT_CLEAN;
}

/** Files scanned ahead of the one being reported: keeps every thread busy, memory bounded. */
const MAX_FILES_IN_FLIGHT = 64;

/** SARIF wants URIs: relative to the working directory when inside it, file:// URLs otherwise. */
export function artifactUri(path: string, cwd: string): string {
  if (path === STDIN_PATH) return 'stdin';
  const rel = relative(cwd, path);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return pathToFileURL(path).href;
  return rel.split(sep).map(encodeURIComponent).join('/');
}
