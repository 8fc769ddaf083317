// Word runs: the cheap first look for recovery phrases, with no wordlist in it. A BIP-39 word is
// known by its first four letters (fewer for shorter words), so a 2^16-bit table of those
// prefixes (hashed, from all ten lists: gate-table.ts) tells whether a token may be a word. A
// phrase is at least 12 such tokens in a row, separated only by what people put between the words
// of a phrase: spaces and line breaks, commas and quotes (JSON arrays), list numbers ("1. ",
// "2) ", "(3)", "[4]", "#5"), bullets, HTML tags and entities, and JSON's \n. Anything else (an '=', a bracket, a
// sentence's full stop, a hyphenated word) ends the run.
//
// Most text holds no such run, so the walk does not read every character: it probes one
// character per stretch shorter than any phrase and reads on only where the token there (or the
// next one) may be a word in a run (see eachWordRun).
//
// This module imports only its table and a base64 decoder: the content script may use it to decide that text might
// hold a phrase (mayHoldPhrase, mayBePhraseWord) without carrying the wordlists or the engine.
import { base64ByteAt, base64Bytes } from '../base64';
import { GATE_TABLE } from './gate-table';

/** Fewest words in a BIP-39 phrase. */
export const MIN_WORDS = 12;
/** Longest token that can be a word, as written (Japanese kana, NFC or NFKD). */
export const MAX_WORD_CHARS = 12;
/** Most separator characters (tags and numbering included) between two words of one phrase. */
const MAX_GAP = 160;
const MAX_TAG = 200;

const WORD = 1;
const DIGIT = 2;
const SPACE = 3;
const NEWLINE = 4;
const NUMBER_MARK = 5; // '.', ':', ')' or ']' after a list number
const TAG = 6;
const ENTITY = 7;
const BACKSLASH = 8;
const BULLET = 9; // '-', '*', '•', '–', '—' before a space ("- word", "1 – word")
const OPEN = 10; // quotes: a boundary before the next word
const NUMBER_OPEN = 11; // '(', '[' or '#' before a list number

const CLASS = new Uint8Array(65536);
/**
 * For lastBreak, one read per character: ALWAYS for characters that end every run outside a tag
 * (class 0 but '>', which may end a tag; ';' is a separator, so an entity's end is none),
 * MAYBE_BREAK for list-number marks and bullets (breaksHere decides), 0 for the rest. Filled
 * with CLASS, range by range: a loop over all 65,536 code units would cost every page ~2 ms.
 */
const ALWAYS = 1;
const MAYBE_BREAK = 2;
const BREAKS = new Uint8Array(65536);
let classesFilled = false;
const setRange = (from: number, to: number, k: number): void => {
  CLASS.fill(k, from, to + 1);
  BREAKS.fill(k === 0 ? ALWAYS : k === NUMBER_MARK || k === BULLET ? MAYBE_BREAK : 0, from, to + 1);
};
const setClass = (chars: string, k: number): void => {
  for (const c of chars) setRange(c.charCodeAt(0), c.charCodeAt(0), k);
};

/**
 * Fills CLASS and BREAKS on first use (every exported walk calls it first): the content script
 * loads this module in every frame, and most frames never look for a phrase.
 */
function fillClasses(): void {
  if (classesFilled) return;
  classesFilled = true;
  BREAKS.fill(ALWAYS);
  setRange(0x41, 0x5a, WORD);
  setRange(0x61, 0x7a, WORD);
  setRange(0xc0, 0x24f, WORD);
  setClass('\u00d7\u00f7', 0);
  setRange(0x300, 0x36f, WORD); // combining accents (NFD text)
  setRange(0x1100, 0x11ff, WORD); // Hangul jamo (NFKD text)
  setRange(0x3040, 0x30ff, WORD); // kana, with the voicing marks
  setRange(0x3131, 0x318e, WORD);
  setRange(0x3400, 0x4dbf, WORD);
  setRange(0x4e00, 0x9fff, WORD);
  setRange(0xac00, 0xd7a3, WORD);
  setRange(0x30, 0x39, DIGIT);
  setClass(' \t\r\u00a0\u3000\u202f,;|\u3001\uff0c', SPACE);
  setRange(0x2000, 0x200b, SPACE);
  setClass('\n', NEWLINE);
  setClass('.:)]', NUMBER_MARK);
  setClass('([#', NUMBER_OPEN);
  setClass('"\'`\u201c\u201d\u2018\u2019', OPEN);
  setClass('-*\u2022\u2013\u2014', BULLET);
  setClass('<', TAG);
  setClass('&', ENTITY);
  setClass('\\', BACKSLASH);
  BREAKS[0x3e] = 0;
}

const ASCII_ONLY = /^[ -~]*$/;
const LATIN_MARKS = /[\u0300-\u036f]/g;

/** The form words are compared in: NFKD, lower case, Latin accents removed. */
export function normalizeWord(word: string): string {
  if (ASCII_ONLY.test(word)) return word.toLowerCase();
  return word.normalize('NFKD').toLowerCase().replace(LATIN_MARKS, '');
}

/**
 * normalizeWord for a word already in NFKD and lower case (the BIP-39 lists, words.test.ts holds
 * them to it): only the accents go. A third of the cost of normalize() over all ten lists.
 */
export function normalizeListWord(word: string): string {
  return ASCII_ONLY.test(word) ? word : word.replace(LATIN_MARKS, '');
}

/** Hash of a normalised word (or of its first letters) into a table of 2^16 or more bits. */
export function gateHash(key: string): number {
  let h = key.length;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x9e3779b1);
  return h ^ (h >>> 15);
}

/**
 * A set of words as hashed bits: `prefix` letters of each word are hashed (4 for the gate's table,
 * all of them for the engine's exact one), `bits` holds one bit per hash value.
 */
export interface WordTable {
  bits: Uint8Array;
  prefix: number;
}

export const GATE_BITS = 1 << 16;
const GATE_PREFIX = 4;
let gate: WordTable | undefined;
/** The page side's table: first four letters of every word of the ten lists, decoded on first use. */
export function gateTable(): WordTable {
  return (gate ??= { bits: base64Bytes(GATE_TABLE), prefix: GATE_PREFIX });
}

function inTable(table: WordTable, h: number): boolean {
  const bit = h & (table.bits.length * 8 - 1);
  return ((table.bits[bit >> 3] as number) & (1 << (bit & 7))) !== 0;
}

/**
 * inTable(gateTable(), h), reading the one byte it needs from the table's text while the table is
 * not decoded yet: a page's first short field value (a search form's hidden "yes") would otherwise
 * decode all of it (~1 ms a page, cold).
 */
function inGateTable(h: number): boolean {
  if (gate) return inTable(gate, h);
  const bit = h & (GATE_BITS - 1);
  return (base64ByteAt(GATE_TABLE, bit >> 3) & (1 << (bit & 7))) !== 0;
}

/**
 * Whether text[start, end) is in `table`. Plain ASCII tokens are hashed straight from their code
 * units; others are normalised first.
 */
function tokenHit(table: WordTable, text: string, start: number, end: number): boolean {
  return inTable(table, tokenHash(text, start, end, table.prefix));
}

/** The hash tokenHit looks up: of the first `prefix` letters of text[start, end). */
function tokenHash(text: string, start: number, end: number, prefix: number): number {
  const n = Math.min(prefix, end - start);
  let h = n;
  for (let i = 0; i < n; i++) {
    let c = text.charCodeAt(start + i);
    if (c >= 0x80) return gateHash(normalizeWord(text.slice(start, end)).slice(0, prefix));
    if (c <= 0x5a) c |= 0x20;
    h = Math.imul(h ^ c, 0x9e3779b1);
  }
  return h ^ (h >>> 15);
}

/** CLASS[c] === WORD; ASCII (letters only) without filling the classes. */
function isWordChar(c: number): boolean {
  if (c < 0x80) return (c | 0x20) - 0x61 >>> 0 < 26;
  fillClasses();
  return CLASS[c] === WORD;
}

/**
 * Cheap test of one word (a form input's value): may it be a BIP-39 word? Never misses one. Builds
 * neither the character classes (for ASCII) nor the decoded table: most pages ask it only about a
 * few short field values.
 */
export function mayBePhraseWord(word: string): boolean {
  const w = word.trim();
  if (w.length === 0 || w.length > MAX_WORD_CHARS || (w.length < 3 && w.charCodeAt(0) < 0x80)) return false;
  for (let i = 0; i < w.length; i++) if (!isWordChar(w.charCodeAt(i))) return false;
  return inGateTable(tokenHash(w, 0, w.length, GATE_PREFIX));
}

/** Tokens of one run, in arrays reused from run to run (copy what you keep). */
export interface WordRun {
  count: number;
  starts: Int32Array;
  ends: Int32Array;
  /** The list number written before the word ("3." → 3), or -1. */
  numbers: Int16Array;
  /** 1 when a line break, an opening quote or bracket or a tag comes before the word. */
  breaks: Uint8Array;
}

function makeRun(capacity: number): WordRun {
  return {
    count: 0,
    starts: new Int32Array(capacity),
    ends: new Int32Array(capacity),
    numbers: new Int16Array(capacity),
    breaks: new Uint8Array(capacity),
  };
}

function grow(run: WordRun): WordRun {
  const bigger = makeRun(run.starts.length * 2);
  bigger.count = run.count;
  bigger.starts.set(run.starts);
  bigger.ends.set(run.ends);
  bigger.numbers.set(run.numbers);
  bigger.breaks.set(run.breaks);
  return bigger;
}

const TAG_NAME = new Uint8Array(128);
for (const c of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-') TAG_NAME[c.charCodeAt(0)] = 1;

/**
 * End of the tag opening at `at` ('<'), or -1 when it is not one: a name (or '/' and a name, or
 * '!') then a space, '/' or '>'; code such as `i<n.length` stops at the name.
 */
function tagEnd(text: string, at: number): number {
  let i = at + 1;
  const first = text.charCodeAt(i);
  if (first === 0x21) i++; // <!-- … -->, <!DOCTYPE …>
  else {
    if (first === 0x2f) i++;
    const nameStart = i;
    // Bounded read: a typed-array read past its end (a non-ASCII character here) costs V8 a
    // deoptimisation of the whole phrase walk, which the CLI pays once per process.
    while (i < text.length && i - nameStart < 16) {
      const c = text.charCodeAt(i);
      if (c >= 128 || TAG_NAME[c] !== 1) break;
      i++;
    }
    const after = text.charCodeAt(i);
    if (i === nameStart || !(after === 0x3e || after === 0x20 || after === 0x2f || after === 0x0a || after === 0x09)) return -1;
  }
  const limit = Math.min(text.length, at + MAX_TAG);
  for (; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x3e) return i + 1;
    if (c === 0x3c) return -1;
  }
  return -1;
}

const ENTITY_RE = /&(?:[A-Za-z]{2,8}|#[0-9]{1,6}|#x[0-9A-Fa-f]{1,5});/y;

/** Exact walk state: the run being built and where the walk stands. */
interface Walk {
  run: WordRun;
  gap: number;
  number: number;
  boundary: number;
}

/**
 * The exact walk from `from` (a clean start: no run crosses it) until it has passed `until` and
 * the run it was building (if any) has ended; returns where it stopped, or -1 when `visit` asked
 * to stop. Runs of at least `minWords` tokens go to `visit`.
 */
function walkFrom(
  text: string, from: number, until: number, w: Walk, minWords: number, visit: (run: WordRun) => boolean | void, table: WordTable,
): number {
  const n = text.length;
  // Ends the current run; true when the walk may stop here (past `until`) or `visit` said stop.
  let stop = false;
  const flush = (at: number): boolean => {
    if (w.run.count >= minWords && visit(w.run) === true) stop = true;
    w.run.count = 0;
    w.gap = 0;
    w.number = -1;
    w.boundary = 1;
    return stop || at > until;
  };
  let i = from;
  while (i < n) {
    const c = text.charCodeAt(i);
    const k = CLASS[c] as number;
    if (k === WORD) {
      const start = i;
      i++;
      while (i < n && CLASS[text.charCodeAt(i)] === WORD) i++;
      const len = i - start;
      // Latin words are 3+ letters: "a", "of", "to" end a run of prose.
      if (len > MAX_WORD_CHARS || (len < 3 && c < 0x80) || !tokenHit(table, text, start, i)) {
        if (flush(i)) return stop ? -1 : i;
        continue;
      }
      let run = w.run;
      if (run.count === run.starts.length) run = w.run = grow(run);
      run.starts[run.count] = start;
      run.ends[run.count] = i;
      run.numbers[run.count] = w.number;
      run.breaks[run.count] = w.boundary;
      run.count++;
      w.gap = 0;
      w.number = -1;
      w.boundary = 0;
      continue;
    }
    const next = gapEnd(text, i, k, w);
    if (next < 0) {
      // A long number ends the run too, and the walk goes on after all of it.
      let after = i + 1;
      if (k === DIGIT) while (after < n && CLASS[text.charCodeAt(after)] === DIGIT) after++;
      if (flush(after)) return stop ? -1 : after;
      i = after;
      continue;
    }
    w.gap += next - i;
    i = next;
    if (w.gap > MAX_GAP && flush(i)) return stop ? -1 : i;
  }
  flush(n);
  return stop ? -1 : n;
}

/**
 * End of the separator starting at text[i] (class `k`, not a word character), noting list
 * numbers and boundaries in `w`; -1 when text[i] ends a run.
 */
function gapEnd(text: string, i: number, k: number, w: Walk): number {
  const n = text.length;
  switch (k) {
    case SPACE:
      return i + 1;
    case NEWLINE:
    case OPEN:
      w.boundary = 1;
      return i + 1;
    case DIGIT: {
      let next = i + 1;
      while (next < n && CLASS[text.charCodeAt(next)] === DIGIT) next++;
      if (next - i > 2) return -1;
      w.number = Number(text.slice(i, next));
      return next;
    }
    case NUMBER_MARK:
      return i > 0 && CLASS[text.charCodeAt(i - 1)] === DIGIT ? i + 1 : -1;
    case NUMBER_OPEN:
      return CLASS[text.charCodeAt(i + 1)] === DIGIT ? i + 1 : -1;
    case BULLET:
      return i + 1 < n && CLASS[text.charCodeAt(i + 1)] === SPACE ? i + 1 : -1;
    case TAG: {
      w.boundary = 1;
      return tagEnd(text, i);
    }
    case ENTITY:
      ENTITY_RE.lastIndex = i;
      return ENTITY_RE.test(text) ? ENTITY_RE.lastIndex : -1;
    case BACKSLASH: {
      const e = text.charCodeAt(i + 1);
      if (e !== 0x6e && e !== 0x72 && e !== 0x74) return -1;
      if (e === 0x6e) w.boundary = 1;
      return i + 2;
    }
    default:
      return -1;
  }
}

/**
 * Probe spacing. A run of MIN_WORDS Latin words (3+ letters each) covers at least 47 characters;
 * only runs with CJK words (one Chinese character each) can be as short as 23, so between two
 * probes one character is also looked at for them (see eachWordRun).
 */
const PROBE_STRIDE = MIN_WORDS * 4 - 2;
const CJK_STRIDE = MIN_WORDS * 2 - 2;
const MAYBE = -1;

/**
 * The probe at `p` (the stretch from `floor` to p has not been read): where the next probe may
 * start when no run can cover `p` (every run that covers no position up to the returned one starts
 * after it); when one might, MAYBE (walk from `floor`) or walkAt(where the walk may start).
 */
function probe(text: string, p: number, floor: number, tags: TagCursor | undefined, table: WordTable): number {
  if (tags?.covers(p)) return MAYBE;
  const n = text.length;
  let at = p;
  const k = CLASS[text.charCodeAt(p)] as number;
  if (k !== WORD) {
    // In a separator: the run covering p (if any) goes on with the next token.
    switch (k) {
      case SPACE:
      case NEWLINE:
      case OPEN:
      case DIGIT:
        break;
      case NUMBER_MARK:
        if (p > 0 && CLASS[text.charCodeAt(p - 1)] === DIGIT) break;
        return p + 1;
      case BULLET:
        if (p + 1 < n && CLASS[text.charCodeAt(p + 1)] === SPACE) break;
        return p + 1;
      case 0:
        // ';' may close an entity (&nbsp;), which is a separator.
        if (text.charCodeAt(p) === 0x3b && entityBefore(text, p)) return MAYBE;
        return p + 1;
      default:
        return MAYBE; // a tag, an entity or an escape: let the exact walk decide
    }
    let digits = 0;
    while (at < n && at - p <= MAX_GAP) {
      const c = CLASS[text.charCodeAt(at)] as number;
      if (c === WORD) break;
      digits = c === DIGIT ? digits + 1 : 0;
      if (c === 0 || digits > 2 || breaksHere(text, at, c)) return at + 1;
      if (c !== SPACE && c !== NEWLINE && c !== OPEN && c !== DIGIT && c !== NUMBER_MARK && c !== BULLET) return MAYBE;
      at++;
    }
    if (at >= n || at - p > MAX_GAP) return at;
  }
  // The token at `at`: a run covering p holds it.
  const lo = at > MAX_WORD_CHARS ? at - MAX_WORD_CHARS : 0;
  let start = at;
  while (start > lo && CLASS[text.charCodeAt(start - 1)] === WORD) start--;
  const hi = start + MAX_WORD_CHARS + 1 < n ? start + MAX_WORD_CHARS + 1 : n;
  let end = at + 1;
  while (end < hi && CLASS[text.charCodeAt(end)] === WORD) end++;
  if (end - start > MAX_WORD_CHARS || (start === lo && lo > 0 && CLASS[text.charCodeAt(lo - 1)] === WORD)) {
    while (end < n && CLASS[text.charCodeAt(end)] === WORD) end++;
    return end;
  }
  const before = start > 0 ? text.charCodeAt(start - 1) : 0;
  // "&nbsp;" and "\n" hold letters that are separators, not tokens.
  if (before === 0x26 || before === 0x23 || before === 0x5c) return MAYBE;
  // Identifiers in code sit between '.', '(' or '=' on both sides: no run goes on from there.
  if (breaksAt(text, start - 1) && (end >= n || breaksAt(text, end))) return end;
  if (!wordLike(table, text, start, end)) return end;
  // A run of MIN_WORDS holding this token goes on at least SIDE_WORDS tokens to one side.
  if (wordsAfter(table, text, end, SIDE_WORDS) + wordsBefore(table, text, start, SIDE_WORDS) < SIDE_WORDS) return end;
  return walkAt(runStart(table, text, start, floor));
}

/** Probe answer: walk from `at` (≥ the probe's stretch start). */
const walkAt = (at: number): number => -2 - at;

/**
 * Where the exact walk may start for a run holding the token at `start`: the first position after
 * the nearest break before it (a character that ends runs, a token that cannot be a word), never
 * before `floor`. Separators only the exact walk reads (tags, entities) send it back to `floor`.
 */
function runStart(table: WordTable, text: string, start: number, floor: number): number {
  let at = start;
  while (at > floor) {
    const k = CLASS[text.charCodeAt(at - 1)] as number;
    if (k === WORD) {
      const end = at;
      while (at > floor && CLASS[text.charCodeAt(at - 1)] === WORD && end - at <= MAX_WORD_CHARS) at--;
      if (at > floor && CLASS[text.charCodeAt(at - 1)] === WORD) return end;
      const before = at > 0 ? text.charCodeAt(at - 1) : 0;
      if (before === 0x26 || before === 0x23 || before === 0x5c) return floor;
      if (!wordLike(table, text, at, end)) return end;
      continue;
    }
    // A tag's '>' or an entity's ';' is a separator only the exact walk reads.
    if (k === 0) return text.charCodeAt(at - 1) === 0x3e || text.charCodeAt(at - 1) === 0x3b ? floor : at;
    if (k !== SPACE && k !== NEWLINE && k !== OPEN) return floor;
    at--;
  }
  return floor;
}

/** At least this many tokens follow or precede any token of a run, on one side or the other. */
const SIDE_WORDS = (MIN_WORDS - 1) >> 1;

function wordLike(table: WordTable, text: string, start: number, end: number): boolean {
  const len = end - start;
  return len <= MAX_WORD_CHARS && (len >= 3 || text.charCodeAt(start) >= 0x80) && tokenHit(table, text, start, end);
}

/**
 * How many of the next `max` tokens after `from` continue a run (plain separators between them,
 * each may be a word). Tags, entities and escapes count as continuing: only the exact walk reads
 * them.
 */
function wordsAfter(table: WordTable, text: string, from: number, max: number): number {
  const n = text.length;
  let count = 0;
  let at = from;
  while (count < max) {
    const gapStart = at;
    let digits = 0;
    while (at < n && at - gapStart <= MAX_GAP) {
      const k = CLASS[text.charCodeAt(at)] as number;
      if (k === WORD) break;
      digits = k === DIGIT ? digits + 1 : 0;
      if (k === 0 || digits > 2 || (k === NUMBER_MARK && !(at > 0 && CLASS[text.charCodeAt(at - 1)] === DIGIT))) return count;
      if (k !== SPACE && k !== NEWLINE && k !== OPEN && k !== DIGIT && k !== NUMBER_MARK) return max;
      at++;
    }
    if (at >= n || at === gapStart || at - gapStart > MAX_GAP) return count;
    const start = at;
    while (at < n && CLASS[text.charCodeAt(at)] === WORD && at - start <= MAX_WORD_CHARS) at++;
    if (!wordLike(table, text, start, at)) return count;
    count++;
  }
  return count;
}

/** Like wordsAfter, to the left of `to`. */
function wordsBefore(table: WordTable, text: string, to: number, max: number): number {
  let count = 0;
  let at = to;
  while (count < max) {
    const gapEnd = at;
    let digits = 0;
    while (at > 0 && gapEnd - at <= MAX_GAP) {
      const k = CLASS[text.charCodeAt(at - 1)] as number;
      if (k === WORD) break;
      digits = k === DIGIT ? digits + 1 : 0;
      if (k === 0 || digits > 2 || breaksHere(text, at - 1, k)) return count;
      if (k !== SPACE && k !== NEWLINE && k !== OPEN && k !== DIGIT && k !== NUMBER_MARK && k !== BULLET) return max;
      at--;
    }
    if (at <= 0 || at === gapEnd || gapEnd - at > MAX_GAP) return count;
    const end = at;
    while (at > 0 && CLASS[text.charCodeAt(at - 1)] === WORD && end - at <= MAX_WORD_CHARS) at--;
    const before = at > 0 ? text.charCodeAt(at - 1) : 0;
    if (before === 0x26 || before === 0x23 || before === 0x5c) return max;
    if (!wordLike(table, text, at, end)) return count;
    count++;
  }
  return count;
}

/** True for a list-number mark or bullet that is not one here ("a.b", "a-b"): it ends a run. */
function breaksHere(text: string, at: number, k: number): boolean {
  if (k === NUMBER_MARK) return !(at > 0 && CLASS[text.charCodeAt(at - 1)] === DIGIT);
  if (k === BULLET) return CLASS[text.charCodeAt(at + 1)] !== SPACE;
  return false;
}

/** True when text[at] (beside a token) ends any run there: a run goes on through no such character. */
function breaksAt(text: string, at: number): boolean {
  if (at < 0) return true;
  const k = CLASS[text.charCodeAt(at)] as number;
  return k === 0 || breaksHere(text, at, k);
}

/**
 * The last position in [from, to] that no run can cover (a character that ends runs, outside any
 * tag or entity), or -1. Every run starting in [from, that position] would cover it, since a run
 * of Latin words covers more than to - from + 1 characters.
 */
function lastBreak(text: string, from: number, to: number, tags: TagCursor | undefined): number {
  for (let j = to; j >= from; j--) {
    const b = BREAKS[text.charCodeAt(j)] as number;
    if (b === 0) continue;
    // Inside a tag anything may stand.
    if ((b === ALWAYS || breaksHere(text, j, CLASS[text.charCodeAt(j)] as number)) && !tags?.covers(j)) return j;
  }
  return -1;
}

/** True when an '&' stands at most 9 characters before the ';' at `p`. */
function entityBefore(text: string, p: number): boolean {
  for (let j = p - 1; j >= 0 && j >= p - 9; j--) if (text.charCodeAt(j) === 0x26) return true;
  return false;
}

/** Where tags are, found lazily as the walk moves forward. */
class TagCursor {
  private lt = -1;
  private ltEnd = -2;
  private nextLt: number;
  constructor(private readonly text: string) {
    this.nextLt = text.indexOf('<');
  }
  /**
   * True when `p` lies inside a tag. Positions grow from stretch to stretch; within one (lastBreak
   * reads backwards) a '<' already seen after `p` can make the answer true wrongly, which only
   * sends that stretch to the probe.
   */
  covers(p: number): boolean {
    if (this.nextLt >= 0 && this.nextLt <= p) {
      // The last '<' up to p (one lies in [nextLt, p]) and the first after it.
      this.lt = this.text.lastIndexOf('<', p);
      this.ltEnd = -2;
      this.nextLt = this.text.indexOf('<', p + 1);
    }
    if (this.lt < 0 || p - this.lt >= MAX_TAG) return false;
    if (this.ltEnd === -2) this.ltEnd = tagEnd(this.text, this.lt);
    return p < this.ltEnd;
  }
}

/** True when text[p] may lie in a run of CJK words: a CJK character, or separators before one. */
function nearCjk(text: string, p: number): boolean {
  for (let at = p; at < text.length && at < p + 4; at++) {
    const c = text.charCodeAt(at);
    const k = CLASS[c] as number;
    if (k === WORD) return c >= 0x1100;
    if (k === 0) return false;
  }
  return false;
}

/**
 * Calls `visit` for every run of at least `minWords` (≥ MIN_WORDS) tokens found in `table` (the
 * gate's prefixes by default), separated as phrases are; `visit` returning true stops the walk.
 *
 * It probes one stretch of PROBE_STRIDE characters at a time: a run that starts in [i, p] and
 * covers at least PROBE_STRIDE + 1 characters covers p, and every position after its start up to p.
 * So the last character in [i, p] that ends all runs moves i past it; without one, when no run can
 * cover p the probes go on after the token there, and otherwise the exact walk reads from i until
 * that run has ended. A shorter run (CJK words, 23+ characters) that starts in [i, mid] covers
 * mid = i + CJK_STRIDE - 1, where a CJK character or separators before one send the probe there
 * instead; one starting after mid and before that character would cover the character.
 */
export function eachWordRun(
  text: string, minWords: number, visit: (run: WordRun) => boolean | void, table: WordTable = gateTable(),
): void {
  fillClasses();
  const n = text.length;
  const w: Walk = { run: makeRun(32), gap: 0, number: -1, boundary: 1 };
  const tags = text.includes('<') ? new TagCursor(text) : undefined;
  let i = 0;
  while (i + CJK_STRIDE <= n) {
    const mid = i + CJK_STRIDE - 1;
    let p = i + PROBE_STRIDE - 1;
    if (p >= n) p = mid;
    else {
      // In code a character that ends every run stands every few characters: the last one up to p
      // moves the stretch past it, often the whole stretch, for a few reads. Short CJK runs that
      // start before mid and end before that character are ruled out by mid.
      const b = lastBreak(text, i, p, tags);
      if (nearCjk(text, mid)) p = mid;
      else if (b >= 0) {
        i = b + 1;
        continue;
      }
    }
    const next = probe(text, p, i, tags, table);
    if (next >= 0) {
      i = next;
      continue;
    }
    if (next !== MAYBE) i = -2 - next;
    w.run.count = 0;
    w.gap = 0;
    w.number = -1;
    w.boundary = 1;
    i = walkFrom(text, i, p, w, minWords, visit, table);
    if (i < 0) return;
  }
}

/**
 * Cheap test for the page side: could `text` hold a recovery phrase? True for every text in which
 * the engine finds one (tests hold it to that); often true for lists of plain words too.
 */
export function mayHoldPhrase(text: string): boolean {
  let found = false;
  eachWordRun(text, MIN_WORDS, () => (found = true));
  return found;
}
