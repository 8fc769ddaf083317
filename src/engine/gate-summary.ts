// What the gate (src/gate) needs to know of the engine, as plain data: every literal a key
// starts with or contains, every shape a key without one has (its characters and shortest length),
// the base64 values the engine decodes and the escapes it reads through. The opt-in generic rule
// (a value assigned to a secret-ish name) has no shape: when it is on, the gate lets every run of
// key characters through, as it did before it knew the rules. Derived from the rules
// themselves (their patterns, read by extentOf), so a new rule changes the gate with no table to
// keep by hand. The extension's build turns this into data where the gate imports it
// (scripts/build.ts).
import { KEYISH_PARTS } from './context';
import { ESCAPE_SOURCE } from './decode';
import { B64_MAX, B64_MIN } from './prefilter';
import { RULES } from './rules';
import { extentOf, type Extent } from './rules/extent';
import type { Rule } from './rules/rule';
import { WALLET_KEY_SHAPES } from './wallet/keys';

/** A key of at least `min` characters, every one of them in `chars`. */
export interface Stretch {
  chars: string;
  min: number;
}

/** A literal some keys contain: the key is a stretch of `min`+ characters of `chars` around it. */
export interface Literal extends Stretch {
  text: string;
}

/**
 * A key without a literal. `words`: its rules report it only with one of these provider words near
 * it or in the page's host and title (no key-ish label, unnamed pair or checksum stands in).
 */
export interface Shape extends Stretch {
  words?: string[];
  /** A character every match holds (Discord's '.'). */
  holds?: string;
}

export interface GateSummary {
  /** Literals of rules with a pattern (ghp_, AKIA, hooks.slack.com/, T3BlbkFJ…). */
  literals: Literal[];
  /** Literals that alone make text worth a look: rules that find their match by other means (PEM blocks). */
  words: string[];
  /** Keys with no literal: shape and run rules, wallet keys. */
  shapes: Shape[];
  /** Standalone standard-base64 values the engine decodes and scans again. */
  base64: { min: number; max: number };
  /** Escapes the engine decodes before scanning again (a regex source). */
  escapes: string;
}

/** Characters of a token as the engine's first pass splits text (prefilter.ts) and '=' padding. */
const TOKEN = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/_-=';

const sorted = (chars: Iterable<string>): string => [...new Set(chars)].sort().join('');

/** A rule's extent; a pattern the reader cannot bound counts as any token of at least 16 characters. */
function extent(rule: Rule & { pattern: RegExp }): Extent {
  const e = extentOf(rule.pattern);
  return e.chars ? e : { min: Math.min(e.min, 16), chars: new Set(TOKEN), literal: '' };
}

/**
 * The words a shape or run rule cannot report without one of near (or undefined when nothing is
 * needed): its provider words, and where a key-ish name or a credential word in the sentence
 * before stands in, the parts every such name holds (`key`, `secret`, `token`…). A pair partner
 * that stands in needs nothing here: it is a hit of its own, and its window reaches this half.
 */
function wordsNeeded(rule: Rule): string[] | undefined {
  const need = rule.context;
  if (!need || need.selfEvident) return undefined;
  // Named for a service: the name ends in one of these (context.ts serviceOf).
  if (need.service) return ['key', 'token', 'secret'];
  // A name of the provider's own (MM_ACCESS_TOKEN) stands in for its word: the gate looks for both.
  const words = [...need.words, ...(need.names ?? [])].map((w) => w.toLowerCase());
  return need.label || need.prose ? [...new Set([...words, ...KEYISH_PARTS])] : words;
}

export function gateSummary(rules: readonly Rule[] = RULES): GateSummary {
  const literals = new Map<string, Literal>();
  const words = new Set<string>();
  const shapes = new Map<string, Shape>();
  const addShape = (shape: Shape) => {
    const key = `${shape.chars} ${shape.words?.join(',') ?? ''} ${shape.holds ?? ''}`;
    const old = shapes.get(key);
    shapes.set(key, { ...shape, min: Math.min(old?.min ?? Infinity, shape.min) });
  };
  const addLiteral = (text: string, chars: Iterable<string>, min: number) => {
    const all = sorted([...chars, ...text]);
    const old = literals.get(text);
    literals.set(text, { text, chars: old ? sorted([...old.chars, ...all]) : all, min: Math.min(old?.min ?? Infinity, min) });
  };
  for (const rule of rules) {
    if (rule.match === 'collector') {
      for (const w of rule.keywords) words.add(w);
    } else if (rule.match === 'keyword') {
      // A pattern the reader cannot bound (Freemius: any non-space after 'sk_') gives no stretch to
      // test around the keyword: the keyword alone, which every match holds, lets the text through.
      const bounded = extentOf(rule.pattern);
      if (!bounded.chars) for (const w of rule.keywords) words.add(w);
      else for (const text of rule.keywords) addLiteral(text, bounded.chars, bounded.min);
    } else if (rule.match !== 'assignment') {
      const { min, chars, literal } = extent(rule);
      // A literal every match holds (`da2-`, `:AA`, `NRAL`) is rarer in prose than any shape.
      const words = wordsNeeded(rule);
      if (literal.length >= 2) addLiteral(literal, chars!, min);
      else addShape({ chars: sorted(chars!), min, ...(words ? { words } : {}), ...(literal ? { holds: literal } : {}) });
    }
  }
  for (const shape of WALLET_KEY_SHAPES) addShape(shape);
  return {
    literals: [...literals.values()],
    words: [...words],
    shapes: [...shapes.values()],
    base64: { min: B64_MIN, max: B64_MAX },
    escapes: ESCAPE_SOURCE,
  };
}

let builtIn: GateSummary | undefined;
/**
 * The summary of the built-in rules, as the gate reads it, made on first use. The extension's build
 * replaces this module, where the gate imports it, with the summary as JSON text (scripts/build.ts):
 * the worker parses it when it first gates page text instead of deriving it from the rules' patterns.
 */
export const builtInGateSummary = (): GateSummary => (builtIn ??= gateSummary());
