// Inline silencing: a line containing `keywarden:allow` (in a comment, usually) reports nothing.
// It silences its own line only: the lines a finding spans, never the next one.
import type { Finding } from '../engine/types';

export const ALLOW_MARK = 'keywarden:allow';

export function dropAllowedLines<F extends Finding>(text: string, findings: F[]): F[] {
  if (findings.length === 0 || !text.includes(ALLOW_MARK)) return findings;
  return findings.filter((f) => {
    const from = text.lastIndexOf('\n', f.start - 1) + 1;
    const end = text.indexOf('\n', f.end);
    const line = text.slice(from, end === -1 ? text.length : end);
    return !line.includes(ALLOW_MARK);
  });
}
