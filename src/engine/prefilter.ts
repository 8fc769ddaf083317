// Cheap first pass, one read of the text. It splits the text into runs of token characters
// ([A-Za-z0-9+/_-], '=' as trailing padding) and notes, per run:
// - a rule literal at the run's start (ghp_, sk_live_, AKIA…): prefixed tokens cannot start
//   anywhere else, because their patterns refuse to start after a token character;
// - a length some shape rule accepts (Kraken's 56 and 88, UUIDs, AWS's 40…);
// - a standalone standard-base64 token that may encode a key (Kubernetes Secret data).
// Literals that are not run prefixes (PRIVATE KEY, hooks.slack.com/, T3BlbkFJ), the opt-in rules'
// words and the provider words that shape rules cannot report without are found in one combined
// pass (an automaton, ./literals.ts, whose cost does not grow with the number of literals); the
// same read notes the long runs, which are looked at once the words found say which rules are
// live. Text with none of these costs that read, with no allocation per character.

import { LiteralSet, Runs } from './literals';
import type { CollectorRule, PatternRule, Rule, RunRule, ShapeRule } from './rules/rule';
import { RULES } from './rules';
import type { ScanOptions } from './types';
import { WALLET_KEY_LENGTHS } from './wallet/keys';

/** Rules the first pass can select: all but shape rules, which it serves through Tokens.shapes. */
type SelectedRule = PatternRule | CollectorRule;

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

const SELECTABLE = RULES.filter((r): r is SelectedRule => r.match !== 'shape');

function index(words: (r: SelectedRule) => readonly string[] | undefined, lower: boolean): Map<string, SelectedRule[]> {
  const map = new Map<string, SelectedRule[]>();
  for (const rule of SELECTABLE) {
    for (const w of words(rule) ?? []) {
      const key = lower ? w.toLowerCase() : w;
      const list = map.get(key) ?? [];
      list.push(rule);
      map.set(key, list);
    }
  }
  return map;
}

function alternation(words: Iterable<string>, flags: string): RegExp {
  const sorted = [...words].sort((a, b) => b.length - a.length).map(escapeRegExp);
  return new RegExp(sorted.length > 0 ? sorted.join('|') : '(?!)', flags);
}

const TOKEN_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/_-';

/** True when text[start, end) has no base64url character ('_' or '-'). */
function isStandardRun(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 95 || c === 45) return false;
  }
  return true;
}
const isRunLiteral = (w: string): boolean => [...w].every((c) => TOKEN_ALPHABET.includes(c));

/** Literals that open a token (checked at run starts) vs. literals found anywhere. */
const literals = (r: SelectedRule): readonly string[] => (r.match === 'keyword' || r.match === 'collector' ? r.keywords : []);
const anywhere = (r: SelectedRule): boolean => r.match === 'keyword' && r.anywhere === true;
const BY_PREFIX = index((r) => (anywhere(r) ? undefined : literals(r).filter(isRunLiteral)), false);
const BY_KEYWORD = index((r) => (anywhere(r) ? literals(r) : literals(r).filter((w) => !isRunLiteral(w))), false);
// Opt-in rules (generic) have their own gate, consulted only when they are asked for.
const BY_OPT_IN_WORD = index((r) => (r.match === 'assignment' ? r.words : undefined), true);
const PREFIXES = alternation(BY_PREFIX.keys(), 'y');
// First three characters of every run-prefix literal (all ASCII token characters), so most runs
// are ruled out by two table loads instead of a sticky regex attempt: with two hundred literals,
// two characters alone (ca, cl, fi, mo, pa…) would pass the start of most identifiers.
// HEAD_OF[c0 * 128 + c1] is 1 + the index of that pair's 128-bit mask of third characters.
const HEAD_OF = new Uint16Array(128 * 128);
const thirds: number[] = [];
for (const w of BY_PREFIX.keys()) {
  const c0 = w.charCodeAt(0) * 128;
  const pairs = w.length >= 2 ? [c0 + w.charCodeAt(1)] : Array.from({ length: 128 }, (_, c1) => c0 + c1);
  for (const pair of pairs) {
    if (HEAD_OF[pair] === 0) HEAD_OF[pair] = thirds.push(0, 0, 0, 0) / 4;
    const at = ((HEAD_OF[pair] as number) - 1) * 4;
    if (w.length < 3) thirds.fill(-1, at, at + 4); // a shorter literal: any third character
    else thirds[at + (w.charCodeAt(2) >> 5)] = (thirds[at + (w.charCodeAt(2) >> 5)] as number) | (1 << (w.charCodeAt(2) & 31));
  }
}
const THIRDS = Int32Array.from(thirds);

/** True when text[start…] may open a run-prefix literal (its first three characters do). */
function mayOpenLiteral(text: string, start: number): boolean {
  const head = HEAD_OF[text.charCodeAt(start) * 128 + text.charCodeAt(start + 1)];
  if (head === undefined || head === 0) return false;
  const c2 = text.charCodeAt(start + 2);
  return c2 < 128 && (((THIRDS[(head - 1) * 4 + (c2 >> 5)] as number) >>> (c2 & 31)) & 1) === 1;
}
const RUN_TRIGGERS = RULES.filter((r): r is RunRule => r.match === 'run');
/** Shortest run a prefixed token can be (LTAI + 12). */
const MIN_PREFIXED_RUN = 16;

export const SHAPE_RULES: readonly ShapeRule[] = RULES.filter((r): r is ShapeRule => r.match === 'shape');
// Wallet keys (src/engine/wallet) read their candidates from the same runs: no walk of their own.
const SHAPE_LENGTHS = new Set([...SHAPE_RULES.flatMap((r) => r.lengths), ...WALLET_KEY_LENGTHS]);
/** Shape rules per run length, in SHAPE_RULES order. */
export const SHAPE_RULES_BY_LENGTH: ReadonlyMap<number, readonly ShapeRule[]> = new Map(
  [...SHAPE_LENGTHS].map((len) => [len, SHAPE_RULES.filter((r) => r.lengths.includes(len))]),
);
const MIN_SHAPE = Math.min(...SHAPE_LENGTHS);

/**
 * What a context rule cannot report without: one of `words` somewhere in the text, or one of
 * `partners` (the other half of its pair, standing on its own) selected by the first pass.
 */
export interface WordGate {
  words: readonly string[];
  partners: readonly SelectedRule[];
}

/**
 * The gate of a prefix-less rule whose every way to report needs a provider word, directly or
 * through a partner that needs one: no key-ish name, prose or shape pair alone stands in. Null
 * when the rule can report without any word.
 */
function gateOf(rule: Rule): WordGate | null {
  const c = rule.context;
  if (!c || c.label || c.prose || c.selfEvident || c.pairAlone) return null;
  // A name of the provider's own (Kraken's API-Key header) is evidence like a word.
  const own = [...c.words, ...(c.names ?? [])];
  if (!c.pair) return { words: own, partners: [] };
  const group = rule.pair?.group;
  if (group === undefined) return null;
  const words = new Set(own);
  const partners: SelectedRule[] = [];
  for (const other of RULES) {
    if (other === rule || other.pair?.group !== group) continue;
    const oc = other.context;
    if (oc === undefined) {
      if (other.match === 'shape') return null; // a bare shape partner is always a candidate
      partners.push(other);
    } else if (oc.label || oc.prose || oc.selfEvident) return null;
    else for (const w of [...oc.words, ...(oc.names ?? [])]) words.add(w);
  }
  return { words: [...words], partners };
}

/** Gates of the rules that have one; scan.ts skips a rule whose gate the text does not open. */
export const RULE_GATES: ReadonlyMap<Rule, WordGate> = new Map(
  RULES.flatMap((r) => {
    const g = gateOf(r);
    return g ? [[r, g] as const] : [];
  }),
);

// Every gate literal in one case-insensitive pass: keyword literals found anywhere (a match in the
// wrong case only runs a rule's pattern, which then decides), opt-in words, and gate words.
const BY_GATE_KEYWORD = new Map<string, SelectedRule[]>();
for (const [w, rules] of BY_KEYWORD) BY_GATE_KEYWORD.set(w.toLowerCase(), [...(BY_GATE_KEYWORD.get(w.toLowerCase()) ?? []), ...rules]);
const GATE = new LiteralSet(
  [...BY_GATE_KEYWORD.keys(), ...BY_OPT_IN_WORD.keys(), ...[...RULE_GATES.values()].flatMap((g) => g.words)],
  true,
);
const MAX_SHAPE = Math.max(...SHAPE_LENGTHS);

/** Base64-encoded values worth decoding: long enough for a key, short enough not to be a blob. */
export const B64_MIN = 16;
export const B64_MAX = 1024;

const MIN_INTERESTING = Math.min(MIN_PREFIXED_RUN, MIN_SHAPE, B64_MIN, ...RUN_TRIGGERS.map((r) => r.run.min));

export interface Tokens {
  /** Rules whose literal, run trigger or opt-in word occurs. */
  rules: Set<SelectedRule>;
  /** Runs of a length some shape rule accepts, as start, end pairs (no string until a rule matches). */
  shapes: number[];
  /** Standalone standard-base64 tokens of B64_MIN..B64_MAX characters, a multiple of 4 long. */
  base64: Array<{ start: number; end: number }>;
  /** Gate literals (lower-case) that occur in the text, the words of RULE_GATES among them. */
  words: Set<string>;
  /** Rules whose literal opens right after a 'scheme://' (a token as a URL's user). */
  afterScheme: Set<SelectedRule>;
}

/**
 * The gate pass: one read of the text that finds the gate literals (selecting their keyword and
 * opt-in rules) and notes every run of at least MIN_INTERESTING token characters in `runs`.
 */
function gatePass(text: string, optIn: boolean, tokens: Tokens, runs: Runs): void {
  runs.count = 0;
  for (const i of GATE.find(text, runs)) {
    const w = GATE.literals[i] as string;
    tokens.words.add(w);
    for (const r of BY_GATE_KEYWORD.get(w) ?? []) tokens.rules.add(r);
    if (optIn) for (const r of BY_OPT_IN_WORD.get(w) ?? []) tokens.rules.add(r);
  }
}

/**
 * The runs the gate pass noted, once the words (and so the live tables) are known: each run that
 * may matter goes to longRun. Most long identifiers in scripts end here without a call.
 */
function walkRuns(text: string, runs: Runs, tokens: Tokens, live: LiveTables): void {
  const lengths = live.lengths;
  const at = runs.at;
  for (let k = 0, to = runs.count * 2; k < to; k += 2) {
    const start = at[k] as number;
    const end = at[k + 1] as number;
    if (mayMatter(text, start, end, lengths)) longRun(text, start, end, tokens, live);
  }
}

/** Run lengths below this are looked up in the length tables; longer runs always go to longRun. */
const LENGTH_TABLE_SIZE = Math.max(B64_MAX, MAX_SHAPE) + 1;

/**
 * What the walk looks for in one text: gated rules whose words are absent cannot report, so
 * their lengths and run triggers are left out (fewer runs reach longRun, fewer are copied).
 */
interface LiveTables {
  /** 1 for run lengths (without padding) that a live shape, a base64 token or a live trigger accepts. */
  lengths: Uint8Array;
  /** 1 for lengths some live shape rule accepts. */
  shapes: Uint8Array;
  triggers: readonly RunRule[];
}

/** A gate that only words can open (a partner could be selected during the walk itself). */
const wordsOnly = (r: Rule): WordGate | undefined => {
  const g = RULE_GATES.get(r);
  return g && g.partners.length === 0 ? g : undefined;
};
const WORD_GATED_SHAPES = SHAPE_RULES.filter((r) => wordsOnly(r));
const WORD_GATED_TRIGGERS = RUN_TRIGGERS.filter((r) => wordsOnly(r));

function markShape(t: LiveTables, r: ShapeRule): void {
  for (const len of r.lengths) t.lengths[len] = t.shapes[len] = 1;
}
function markTrigger(t: LiveTables, r: RunRule): void {
  for (let len = r.run.min; len <= Math.min(r.run.max, LENGTH_TABLE_SIZE - 1); len++) t.lengths[len] = 1;
}

/** The tables when no gate word occurs: base64 lengths, wallet keys, ungated shapes and triggers. */
const CLOSED: LiveTables = { lengths: new Uint8Array(LENGTH_TABLE_SIZE), shapes: new Uint8Array(LENGTH_TABLE_SIZE), triggers: RUN_TRIGGERS.filter((r) => !wordsOnly(r)) };
for (let len = B64_MIN; len <= B64_MAX; len += 4) CLOSED.lengths[len] = 1;
for (const len of WALLET_KEY_LENGTHS) CLOSED.lengths[len] = CLOSED.shapes[len] = 1;
for (const r of SHAPE_RULES) if (!wordsOnly(r)) markShape(CLOSED, r);
for (const r of CLOSED.triggers) markTrigger(CLOSED, r);

/** Every gate open: for callers whose context (a page's host, a QR scheme) can stand in for words. */
const OPEN: LiveTables = { lengths: CLOSED.lengths.slice(), shapes: CLOSED.shapes.slice(), triggers: RUN_TRIGGERS };
for (const r of WORD_GATED_SHAPES) markShape(OPEN, r);
for (const r of WORD_GATED_TRIGGERS) markTrigger(OPEN, r);

function liveTables(words: ReadonlySet<string>): LiveTables {
  if (words.size === 0) return CLOSED;
  const open = (r: Rule): boolean => wordsOnly(r)?.words.some((w) => words.has(w)) === true;
  const shapes = WORD_GATED_SHAPES.filter(open);
  const triggers = WORD_GATED_TRIGGERS.filter(open);
  if (shapes.length === 0 && triggers.length === 0) return CLOSED;
  const t: LiveTables = { lengths: CLOSED.lengths.slice(), shapes: CLOSED.shapes.slice(), triggers: [...CLOSED.triggers, ...triggers] };
  for (const r of shapes) markShape(t, r);
  for (const r of triggers) markTrigger(t, r);
  return t;
}

/**
 * False when longRun would note nothing for text[start, end): no run-prefix head, no '='
 * padding after it (which changes its length), and a length nothing accepts. Most long
 * identifiers in scripts end here without a call.
 */
function mayMatter(text: string, start: number, end: number, lengths: Uint8Array): boolean {
  const len = end - start;
  return len >= LENGTH_TABLE_SIZE || lengths[len] === 1 || text.charCodeAt(end) === 61 || mayOpenLiteral(text, literalStart(text, start));
}

/**
 * Where a run-prefix literal may open in the run at `start`: at its start, or after the '//' of
 * 'scheme://' (a token as a URL's user, `https://ghp_…@github.com/owner/repo.git`; scan.ts runs
 * such rules once more, allowing that '//' before the key).
 */
function literalStart(text: string, start: number): number {
  return text.charCodeAt(start) === 47 && text.charCodeAt(start + 1) === 47 && text.charCodeAt(start - 1) === 58 ? start + 2 : start;
}

/** Notes what the run text[start, runEnd) may be (with its '=' padding, if any). */
function longRun(text: string, start: number, runEnd: number, tokens: Tokens, live: LiveTables): void {
  const n = text.length;
  let end = runEnd;
  while (end < n && end - runEnd < 2 && text.charCodeAt(end) === 61) end++;
  const runLen = runEnd - start;
  const len = end - start;
  const from = literalStart(text, start);
  if (runEnd - from >= MIN_PREFIXED_RUN && mayOpenLiteral(text, from)) {
    PREFIXES.lastIndex = from;
    const m = PREFIXES.exec(text);
    if (m !== null) {
      for (const r of BY_PREFIX.get(m[0]) ?? []) {
        tokens.rules.add(r);
        if (from !== start) tokens.afterScheme.add(r);
      }
    }
  }
  for (const r of live.triggers) {
    const t = r.run;
    if (runLen >= t.min && runLen <= t.max && t.test(text, start, runEnd)) tokens.rules.add(r);
  }
  if (len >= MIN_SHAPE && len <= MAX_SHAPE && live.shapes[len] === 1) {
    tokens.shapes.push(start, end);
  }
  if (len >= B64_MIN && len <= B64_MAX && len % 4 === 0 && (end >= n || text.charCodeAt(end) !== 61) && isStandardRun(text, start, runEnd)) {
    tokens.base64.push({ start, end });
  }
}
/** The gate pass's runs, reused from text to text (walkRuns reads them before the next pass). */
const RUNS = new Runs(TOKEN_ALPHABET, MIN_INTERESTING);
let cache: { text: string; optIn: boolean; allOpen: boolean; tokens: Tokens } | null = null;

/**
 * Everything the rules need from the first pass. The last result is kept: scan() asks twice.
 * `allOpen` keeps the runs of gated rules whatever words the text holds, for a caller whose
 * outside context may supply them.
 */
function tokenize(text: string, optIn = false, allOpen = false): Tokens {
  if (cache !== null && cache.optIn === optIn && cache.allOpen === allOpen && cache.text === text) return cache.tokens;
  const tokens: Tokens = { rules: new Set(), shapes: [], base64: [], words: new Set(), afterScheme: new Set() };
  gatePass(text, optIn, tokens, RUNS);
  walkRuns(text, RUNS, tokens, allOpen ? OPEN : liveTables(tokens.words));
  cache = { text, optIn, allOpen, tokens };
  return tokens;
}

/** Outside context or a whole QR payload can stand in for provider words (see scan's judge). */
export function contextStandsIn(options: ScanOptions): boolean {
  return Boolean(options.context) || options.source === 'qr';
}

/** The first pass for a scan with `options`: every caller over the same text shares the kept result. */
export function tokensFor(text: string, options: ScanOptions): Tokens {
  return tokenize(text, options.includeGeneric === true, contextStandsIn(options));
}

/** Forgets the kept result, so a large page is not held in memory between calls. */
export function releaseTokens(): void {
  cache = null;
}

/**
 * True when `text` (as given, not decoded) has something a rule could look at, under any outside
 * context (callers scan with one afterwards).
 */
export function quickCandidate(text: string, optIn = false): boolean {
  const t = tokenize(text, optIn, true);
  return t.rules.size > 0 || t.shapes.length > 0;
}
