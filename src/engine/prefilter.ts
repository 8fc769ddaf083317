// Cheap first pass, one walk over the text. It splits the text into runs of token characters
// ([A-Za-z0-9+/_-], '=' as trailing padding) and notes, per run:
// - a rule literal at the run's start (ghp_, sk_live_, AKIA…): prefixed tokens cannot start
//   anywhere else, because their patterns refuse to start after a token character;
// - a length some shape rule accepts (Kraken's 56 and 88, UUIDs, AWS's 40…);
// - a standalone standard-base64 token that may encode a key (Kubernetes Secret data).
// Literals that are not run prefixes (PRIVATE KEY, hooks.slack.com/, T3BlbkFJ) get one combined
// regex pass, and so do the opt-in rules' case-insensitive words when they are asked for. Text
// with none of these costs the walk and one regex scan, with no allocation per character.

import type { CollectorRule, PatternRule, RunRule, ShapeRule } from './rules/rule';
import { RULES } from './rules';
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
// Indexed by any UTF-16 code unit, so the hot loop needs no range check before the lookup.
const RUN_CHAR = new Uint8Array(65536);
for (const c of TOKEN_ALPHABET) RUN_CHAR[c.charCodeAt(0)] = 1;

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
// Literals shorter than this are found with indexOf: in the combined regex they would shorten
// the stretch its search skips at a time, for every literal.
const SHORT_LITERAL = 6;
const KEYWORDS = alternation([...BY_KEYWORD.keys()].filter((w) => w.length >= SHORT_LITERAL), 'g');
const SHORT_KEYWORDS = [...BY_KEYWORD.keys()].filter((w) => w.length < SHORT_LITERAL);
const OPT_IN_WORDS = alternation(BY_OPT_IN_WORD.keys(), 'gi');
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
}

function regexPass(text: string, re: RegExp, map: Map<string, SelectedRule[]>, lower: boolean, out: Set<SelectedRule>): void {
  if (map.size === 0) return; // an empty alternation would still be tried at every position
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) for (const r of map.get(lower ? m[0].toLowerCase() : m[0]) ?? []) out.add(r);
}

/**
 * The hot loop: finds the runs of at least MIN_INTERESTING token characters and hands them to
 * `longRun`. Such a run starting at or after `i` must cover i + MIN_INTERESTING - 1, so only
 * that character is probed; when it is no token character the walk jumps past it, which skips
 * most short identifiers without reading them. Kept tiny and monomorphic so V8 optimizes it
 * early and never deoptimizes it (the per-run checks call several different rule closures).
 * Invariant: no run of token characters crosses from before `i` into it.
 */
function walk(text: string, tokens: Tokens): void {
  const n = text.length;
  const reach = MIN_INTERESTING - 1;
  let i = 0;
  while (i + reach < n) {
    const probe = i + reach;
    if (RUN_CHAR[text.charCodeAt(probe)] === 0) {
      i = probe + 1;
      continue;
    }
    let start = probe;
    while (start > i && RUN_CHAR[text.charCodeAt(start - 1)] === 1) start--;
    let end = probe + 1;
    while (end < n && RUN_CHAR[text.charCodeAt(end)] === 1) end++;
    // text[end] is no token character; longRun also steps over '=' padding (no token character).
    i = end - start >= MIN_INTERESTING && mayMatter(text, start, end) ? longRun(text, start, end, tokens) : end + 1;
  }
}

/** Run lengths below this are looked up in RUN_LENGTHS; longer runs always go to longRun. */
const LENGTH_TABLE_SIZE = Math.max(B64_MAX, MAX_SHAPE) + 1;
/** 1 for run lengths (without padding) that some shape, base64 token or run trigger accepts. */
const RUN_LENGTHS = new Uint8Array(LENGTH_TABLE_SIZE);
for (let len = 0; len < LENGTH_TABLE_SIZE; len++) {
  const b64 = len >= B64_MIN && len <= B64_MAX && len % 4 === 0;
  const triggered = RUN_TRIGGERS.some((r) => len >= r.run.min && len <= r.run.max);
  if (SHAPE_LENGTHS.has(len) || b64 || triggered) RUN_LENGTHS[len] = 1;
}

/**
 * False when longRun would note nothing for text[start, end): no run-prefix head, no '='
 * padding after it (which changes its length), and a length nothing accepts. Most long
 * identifiers in scripts end here without a call.
 */
function mayMatter(text: string, start: number, end: number): boolean {
  const len = end - start;
  return len >= LENGTH_TABLE_SIZE || RUN_LENGTHS[len] === 1 || text.charCodeAt(end) === 61 || mayOpenLiteral(text, start);
}

/** Notes what the run text[start, runEnd) may be; returns where the walk goes on (after padding). */
function longRun(text: string, start: number, runEnd: number, tokens: Tokens): number {
  const n = text.length;
  let end = runEnd;
  while (end < n && end - runEnd < 2 && text.charCodeAt(end) === 61) end++;
  const runLen = runEnd - start;
  const len = end - start;
  if (runLen >= MIN_PREFIXED_RUN && mayOpenLiteral(text, start)) {
    PREFIXES.lastIndex = start;
    const m = PREFIXES.exec(text);
    if (m !== null) for (const r of BY_PREFIX.get(m[0]) ?? []) tokens.rules.add(r);
  }
  for (const r of RUN_TRIGGERS) {
    const t = r.run;
    if (runLen >= t.min && runLen <= t.max && t.test(text, start, runEnd)) tokens.rules.add(r);
  }
  if (len >= MIN_SHAPE && len <= MAX_SHAPE && SHAPE_LENGTHS.has(len)) {
    tokens.shapes.push(start, end);
  }
  if (len >= B64_MIN && len <= B64_MAX && len % 4 === 0 && (end >= n || text.charCodeAt(end) !== 61) && isStandardRun(text, start, runEnd)) {
    tokens.base64.push({ start, end });
  }
  return end;
}
let cache: { text: string; optIn: boolean; tokens: Tokens } | null = null;

/** Everything the rules need from the first pass. The last result is kept: scan() asks twice. */
export function tokenize(text: string, optIn = false): Tokens {
  if (cache !== null && cache.optIn === optIn && cache.text === text) return cache.tokens;
  const tokens: Tokens = { rules: new Set(), shapes: [], base64: [] };
  walk(text, tokens);
  regexPass(text, KEYWORDS, BY_KEYWORD, false, tokens.rules);
  for (const w of SHORT_KEYWORDS) if (text.includes(w)) for (const r of BY_KEYWORD.get(w) ?? []) tokens.rules.add(r);
  if (optIn) regexPass(text, OPT_IN_WORDS, BY_OPT_IN_WORD, true, tokens.rules);
  cache = { text, optIn, tokens };
  return tokens;
}

/** Forgets the kept result, so a large page is not held in memory between calls. */
export function releaseTokens(): void {
  cache = null;
}

/** True when `text` (as given, not decoded) has something a rule could look at. */
export function quickCandidate(text: string, optIn = false): boolean {
  const t = tokenize(text, optIn);
  return t.rules.size > 0 || t.shapes.length > 0;
}
