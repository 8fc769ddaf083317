// Command-line parsing for `keywarden scan`. Pure: argv in, options or a usage error out.
import { SEVERITIES, type Severity } from '../engine/types';

export type OutputFormat = 'text' | 'jsonl' | 'sarif';

export interface ScanCommand {
  command: 'scan';
  paths: string[];
  format: OutputFormat;
  includeExamples: boolean;
  includeGeneric: boolean;
  minSeverity: Severity;
  /** Custom rules: a .gitleaks.toml (TOML) or a keywarden rule set (.json). */
  config?: string;
  /** Report only findings whose fingerprint is not in this baseline file. */
  baseline?: string;
  /** Write the findings of this run to this baseline file. */
  writeBaseline?: string;
  /** Scanning threads (the main thread included); undefined: one per CPU. */
  jobs?: number;
}

export type ParsedArgs =
  | ScanCommand
  | { command: 'help' }
  | { command: 'version' }
  | { command: 'usage-error'; message: string };

export const HELP = `Usage: keywarden scan [options] <path|->...

Scans files, folders (recursively; .git and node_modules are skipped) or standard input (-)
for exposed API keys. Everything runs locally; raw keys are never printed, only redacted previews.

Options:
  --format <text|json|sarif>  Output format (default: text).
                              json:  one JSON object per finding per line (JSON Lines).
                              sarif: SARIF 2.1.0, e.g. for GitHub code scanning.
  --json                      Same as --format json.
  --include-examples          Also show findings that are not alerts (documentation examples,
                              placeholders, public-by-design keys). JSON always includes them.
  --include-generic           Also report lower-confidence generic detections
                              (high-entropy values assigned to key-like names).
  --min-severity <level>      Report only findings at or above critical|high|medium|low|info
                              (default: info). The exit status follows what is reported.
  --config <file>             Custom rules: a .gitleaks.toml (gitleaks' [[rules]] format) or a
                              keywarden rule set (.json). Patterns are RE2 syntax, run in linear
                              time; one that cannot run safely is refused (exit status 2).
  --baseline <file>           Report, and set the exit status from, only findings whose
                              fingerprint is not in this baseline.
  --write-baseline <file>     Write this run's findings (fingerprints and redacted previews, never
                              a key) to a baseline file; exits 0 unless a path could not be read.
  --jobs <n>                  Threads scanning folders, started at once (default: one per CPU,
                              the extra ones started once a scan has met 32 MB).
  -h, --help                  Show this help.
  -v, --version               Show the version.

Silencing: a .keywardenignore (gitignore syntax) at the root of a scanned folder, or in the
working directory, leaves out the paths it matches; a line containing keywarden:allow reports
nothing on that line.

Image files (.png .jpg .jpeg .gif .webp .bmp) are searched for QR codes, whose text is scanned
(findings have source "qr", with line/column inside the decoded text). Other binary files, and text
files with a NUL byte in their first 8 KiB, are skipped with a note on stderr. Any file size works:
text is read in overlapping chunks, so memory stays bounded.

Exit status:
  0  nothing alerting was found
  1  at least one alerting finding (a live-looking key that is not an example)
  2  usage error, a refused custom rule or baseline, or a path could not be read
     (other paths are still scanned; 2 takes precedence over 1 so a broken scan
     never passes as clean)
`;

const FORMAT_NAMES: Record<string, OutputFormat> = { text: 'text', json: 'jsonl', jsonl: 'jsonl', sarif: 'sarif' };

function isSeverity(value: string): value is Severity {
  return (SEVERITIES as readonly string[]).includes(value);
}

export function parseArgs(argv: readonly string[]): ParsedArgs {
  const scan: ScanCommand = {
    command: 'scan',
    paths: [],
    format: 'text',
    includeExamples: false,
    includeGeneric: false,
    minSeverity: 'info',
  };
  const error = (message: string): ParsedArgs => ({ command: 'usage-error', message });

  let sawCommand = false;
  let onlyPaths = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (onlyPaths || arg === '-' || !arg.startsWith('-')) {
      if (!sawCommand) {
        if (arg !== 'scan') return error(`unknown command '${arg}' (expected 'scan')`);
        sawCommand = true;
      } else {
        scan.paths.push(arg);
      }
      continue;
    }
    // --name=value and --name value are both accepted for options that take a value.
    const eq = arg.indexOf('=');
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    const takeValue = (): string | undefined => (eq > 0 ? arg.slice(eq + 1) : argv[++i]);
    switch (name) {
      case '--':
        onlyPaths = sawCommand;
        if (!sawCommand) return error("'--' must come after the command");
        break;
      case '-h':
      case '--help':
        return { command: 'help' };
      case '-v':
      case '--version':
        return { command: 'version' };
      case '--json':
        scan.format = 'jsonl';
        break;
      case '--format': {
        const value = takeValue();
        const format = value === undefined ? undefined : FORMAT_NAMES[value];
        if (!format) return error(`--format expects text, json or sarif, got '${value ?? ''}'`);
        scan.format = format;
        break;
      }
      case '--include-examples':
        scan.includeExamples = true;
        break;
      case '--include-generic':
        scan.includeGeneric = true;
        break;
      case '--min-severity': {
        const value = takeValue();
        if (value === undefined || !isSeverity(value)) {
          return error(`--min-severity expects one of ${SEVERITIES.join(', ')}, got '${value ?? ''}'`);
        }
        scan.minSeverity = value;
        break;
      }
      case '--config':
      case '--baseline':
      case '--write-baseline': {
        const value = takeValue();
        if (!value) return error(`${name} expects a file name`);
        const field = name === '--config' ? 'config' : name === '--baseline' ? 'baseline' : 'writeBaseline';
        scan[field] = value;
        break;
      }
      case '--jobs': {
        const value = takeValue();
        const jobs = Number(value);
        if (!Number.isInteger(jobs) || jobs < 1 || jobs > 64) return error(`--jobs expects a number from 1 to 64, got '${value ?? ''}'`);
        scan.jobs = jobs;
        break;
      }
      default:
        return error(`unknown option '${arg}'`);
    }
  }
  if (!sawCommand) return error('missing command (expected: keywarden scan <path|->...)');
  if (scan.paths.length === 0) return error('nothing to scan: give at least one path, or - for stdin');
  return scan;
}
