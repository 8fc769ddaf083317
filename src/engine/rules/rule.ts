// The shape of a detection rule: a discriminated union by how the rule finds its candidates.
// Every rule carries its own positive and negative examples (rules.test.ts runs them all), so a
// rule and its evidence are reviewed together. Rules are declared in provider files
// (src/engine/providers/<slug>.ts) through defineProvider, which fills in `provider`.

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
  /** Names that are the provider's own (Kraken's `API-Key` header), lower case: as good as a word nearby. */
  names?: readonly string[];
  /**
   * A key-ish name right before the value (apiKey:, "secret":, API-Key:) is enough alone, and so
   * is standing alone as a whole QR payload or field value (ScanOptions.wholeValue).
   */
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
  /**
   * Values of no documented format: only after a key-ish name that names a service beside its
   * key words (GUMROAD_API_TOKEN = …; context.ts serviceOf), whatever the words nearby say.
   */
  service?: boolean;
}

/** A raw match before judgement: value and span in the decoded text. */
export interface RawMatch {
  value: string;
  start: number;
  end: number;
}

/** Halves of one credential: findings of the same group and other role nearby are paired. */
export interface PairRole {
  group: string;
  role: 'public' | 'secret';
  /** Same-shape halves from one rule (Binance): what the later, unnamed half becomes. */
  secretVerdict?: Verdict;
}

/** Texts with the key marked «like this» (found, exact span) and texts that must not alert. */
export interface Examples {
  positive: readonly string[];
  negative: readonly string[];
}

interface RuleCommon {
  id: string;
  /** Provider slug; defineProvider sets it from the file the rule is declared in. */
  provider: string;
  kind: Kind;
  severity: Severity;
  confidence: Confidence;
  /** Public structure at the start of the value (ghp_, sk_live_), shown in previews. */
  prefix?: RegExp;
  /** Other rule ids classify() may report under (e.g. 'stripe-test-key'). */
  variants?: readonly string[];
  /** Offline validation (checksum, decoded size). Failing values are dropped, not reported. */
  validate?: (value: string) => boolean;
  classify?: (hit: Hit) => Verdict | null;
  pair?: PairRole;
  /**
   * Provider unknown (the generic rules, and catch-alls such as curl headers and Kubernetes
   * Secret values): reports only what no provider's rule claims, so it loses every overlap and
   * never hides a provider's finding of the same value.
   */
  fallback?: true;
  /**
   * The value encodes binary structures (DER, OpenSSH) where runs of one character and stray
   * words are normal: only template marks (xxxx, ..., ${VAR}) make it a placeholder.
   */
  structured?: true;
  /** Checksummed formats build theirs with ./sample.ts; every example key is fake. */
  examples: Examples;
}

/**
 * Every match contains one of `keywords` (case-sensitive). A keyword made only of token
 * characters is looked for at the start of a token run (prefixed tokens cannot start anywhere
 * else) unless `anywhere`; other keywords (PRIVATE KEY, hooks.slack.com/) anywhere in the text.
 * `pattern` is global and built with bounded(); capture group 1, when present, is the key.
 */
export interface KeywordRule extends RuleCommon {
  match: 'keyword';
  keywords: readonly string[];
  /** The literal may sit inside a token (OpenAI's T3BlbkFJ), not only at its start. */
  anywhere?: boolean;
  pattern: RegExp;
  context?: never;
}

/**
 * For tokens whose literal is short or not at a run start (SG., sl., :AA…): a run of `min`..`max`
 * token characters for which `test` holds triggers the global `pattern`.
 */
export interface RunRule extends RuleCommon {
  match: 'run';
  run: { min: number; max: number; test: (text: string, start: number, end: number) => boolean };
  pattern: RegExp;
  /** Required surroundings when the token has no prefix of its own (Telegram, Discord). */
  context?: ContextNeed;
}

/**
 * Values without a literal, recognised by exact shape: the whole token run (trailing '='
 * included) has one of `lengths` and matches the anchored `pattern`. Without `context` the
 * shape must be distinctive on its own (key-…, …NRAL).
 */
export interface ShapeRule extends RuleCommon {
  match: 'shape';
  lengths: readonly number[];
  pattern: RegExp;
  context?: ContextNeed;
}

/**
 * Formats a regex cannot bound (PEM blocks, QR payloads): `collect` finds them once a keyword
 * occurs, read like a keyword rule's (at a token's start when made only of token characters).
 */
export interface CollectorRule extends RuleCommon {
  match: 'collector';
  keywords: readonly string[];
  collect: (text: string) => RawMatch[];
  context?: never;
}

/**
 * Opt-in (ScanOptions.includeGeneric): a value assigned to a secret-ish name. One of `words`
 * (case-insensitive) must occur for the global `pattern` to run.
 */
export interface AssignmentRule extends RuleCommon {
  match: 'assignment';
  words: readonly string[];
  pattern: RegExp;
  context?: never;
}

export type Rule = KeywordRule | RunRule | ShapeRule | CollectorRule | AssignmentRule;

/** Rules whose global `pattern` the scan runs over the text once the prefilter selects them. */
export type PatternRule = KeywordRule | RunRule | AssignmentRule;

type WithoutProvider<R> = R extends Rule ? Omit<R, 'provider'> : never;

/** A rule as a provider file writes it: defineProvider adds `provider`. */
export type RuleSpec = WithoutProvider<Rule>;

/** Characters that continue a token: a key must not start or end next to one of these. */
export const TOKEN_CHARS = 'A-Za-z0-9_+/\\-';

/** What bounded() puts before a key: no token character. */
const NOT_AFTER_TOKEN = `(?<![${TOKEN_CHARS}])`;

/**
 * Global regex for `core`, bounded so it neither starts nor ends inside a longer token.
 * '=' may precede (key=value) but not follow (base64 padding means the token goes on).
 * Every quantifier in `core` must be bounded, with nothing nested over overlapping classes,
 * so matching stays linear (see redos.test.ts); put loose checks in `validate`.
 */
export function bounded(core: string, flags = 'g'): RegExp {
  return new RegExp(`${NOT_AFTER_TOKEN}(${core})(?![${TOKEN_CHARS}=])`, flags);
}

/**
 * A bounded() pattern that starts only right after '://': a token as a URL's user
 * (`https://ghp_…@github.com/owner/repo.git`), which the '/' before it bars from bounded().
 * Null for other patterns. scan.ts runs it where the first pass saw a literal there: one more
 * lookbehind in bounded() itself cost every pattern ~30% over the third-party assets.
 */
export function afterScheme(pattern: RegExp): RegExp | null {
  if (!pattern.source.startsWith(NOT_AFTER_TOKEN)) return null;
  return new RegExp(`(?<=:\\/\\/)${pattern.source.slice(NOT_AFTER_TOKEN.length)}`, pattern.flags);
}
