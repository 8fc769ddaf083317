// Cheap first pass. Keyword rules only run when one of their literals occurs (one combined
// regex pass over the text); shape rules only look at base64/hex runs whose length one of them
// accepts. Text without either costs one or two regex scans and no allocation per character.

import type { RawMatch, Rule } from './rules/rule';
import { RULES } from './rules';

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

function index(words: (r: Rule) => readonly string[] | undefined, lower: boolean): Map<string, Rule[]> {
  const map = new Map<string, Rule[]>();
  for (const rule of RULES) {
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

const BY_KEYWORD = index((r) => r.keywords, false);
const BY_GATE_WORD = index((r) => r.gateWords, true);
const KEYWORDS = alternation(BY_KEYWORD.keys(), 'g');
const GATE_WORDS = alternation(BY_GATE_WORD.keys(), 'gi');

export const SHAPE_RULES: readonly Rule[] = RULES.filter((r) => r.shapeLengths);
const SHAPE_LENGTHS = new Set(SHAPE_RULES.flatMap((r) => r.shapeLengths ?? []));
const MIN_SHAPE = Math.min(...SHAPE_LENGTHS);
const MAX_SHAPE = Math.max(...SHAPE_LENGTHS);
// A run of base64/base64url/hex characters with optional padding. The quantifier is unbounded
// but the class is a single set with nothing after it to backtrack into, so this is linear.
const RUN = new RegExp(`[A-Za-z0-9+/_-]{${MIN_SHAPE},}={0,2}`, 'g');

/** Rules whose literal or gate word occurs in `text`. */
export function triggeredRules(text: string): Set<Rule> {
  const out = new Set<Rule>();
  for (const [re, map, lower] of [[KEYWORDS, BY_KEYWORD, false], [GATE_WORDS, BY_GATE_WORD, true]] as const) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) {
      for (const r of map.get(lower ? m[0].toLowerCase() : m[0]) ?? []) out.add(r);
      if (out.size === RULES.length) return out;
    }
  }
  return out;
}

/** Base64/hex runs whose length some shape rule accepts. */
export function shapeRuns(text: string): RawMatch[] {
  const out: RawMatch[] = [];
  RUN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = RUN.exec(text)) !== null) {
    const len = m[0].length;
    if (len <= MAX_SHAPE && SHAPE_LENGTHS.has(len)) out.push({ value: m[0], start: m.index, end: m.index + len });
  }
  return out;
}

function hasShapeRun(text: string): boolean {
  RUN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = RUN.exec(text)) !== null) if (SHAPE_LENGTHS.has(m[0].length)) return true;
  return false;
}

/** True when `text` (as given, not decoded) has something a rule could look at. */
export function quickCandidate(text: string): boolean {
  KEYWORDS.lastIndex = 0;
  GATE_WORDS.lastIndex = 0;
  return KEYWORDS.test(text) || GATE_WORDS.test(text) || hasShapeRun(text);
}
