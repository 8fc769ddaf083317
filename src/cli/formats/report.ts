// What every output format receives: findings per file as they are found, then a summary.
import type { LocatedFinding } from '../read';

export interface Summary {
  /** Files (and images, and stdin) whose content was examined. */
  scanned: number;
  /** Findings reported, after --min-severity and example filtering. */
  reported: number;
  /** Reported findings that are alerts (isAlert). */
  alerts: number;
  /** Findings left out of text/SARIF output because they are not alerts and --include-examples is off. */
  hidden: number;
  /** Findings left out because their fingerprint is in the --baseline file. */
  known: number;
  /** Paths that could not be read. */
  errors: number;
}

export interface Reporter {
  file(path: string, findings: readonly LocatedFinding[]): void;
  finish(summary: Summary): void;
}

/** Sink for output; the CLI passes process.stdout, tests collect into a string. */
export type Write = (chunk: string) => void;
