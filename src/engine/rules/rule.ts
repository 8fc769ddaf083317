// The shape of a detection rule. Every rule carries its own positive and negative examples
// (rules.test.ts runs them all), so a rule and its evidence are reviewed together.

import type { Label } from '../context';
import type { Kind, NotCountedReason, ScanOptions, Severity } from '../types';

export type Confidence = 'high' | 'medium' | 'low';

/** What classify() may change about a finding; null from classify drops the candidate. */
export interface Verdict {
  rule?: string;
  provider?: string;
  kind?: Kind;
  severity?: Severity;
  confidence?: Confidence;
  notCounted?: NotCountedReason;
}

/** A candidate as classify() sees it. Offsets are into the decoded text. */
export interface Hit {
  value: string;
  text: string;
  start: number;
  end: number;
  label: Label;
  options: ScanOptions;
  /** True when one of `words` occurs near the value (or in options.context). */
  near(words: readonly string[]): boolean;
}

/** When a rule without a prefix may report: what has to surround the value. */
export interface ContextNeed {
  /** Provider words, lower case (e.g. 'kraken'); one nearby is enough unless `strict`. */
  words: readonly string[];
  /** A key-ish name right before the value (apiKey:, "secret":, API-Key:) is enough alone. */
  label?: boolean;
  /**
   * The other half (same pair group) nearby can stand in for the provider word, if that half
   * stands on its own (prefixed, or named near the provider word).
   */
  pair?: boolean;
  /** Two unnamed halves next to each other are context enough (Kraken's exact shapes). */
  pairAlone?: boolean;
  /** A credential word in the prose just before ("my token is …") is enough, at low confidence. */
  prose?: boolean;
  /** Values that prove themselves offline need no context at all. */
  selfEvident?: (value: string) => boolean;
  /** Ambiguous shapes (UUIDs, hex): need a provider word AND (a key-ish name or the other half). */
  strict?: boolean;
}

/** A raw match before judgement: value and span in the decoded text. */
export interface RawMatch {
  value: string;
  start: number;
  end: number;
}

export interface Rule {
  id: string;
  provider: string;
  kind: Kind;
  severity: Severity;
  confidence: Confidence;
  /** Case-sensitive literals; every match contains one. The prefilter only runs rules whose literal occurs. */
  keywords?: readonly string[];
  /**
   * For tokens whose literal is short or not at a run start (SG., sl., :AA…): the first pass
   * triggers the rule on a run of `min`..`max` characters for which `test` holds.
   */
  runTrigger?: { min: number; max: number; test: (text: string, start: number, end: number) => boolean };
  /** The literals may sit inside a token (OpenAI's T3BlbkFJ), not only at its start. */
  keywordsAnywhere?: boolean;
  /** Case-insensitive words gating a rule that has no literal of its own (Discord bot tokens). */
  gateWords?: readonly string[];
  /**
   * Keyword rules: a global regex (capture group 1, when present, is the key).
   * Shape rules: an anchored regex tested against whole base64/hex runs of `shapeLengths`.
   * Every quantifier is bounded and every pattern starts behind a boundary lookbehind, so
   * matching stays linear (see redos.test.ts).
   */
  pattern: RegExp;
  /** Marks a shape rule: lengths (including trailing '=') of runs it may match. */
  shapeLengths?: readonly number[];
  /** Custom collector for formats a regex cannot bound (PEM blocks). */
  collect?: (text: string) => RawMatch[];
  /** Public structure at the start of the value (ghp_, sk_live_), shown in previews. */
  prefix?: RegExp;
  /** Only with ScanOptions.includeGeneric. */
  optIn?: boolean;
  /** Other rule ids classify() may report under (e.g. 'stripe-test-key'). */
  variants?: readonly string[];
  /** Offline validation (checksum, decoded size). Failing values are dropped, not reported. */
  validate?: (value: string) => boolean;
  /** Required surroundings for values without a prefix. */
  context?: ContextNeed;
  classify?: (hit: Hit) => Verdict | null;
  /** Halves of one credential: findings of the same group and other role nearby are paired. */
  pair?: { group: string; role: 'public' | 'secret'; secretVerdict?: Verdict };
  /**
   * Texts with the key marked «like this» (found, exact span) and texts that must not alert.
   * Checksummed formats build theirs with ./sample.ts.
   */
  examples: { positive: readonly string[]; negative: readonly string[] };
}

/** Characters that continue a token: a key must not start or end next to one of these. */
export const TOKEN_CHARS = 'A-Za-z0-9_+/\\-';

/**
 * Global regex for `core`, bounded so it neither starts nor ends inside a longer token.
 * '=' may precede (key=value) but not follow (base64 padding means the token goes on).
 */
export function bounded(core: string, flags = 'g'): RegExp {
  return new RegExp(`(?<![${TOKEN_CHARS}])(${core})(?![${TOKEN_CHARS}=])`, flags);
}
