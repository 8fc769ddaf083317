// Human-readable output: one line per finding, then a summary line.
import type { Severity } from '../../engine/types';
import type { Reporter, Summary, Write } from './report';

const COLOURS: Record<Severity, string> = {
  critical: '\u001b[1;31m',
  high: '\u001b[31m',
  medium: '\u001b[33m',
  low: '\u001b[36m',
  info: '\u001b[2m',
};
const RESET = '\u001b[0m';

export function textReporter(write: Write, colour: boolean): Reporter {
  const paint = (severity: Severity, text: string): string =>
    colour ? `${COLOURS[severity]}${text}${RESET}` : text;
  return {
    file(path, findings) {
      for (const f of findings) {
        const note = f.example ? 'example' : f.notCounted;
        const columns = [
          `${path}:${f.line}:${f.column}`,
          paint(f.severity, f.severity.padEnd(8)),
          f.namedFor ? `${f.provider} (named for ${f.namedFor})` : f.provider,
          f.kind,
          f.redacted + (note ? `  (${note})` : '') + (f.source === 'qr' ? '  [QR code]' : ''),
        ];
        write(columns.join('  ') + '\n');
      }
    },
    finish(summary) {
      write(summaryLine(summary) + '\n');
    },
  };
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

export function summaryLine(s: Summary): string {
  const parts = [
    s.alerts > 0 ? `${plural(s.alerts, 'exposed key')} found` : 'no exposed keys found',
    `${plural(s.reported, 'finding')} reported`,
    `${plural(s.scanned, 'file')} scanned`,
  ];
  if (s.hidden > 0) parts.push(`${s.hidden} not shown (examples, placeholders, public keys: --include-examples)`);
  if (s.known > 0) parts.push(`${plural(s.known, 'known finding')} in the baseline not shown`);
  if (s.errors > 0) parts.push(plural(s.errors, 'unreadable path'));
  return `keywarden: ${parts.join('; ')}`;
}
