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
// Opt-in rules (generic) have their own gate, consulted only when they are asked for.
const BY_GATE_WORD = index((r) => (r.optIn ? undefined : r.gateWords), true);
const BY_OPT_IN_WORD = index((r) => (r.optIn ? r.gateWords : undefined), true);
const KEYWORDS = alternation(BY_KEYWORD.keys(), 'g');
const GATE_WORDS = alternation(BY_GATE_WORD.keys(), 'gi');
const OPT_IN_WORDS = alternation(BY_OPT_IN_WORD.keys(), 'gi');
const TRIGGER_RULES = RULES.filter((r) => !r.shapeLengths && !r.optIn).length;

export const SHAPE_RULES: readonly Rule[] = RULES.filter((r) => r.shapeLengths);
const SHAPE_LENGTHS = new Set(SHAPE_RULES.flatMap((r) => r.shapeLengths ?? []));
const MIN_SHAPE = Math.min(...SHAPE_LENGTHS);
const MAX_SHAPE = Math.max(...SHAPE_LENGTHS);

// Base64/base64url/hex run characters ('=' only as trailing padding), as a lookup table: a
// plain loop over char codes is several times faster than a regex for this.
const RUN_CHAR = new Uint8Array(128);
for (const c of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/_-') RUN_CHAR[c.charCodeAt(0)] = 1;

/** Calls `visit(start, end)` for every maximal run (plus up to two '=') accepted by a shape rule. */
function eachShapeRun(text: string, visit: (start: number, end: number) => boolean | void): void {
  const n = text.length;
  let start = -1;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? text.charCodeAt(i) : 0;
    if (c < 128 && RUN_CHAR[c] === 1) {
      if (start < 0) start = i;
      continue;
    }
    if (start >= 0) {
      let end = i;
      if (i - start >= MIN_SHAPE) {
        while (end < n && end - i < 2 && text.charCodeAt(end) === 61) end++;
        const len = end - start;
        if (len <= MAX_SHAPE && SHAPE_LENGTHS.has(len) && visit(start, end) === true) return;
      }
      start = -1;
      i = end > i ? end - 1 : i;
    }
  }
}

/** Rules whose literal or gate word occurs in `text` (opt-in rules only when `optIn`). */
export function triggeredRules(text: string, optIn = false): Set<Rule> {
  const out = new Set<Rule>();
  const passes = [[KEYWORDS, BY_KEYWORD, false], [GATE_WORDS, BY_GATE_WORD, true]] as Array<[RegExp, Map<string, Rule[]>, boolean]>;
  if (optIn) passes.push([OPT_IN_WORDS, BY_OPT_IN_WORD, true]);
  for (const [re, map, lower] of passes) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) {
      for (const r of map.get(lower ? m[0].toLowerCase() : m[0]) ?? []) out.add(r);
      if (out.size === TRIGGER_RULES && !optIn) return out;
    }
  }
  return out;
}

/** Base64/hex runs whose length some shape rule accepts. */
export function shapeRuns(text: string): RawMatch[] {
  const out: RawMatch[] = [];
  eachShapeRun(text, (start, end) => {
    out.push({ value: text.slice(start, end), start, end });
  });
  return out;
}

function hasShapeRun(text: string): boolean {
  let found = false;
  eachShapeRun(text, () => (found = true));
  return found;
}

/** True when `text` (as given, not decoded) has something a rule could look at. */
export function quickCandidate(text: string, optIn = false): boolean {
  KEYWORDS.lastIndex = 0;
  GATE_WORDS.lastIndex = 0;
  OPT_IN_WORDS.lastIndex = 0;
  return KEYWORDS.test(text) || GATE_WORDS.test(text) || hasShapeRun(text) || (optIn && OPT_IN_WORDS.test(text));
}
