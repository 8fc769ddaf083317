// JSON Lines: one object per finding per line. Fields are copied one by one so that nothing but
// the redacted preview can ever describe the key, whatever else a Finding might carry.
import { isAlert } from '../../engine/types';
import type { LocatedFinding } from '../read';
import type { Reporter, Write } from './report';

export function findingRecord(path: string, f: LocatedFinding): Record<string, unknown> {
  return {
    path,
    source: f.source,
    start: f.start,
    end: f.end,
    line: f.line,
    column: f.column,
    endLine: f.endLine,
    endColumn: f.endColumn,
    provider: f.provider,
    kind: f.kind,
    severity: f.severity,
    confidence: f.confidence,
    alert: isAlert(f),
    example: f.example,
    ...(f.notCounted ? { notCounted: f.notCounted } : {}),
    redacted: f.redacted,
    fingerprint: f.fingerprint,
    ...(f.pairedWith ? { pairedWith: f.pairedWith } : {}),
    ...(f.namedFor ? { namedFor: f.namedFor } : {}),
    rule: f.rule,
  };
}

export function jsonlReporter(write: Write): Reporter {
  return {
    file(path, findings) {
      for (const f of findings) write(JSON.stringify(findingRecord(path, f)) + '\n');
    },
    finish() {},
  };
}
