// Baselines: the findings a team has judged, so that a scan reports only what is new.
// A baseline holds fingerprints and redacted previews (plus where they were), never a key.
// Fingerprints are salted: a baseline only matches runs with the same salt, so the file names the
// salt it was written with (the default one by name, a user's KEYWARDEN_SALT by a hash of it).
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import type { LocatedFinding } from './read';

/** The fixed salt used when KEYWARDEN_SALT is unset: fingerprints stay the same across runs. */
export const DEFAULT_SALT = 'keywarden-cli';

export interface BaselineEntry {
  fingerprint: string;
  rule: string;
  provider: string;
  redacted: string;
  path: string;
  line: number;
}

export interface Baseline {
  keywarden: 'baseline';
  version: 1;
  /** 'default', or 'sha256:' + the first 16 hex digits of SHA-256 of the user's salt. */
  salt: string;
  findings: BaselineEntry[];
}

export function saltId(userSalt: string | undefined): string {
  if (userSalt === undefined) return 'default';
  return `sha256:${createHash('sha256').update(userSalt, 'utf8').digest('hex').slice(0, 16)}`;
}

export function baselineOf(found: { path: string; finding: LocatedFinding }[], salt: string): Baseline {
  const findings = found
    .map(({ path, finding: f }) => ({ fingerprint: f.fingerprint, rule: f.rule, provider: f.provider, redacted: f.redacted, path, line: f.line }))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.line - b.line || (a.fingerprint < b.fingerprint ? -1 : 1)));
  return { keywarden: 'baseline', version: 1, salt, findings };
}

export async function writeBaseline(file: string, baseline: Baseline): Promise<void> {
  await writeFile(file, JSON.stringify(baseline, null, 2) + '\n');
}

/** Thrown with a message for the user when a baseline cannot be used. */
export class BaselineError extends Error {}

/** The fingerprints of a baseline file, checked against the salt of this run. */
export async function readBaseline(file: string, salt: string): Promise<Set<string>> {
  let data: unknown;
  try {
    data = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new BaselineError(code === 'ENOENT' ? `baseline '${file}' does not exist (write one with --write-baseline)` : `baseline '${file}' is not readable JSON`);
  }
  const b = data as Partial<Baseline>;
  if (b?.keywarden !== 'baseline' || b.version !== 1 || !Array.isArray(b.findings)) {
    throw new BaselineError(`'${file}' is not a keywarden baseline (version 1)`);
  }
  if (b.salt !== salt) {
    throw new BaselineError(
      `baseline '${file}' was written with salt ${String(b.salt)} but this run uses ${salt}, so no fingerprint ` +
        'could match: run with the KEYWARDEN_SALT it was written with, or write a new one with --write-baseline',
    );
  }
  return new Set(b.findings.map((f) => f?.fingerprint).filter((f): f is string => typeof f === 'string'));
}
