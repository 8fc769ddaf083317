// The test of page text: could the worker's engine find a key here? The worker runs it on the
// page's first reads and its attribute and field values (background/chunk-gate.ts); the page keeps
// only the paste guard's cheap tests (hasRun, hasPhraseRun, mayBePhraseWord). Text that fails it is
// never looked at again; text that passes is
// cut into windows around the hits for the engine; each hit says what let it through (HitKind).
// It knows the engine only through builtInGateSummary(), plain data derived from the rules
// (src/engine/gate-summary.ts; the build hands it over as data): the
// literals keys start with or contain, the characters and shortest lengths of keys without one
// (and the provider words those need nearby), standalone base64 values that decode to a key, and
// the escapes the engine reads through. Every test here can only let more through than the engine
// would report, never less (test/unit/extension/gate.test.ts holds it to every rule example and to
// the engine's results on both corpus splits), and it stays so when text of neighbouring blocks
// runs together: fused text never hides a hit.
import { builtInGateSummary, type GateSummary } from '../engine/gate-summary';
import { eachWordRun, mayBePhraseWord, MIN_WORDS } from '../engine/wallet/gate';

export { mayBePhraseWord, MIN_WORDS };
import type { CustomGate } from '../engine/custom';
import type { Span } from '../shared/protocol';

/**
 * Characters kept on each side of a hit: the engine's context look-behind and pair gap fit in it
 * (a test holds the engine's own window radius to it).
 */
export const WINDOW_RADIUS = 512;

/** Provider words a key without a literal needs are looked for this far on each side (a pair partner named near its word reaches 800). */
const WORD_REACH = 1024;

// ---- Runs of key characters: the paste guard's test, and the gate's when the generic rule is on ----

/** Shortest run of key characters worth a look. */
export const MIN_RUN = 16;

const KEY_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/_=~-\\%&#;';
// Tables are indexed by any UTF-16 code unit, so the hot loop needs no range check before the
// lookup; each is built on first use (the paste guard loads this module in every frame).
let keyChars: Uint8Array | undefined;
const isKeyChar = (): Uint8Array => (keyChars ??= table(KEY_CHARS));

function table(chars: string): Uint8Array {
  const t = new Uint8Array(65536);
  for (const c of chars) t[c.charCodeAt(0)] = 1;
  return t;
}

/**
 * Each maximal run of at least `min` characters of `chars` in text[from, to). A run that long must
 * cover i + min - 1, so only that character is probed; when it is not in the run the search jumps
 * past it: on prose that reads about one character in `min / 3`.
 */
function eachRun(text: string, chars: Uint8Array, min: number, visit: (start: number, end: number) => boolean | void, from = 0, to = text.length): void {
  const reach = min - 1;
  let i = from;
  while (i + reach < to) {
    const probe = i + reach;
    if (chars[text.charCodeAt(probe)] === 0) {
      i = probe + 1;
      continue;
    }
    let start = probe;
    while (start > i && chars[text.charCodeAt(start - 1)] === 1) start--;
    let end = probe + 1;
    while (end < to && chars[text.charCodeAt(end)] === 1) end++;
    if (end - start >= min && visit(start, end) === true) return;
    i = end + 1;
  }
}

/** True when `text` holds a run of at least MIN_RUN key characters (a key, or an escaped one, has one). */
export function hasRun(text: string): boolean {
  let found = false;
  eachRun(text, isKeyChar(), MIN_RUN, () => (found = true));
  return found;
}

// ---- Word runs: recovery phrases ---------------------------------------------------------------

let letters: Uint8Array | undefined;
const isLetter = (): Uint8Array => (letters ??= table('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'));
/**
 * A phrase written one word per element (a `<li>` or `<span>` each) reads as one long run of
 * letters when a subtree's text is read in one go: at least MIN_WORDS words of 3+ letters. Such a
 * run is worth reading again with its blocks apart, where the words are words again.
 */
const FUSED_WORDS = MIN_WORDS * 3;

/**
 * text[start, end), a run of letters, may be MIN_WORDS words run together. Capitals cut it into
 * pieces: a piece of FUSED_WORDS letters or more may be words in lower case that cannot be told
 * apart; shorter pieces count as words (`AbandonAbility…`) only MIN_WORDS in a row that may be
 * BIP-39 words, which `ImplementationsFreezeRefUnwindSafe…` in a docs sidebar is not.
 */
function mayBeFusedWords(text: string, start: number, end: number): boolean {
  let inRow = 0;
  let from = start;
  for (let i = start + 1; i <= end; i++) {
    const c = i < end ? text.charCodeAt(i) : 0x41;
    if (c < 0x41 || c > 0x5a) continue;
    if (i - from >= FUSED_WORDS) return true;
    inRow = mayBePhraseWord(text.slice(from, i)) ? inRow + 1 : 0;
    if (inRow >= MIN_WORDS) return true;
    from = i;
  }
  return false;
}

/** Each run of at least MIN_WORDS words that may be BIP-39 words (engine/wallet/gate.ts: prefixes only, no wordlist). */
function eachPhraseRun(text: string, visit: (start: number, end: number) => boolean | void): void {
  eachWordRun(text, MIN_WORDS, (run) => visit(run.starts[0]!, run.ends[run.count - 1]!));
}

/** True when `text` may hold a recovery phrase, as written (the paste guard's test for phrases). */
export function hasPhraseRun(text: string): boolean {
  let found = false;
  eachPhraseRun(text, () => (found = true));
  return found;
}

// ---- The gate ------------------------------------------------------------------------------------

interface Entry {
  /** 1 for the ASCII codes of the entry's characters. */
  chars: Uint8Array;
  min: number;
}

interface LiteralEntry extends Entry {
  text: string;
}

interface ShapeEntry {
  min: number;
  /** Indexes into Tables.wordList of the provider words one of which must be near (or in the page's host and title); undefined: none needed. */
  words?: number[];
  /** A character code every match holds, or -1. */
  holds: number;
}

/** The shapes of one character class, shortest first. */
interface ClassShapes {
  /** Shortest stretch of the class any of its shapes accepts. */
  min: number;
  shapes: ShapeEntry[];
}

interface Tables {
  /** Characters any hit is made of (every class, and the escape characters). */
  run: Uint8Array;
  minRun: number;
  /** The literals by their first two characters (index code × 128 + code), undefined where none starts so. */
  heads: Array<LiteralEntry[] | undefined>;
  /** Per ASCII code, bit k set when the character is in shape class k (at most 32 classes). */
  classBits: Uint32Array;
  /** Shape classes by bit. */
  classes: ClassShapes[];
  /** Shapes whose characters include separators (keypair arrays): looked for over the whole text. */
  spaced: Array<{ chars: Uint8Array; min: number }>;
  words: string[];
  /** Every provider word shapes need, lower case, and those words by their first two characters. */
  wordList: string[];
  /** Word indexes by their first two characters (code × 128 + code). */
  wordHeads: Map<number, number[]>;
  /** By the first two characters, bit (third character & 31) set when some word starts with the three. */
  wordThirds: Uint32Array;
  base64: Entry & { max: number };
  /** Shortest key any literal or shape describes: what a decoded base64 value must reach. */
  minKey: number;
  escape: RegExp;
}

const SEPARATORS = /[\s,]/;
const WHITESPACE = /\s/;

/** Shape classes one run is split by in one pass: a bit each. */
const MAX_CLASSES = 32;

const headKey = (text: string, at: number) => text.charCodeAt(at) * 128 + text.charCodeAt(at + 1);

export function compileGate(summary: GateSummary): Tables {
  const run = table('\\%&#;');
  // Each distinct character set is read once: the summary repeats a few dozen sets over ~300
  // literals and ~130 shapes, and this runs cold (interpreted) when the worker first gates text.
  const cover = (chars: string) => {
    for (let i = 0; i < chars.length; i++) run[chars.charCodeAt(i)] = 1;
  };
  const classes = new Map<string, Uint8Array>();
  const classOf = (chars: string): Uint8Array => {
    let set = classes.get(chars);
    if (!set) {
      set = new Uint8Array(128);
      for (let i = 0; i < chars.length; i++) if (chars.charCodeAt(i) < 128) set[chars.charCodeAt(i)] = 1;
      cover(chars);
      classes.set(chars, set);
    }
    return set;
  };
  const heads: Tables['heads'] = new Array(128 * 128).fill(undefined);
  for (const l of summary.literals) {
    const key = headKey(l.text, 0);
    (heads[key] ??= []).push({ text: l.text, chars: classOf(l.chars), min: l.min });
  }
  const wordList: string[] = [];
  const wordIds = new Map<string, number>();
  const idOf = (word: string): number => {
    const w = word.toLowerCase();
    let id = wordIds.get(w);
    if (id === undefined) {
      id = wordList.push(w) - 1;
      wordIds.set(w, id);
    }
    return id;
  };
  const byClass = new Map<string, ClassShapes>();
  const spaced: Tables['spaced'] = [];
  for (const s of summary.shapes) {
    if (SEPARATORS.test(s.chars)) {
      spaced.push({ chars: table(s.chars), min: s.min });
      continue;
    }
    let c = byClass.get(s.chars);
    if (!c) {
      cover(s.chars);
      byClass.set(s.chars, (c = { min: s.min, shapes: [] }));
    }
    c.min = Math.min(c.min, s.min);
    c.shapes.push({ min: s.min, holds: s.holds ? s.holds.charCodeAt(0) : -1, ...(s.words ? { words: s.words.map(idOf) } : {}) });
  }
  if (byClass.size > MAX_CLASSES) throw new Error(`gate: ${byClass.size} shape classes, at most ${MAX_CLASSES} fit one pass`);
  const classBits = new Uint32Array(128);
  [...byClass.keys()].forEach((chars, k) => {
    for (const c of chars) if (c.charCodeAt(0) < 128) classBits[c.charCodeAt(0)]! |= 1 << k;
  });
  for (const c of byClass.values()) c.shapes.sort((a, b) => a.min - b.min);
  const wordHeads = new Map<number, number[]>();
  const wordThirds = new Uint32Array(128 * 128);
  wordList.forEach((w, id) => {
    // Words are found by their first two characters: a provider word is never shorter.
    if (w.length < 2) throw new Error(`gate: provider word "${w}" is shorter than two characters`);
    const key = headKey(w, 0);
    wordHeads.set(key, [...(wordHeads.get(key) ?? []), id]);
    // A two-character word matches whatever comes third.
    wordThirds[key]! |= w.length > 2 ? 1 << (w.charCodeAt(2) & 31) : -1;
  });
  const base64Chars = classOf('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=');
  const mins = [...summary.literals, ...summary.shapes].map((e) => e.min);
  return {
    run,
    minRun: Math.min(summary.base64.min, ...mins),
    heads,
    classBits,
    classes: [...byClass.values()],
    spaced,
    words: summary.words,
    wordList,
    wordHeads,
    wordThirds,
    base64: { chars: base64Chars, min: summary.base64.min, max: summary.base64.max },
    minKey: Math.min(...mins),
    escape: new RegExp(summary.escapes, 'y'),
  };
}

let builtIn: Tables | undefined;
/** The rules' tables, compiled when the first gate is made: a context that loads this module for its cheap tests alone (the paste guard's) pays nothing for them. */
const builtInTables = (): Tables => (builtIn ??= compileGate(builtInGateSummary()));

/** Index of the first of the sorted `xs` that is at least `x` (xs.length when none is). */
export function firstAtLeast(xs: readonly number[], x: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Characters of text[start, end) that are not whitespace. */
function solid(text: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) if (!WHITESPACE.test(text[i]!)) n++;
  return n;
}

export interface GateContext {
  /** The page's host and title, lower case: provider words there count for every key on it. */
  page(): string;
  /** The opt-in generic rule is on: every run of key characters is worth a look. */
  generic(): boolean;
  /** What the custom and organisation rules need let through (the worker's hello; none when absent). */
  custom?(): CustomGate | undefined;
}

/**
 * Provider words in the text being judged: where each occurs (found on demand, left to right), and
 * the answers for the current stretch. Kept from text to text (a gate call per attribute value
 * must not allocate for two hundred words): only the words found are cleared.
 */
interface WordsSeen {
  /** The text and its lower case; '' between gate calls (no page text is kept). */
  text: string;
  lower: string;
  /** Positions below this have been looked at (findWords). */
  scanned: number;
  at: number[][];
  /** Words with positions in `at`. */
  found: number[];
  near: Uint8Array;
  /** The stretch `near` answers for, per word. */
  askedBy: Uint32Array;
}

/**
 * What let a hit through: a recovery phrase's words (`phrase`), letters of per-word elements read
 * together (`fused-words`), a custom rule's word or any run of key characters (`custom`, `any-run`),
 * a literal the engine looks for anywhere (`word`), a keypair array (`spaced`), a key's prefix or
 * infix literal (`literal`), an escape the engine reads through (`escape`), a key without a
 * literal (`shape`; `shape-open` when it passed only for want of its provider word near an open
 * edge), a base64 value that decodes to a key (`base64`).
 */
export type HitKind = 'phrase' | 'fused-words' | 'custom' | 'any-run' | 'word' | 'spaced' | 'literal' | 'escape' | 'shape' | 'shape-open' | 'base64';

export interface Hit extends Span {
  kind: HitKind;
}

type Visit = (start: number, end: number, kind: HitKind) => boolean | void;

const NO_CONTEXT: GateContext = { page: () => '', generic: () => false };

/** Offsets into a base64 stretch where a value may start when text of another block ran into it. */
const BASE64_SLACK = 64;

export class KeyGate {
  /** Where provider words occur in the text being judged (wordNear). */
  private readonly words: WordsSeen;
  /** Which provider words are in the page's host and title, for the page string last seen. */
  private inPage = { page: '', has: new Uint8Array(0) };
  /** Per character code a shape must hold, where it was last found (holdsCode). */
  private codes = new Map<number, { text: string; from: number; at: number }>();
  /** Where each class's current stretch began (runHolds), by class bit. */
  private readonly stretchFrom = new Int32Array(MAX_CLASSES);
  /** Numbers the stretches judged: wordNear's answers hold for one stretch. */
  private stretchId = 0;

  constructor(private readonly context: GateContext = NO_CONTEXT, private readonly t: Tables = builtInTables()) {
    const n = t.wordList.length;
    this.words = { text: '', lower: '', scanned: 0, at: t.wordList.map(() => []), found: [], near: new Uint8Array(n), askedBy: new Uint32Array(n) };
  }

  /**
   * True when the engine could find something in `text`. `open`: the text is one read of part of
   * the page, whose provider words may stand just outside it (the heading before a subtree read on
   * its own): a key that needs a word passes without one near either edge.
   */
  holds(text: string, open = false): boolean {
    let found = false;
    this.eachHit(text, () => (found = true), open);
    return found;
  }

  /** Every hit, by start (`open` as for holds). */
  hits(text: string, open = false): Hit[] {
    const out: Hit[] = [];
    this.eachHit(text, (start, end, kind) => void out.push({ start, end, kind }), open);
    return out.sort((a, b) => a.start - b.start);
  }

  /** The hits widened by `radius` on each side and merged: what the worker needs to see. */
  windowSpans(text: string, radius = WINDOW_RADIUS): Span[] {
    const out: Span[] = [];
    for (const hit of this.hits(text)) {
      const start = Math.max(0, hit.start - radius);
      const end = Math.min(text.length, hit.end + radius);
      const last = out[out.length - 1];
      if (last && start <= last.end) last.end = Math.max(last.end, end);
      else out.push({ start, end });
    }
    return out;
  }

  /** Calls `visit` for each hit (in no set order) until it returns true. */
  private eachHit(text: string, visit: Visit, open: boolean): void {
    try {
      this.eachHitIn(text, visit, open);
    } finally {
      this.startWords(''); // no page text is kept
      this.codes.clear();
    }
  }

  private eachHitIn(text: string, visit: Visit, open: boolean): void {
    const t = this.t;
    let stop = false;
    const report = (start: number, end: number, kind: HitKind) => (stop = visit(start, end, kind) === true);
    eachPhraseRun(text, (start, end) => report(start, end, 'phrase'));
    if (!stop) eachRun(text, isLetter(), FUSED_WORDS, (start, end) => (mayBeFusedWords(text, start, end) ? report(start, end, 'fused-words') : stop));
    if (stop) return;
    const custom = this.context.custom?.();
    if (custom?.words.length) {
      // Case ignored, as the rules' keywords are: lower-casing keeps offsets but for a few letters, which the window's radius absorbs.
      const lower = text.toLowerCase();
      for (const word of custom.words) {
        for (let at = lower.indexOf(word); at >= 0 && !stop; at = lower.indexOf(word, at + 1)) report(at, Math.min(text.length, at + word.length), 'custom');
      }
      if (stop) return;
    }
    if (this.context.generic() || custom?.anyRun) {
      eachRun(text, isKeyChar(), MIN_RUN, (start, end) => report(start, end, 'any-run'));
      return;
    }
    for (const word of t.words) {
      for (let at = text.indexOf(word); at >= 0 && !stop; at = text.indexOf(word, at + 1)) report(at, at + word.length, 'word');
    }
    // A keypair array's stretch holds at least `min` digits and commas: whitespace alone is no array.
    for (const s of t.spaced) if (!stop) eachRun(text, s.chars, s.min, (start, end) => (solid(text, start, end) >= s.min ? report(start, end, 'spaced') : stop));
    if (!stop) {
      eachRun(text, t.run, t.minRun, (start, end) => {
        const kind = this.runHolds(text, start, end, false, open);
        return kind ? report(start, end, kind) : stop;
      });
    }
  }

  /**
   * True when text[start, end), a run of the gate's characters, holds a key some rule could
   * report: a literal with enough key characters around it, a shape (with its provider word
   * near), an escape, or a base64 value that decodes to such a key. `decoded`: the text is such a
   * value (no base64 inside it; provider words count from the page around it, not from it).
   * Returns what let it through, or undefined.
   */
  private runHolds(text: string, start: number, end: number, decoded = false, open = false): HitKind | undefined {
    const t = this.t;
    for (let i = start; i + 1 < end; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x5c || c === 0x25 || c === 0x26) {
        t.escape.lastIndex = i;
        if (t.escape.test(text)) return 'escape';
      }
      const d = text.charCodeAt(i + 1);
      if (c >= 128 || d >= 128) continue;
      const literals = t.heads[c * 128 + d];
      if (literals === undefined) continue;
      for (const l of literals) {
        if (!text.startsWith(l.text, i)) continue;
        const set = l.chars;
        let a = i;
        while (a > start && set[text.charCodeAt(a - 1)] === 1) a--;
        let z = i;
        while (z < end && set[text.charCodeAt(z)] === 1) z++;
        if (z - a >= l.min) return 'literal';
      }
    }
    // Every shape class's maximal stretches in one pass over the run: a class's bit is set per
    // character, and a stretch ends where its bit goes off (a pass per class read identifier-rich
    // documentation two dozen times).
    const bits = t.classBits;
    const from = this.stretchFrom;
    let inside = 0;
    for (let i = start; i <= end; i++) {
      const code = i < end ? text.charCodeAt(i) : 128;
      const now = code < 128 ? bits[code]! : 0;
      for (let began = now & ~inside; began !== 0; began &= began - 1) from[31 - Math.clz32(began & -began)] = i;
      for (let ended = inside & ~now; ended !== 0; ended &= ended - 1) {
        const k = 31 - Math.clz32(ended & -ended);
        const a = from[k]!;
        if (i - a < t.classes[k]!.min) continue;
        const kind = this.stretchHolds(text, a, i, t.classes[k]!.shapes, decoded, open);
        if (kind) return kind;
      }
      inside = now;
    }
    if (decoded || end - start < t.base64.min) return undefined;
    return this.base64Holds(text, start, end) ? 'base64' : undefined;
  }

  /**
   * Whether text[start, end), a maximal stretch of one class, is a key one of the class's `shapes`
   * describes: 'shape', 'shape-open' when only a provider word beyond the open edge could make it
   * one, or undefined.
   */
  private stretchHolds(text: string, start: number, end: number, shapes: readonly ShapeEntry[], decoded: boolean, open: boolean): HitKind | undefined {
    this.stretchId++;
    let edge = false;
    for (const s of shapes) {
      if (end - start < s.min) break;
      if (s.holds >= 0 && !this.holdsCode(text, start, end, s.holds)) continue;
      if (!s.words || decoded || this.wordNear(text, start, end, s.words)) return 'shape';
      edge ||= open && (start < WORD_REACH || text.length - end < WORD_REACH);
    }
    return edge ? 'shape-open' : undefined;
  }

  /** True when text[start, end) holds the character `code` (native search from the last one found: stretches can be megabytes). */
  private holdsCode(text: string, start: number, end: number, code: number): boolean {
    let found = this.codes.get(code);
    if (found?.text !== text || found.from > start || (found.at >= 0 && found.at < start)) {
      found = { text, from: start, at: text.indexOf(String.fromCharCode(code), start) };
      this.codes.set(code, found);
    }
    return found.at >= 0 && found.at < end;
  }

  /** A provider word (by index) within WORD_REACH of text[start, end), or in the page's host and title. */
  private wordNear(text: string, start: number, end: number, words: readonly number[]): boolean {
    // Where each word occurs is found once per text, in one pass, as far as a stretch asks: a page
    // of identifiers asks thousands of times, for two hundred words.
    const seen = this.words;
    if (seen.text !== text) {
      this.startWords(text);
      this.pageWords();
    }
    const inPage = this.inPage.has;
    const { wordList } = this.t;
    const lo = start - WORD_REACH;
    const hi = end + WORD_REACH;
    this.findWords(seen, hi);
    for (const id of words) {
      if (inPage[id] === 1) return true;
      // One answer per word and stretch, however many of the class's shapes ask.
      if (seen.askedBy[id] !== this.stretchId) {
        seen.askedBy[id] = this.stretchId;
        const at = seen.at[id]!;
        const first = firstAtLeast(at, lo);
        seen.near[id] = first < at.length && at[first]! + wordList[id]!.length <= hi ? 1 : 0;
      }
      if (seen.near[id] === 1) return true;
    }
    return false;
  }

  /** A new text to find words in: the last text's positions are cleared. */
  private startWords(text: string): void {
    const seen = this.words;
    for (const id of seen.found) seen.at[id]!.length = 0;
    seen.found.length = 0;
    seen.text = text;
    seen.lower = text.toLowerCase();
    seen.scanned = 0;
  }

  /** Which provider words the page's host and title hold: asked once per text, worked out again only when they change. */
  private pageWords(): void {
    const page = this.context.page();
    if (page !== this.inPage.page || this.inPage.has.length === 0) {
      this.inPage = { page, has: Uint8Array.from(this.t.wordList, (w) => (page.includes(w) ? 1 : 0)) };
    }
  }

  /**
   * Finds the provider words (case ignored) that start before `to`, from where the last search
   * stopped: stretches are judged left to right, so each position is looked at once, and text past
   * the last stretch that needs a word not at all.
   */
  private findWords(seen: WordsSeen, to: number): void {
    const { wordList, wordHeads, wordThirds } = this.t;
    const { lower, at } = seen;
    const stop = Math.min(to, lower.length - 1);
    for (let i = seen.scanned; i < stop; i++) {
      const c = lower.charCodeAt(i);
      const d = lower.charCodeAt(i + 1);
      if (c >= 128 || d >= 128) continue;
      // Three characters rule out most places before any word is compared.
      const thirds = wordThirds[c * 128 + d]!;
      if (thirds === 0 || (thirds !== -1 >>> 0 && (thirds & (1 << (lower.charCodeAt(i + 2) & 31))) === 0)) continue;
      for (const id of wordHeads.get(c * 128 + d)!) {
        if (!lower.startsWith(wordList[id]!, i)) continue;
        if (at[id]!.length === 0) seen.found.push(id);
        at[id]!.push(i);
      }
    }
    seen.scanned = Math.max(seen.scanned, stop);
  }

  /** The first stretch of at least `e.min` characters of the entry's class within [start, end). */
  private stretch(text: string, start: number, end: number, e: Entry): Span | undefined {
    const set = e.chars;
    const inClass = (i: number) => set[text.charCodeAt(i)] === 1;
    let i = start;
    while (i + e.min <= end) {
      const probe = i + e.min - 1;
      if (!inClass(probe)) {
        i = probe + 1;
        continue;
      }
      let a = probe;
      while (a > i && inClass(a - 1)) a--;
      let z = probe + 1;
      while (z < end && inClass(z)) z++;
      if (z - a >= e.min) return { start: a, end: z };
      i = z + 1;
    }
    return undefined;
  }

  /**
   * A standalone base64 value the engine decodes and scans again (`NAME: <base64>` in a Secret
   * manifest): a stretch of base64 characters that decodes to printable text holding a key. The
   * value may start a little into the stretch when another block's text ran into it.
   */
  private base64Holds(text: string, start: number, end: number): boolean {
    const b = this.t.base64;
    let found = false;
    let from = start;
    while (!found && from < end) {
      const s = this.stretch(text, from, end, b);
      if (!s) return false;
      for (let o = s.start; o + b.min <= s.end && o <= s.start + BASE64_SLACK && !found; o++) {
        const decoded = printableBase64(text, o, Math.min(s.end, o + b.max));
        if (decoded.length >= this.t.minKey && this.runHolds(decoded, 0, decoded.length, true) !== undefined) found = true;
      }
      from = s.end + 1;
    }
    return found;
  }
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const B64_VALUE = new Int8Array(128).fill(-1);
for (let i = 0; i < B64.length; i++) B64_VALUE[B64.charCodeAt(i)] = i;

/** The printable, space-free text text[start, end) decodes to as base64, up to its first other byte. */
function printableBase64(text: string, start: number, end: number): string {
  let acc = 0;
  let bits = 0;
  let out = '';
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    const v = c < 128 ? B64_VALUE[c]! : -1;
    if (v < 0) break;
    acc = ((acc << 6) | v) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      const byte = (acc >> bits) & 0xff;
      if (byte <= 0x20 || byte > 0x7e) break;
      out += String.fromCharCode(byte);
    }
  }
  return out;
}
