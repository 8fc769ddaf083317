// Message keys for the engine's and storage's vocabularies (pure: the UI translates them).
import type { Kind, NotCountedReason, Severity } from '../engine/types';
import type { Where } from '../shared/surfaces';

export function kindKey(kind: Kind): string {
  return `kind_${kind.replace('-', '_')}`;
}

export function severityKey(severity: Severity): string {
  return `severity_${severity}`;
}

export function whereKey(where: Where): string {
  return `where_${where.replace('-', '_')}`;
}

export function notCountedKey(reason: NotCountedReason | undefined, example: boolean): string {
  if (reason) return `notCounted_${reason.replace(/-/g, '_')}`;
  return example ? 'notCounted_documentation_example' : 'notCounted_low_severity';
}

/** Key base for a count: `${base}_one` for 1, `${base}_other` otherwise (enough for en and it). */
export function pluralKey(base: string, n: number): string {
  return n === 1 ? `${base}_one` : `${base}_other`;
}
