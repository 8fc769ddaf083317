// BIP-39 recovery phrases in text: word runs from the gate (gate.ts), looked up exactly per
// language, then every window of 12, 15, 18, 21 or 24 words is tried against the checksum.
// The checksum holds by chance for one 12-word window in 16, so a run longer than a phrase has
// "valid" windows that are not phrases: windows that start and end where the writing breaks (a
// line, a quote, a list number 1…n) and longer windows win, each word is reported in one phrase
// at most, and windows that read like a word list (alphabetical) or like English prose are not
// phrases. Words numbered out of reading order (a grid numbered down its columns, read row by row)
// are taken in the order of their numbers. The library's own check (@scure/bip39) confirms each
// phrase kept.
// Electrum (2.0 and later) writes its own seeds with the same English words and no checksum: a
// seed is valid when HMAC-SHA512(key "Seed version", the phrase) begins with a registered version
// (01 standard, 100 segwit, 101 2FA, 102 2FA segwit; Electrum's docs, "Seed Version System"). That
// holds by chance for about one window in 200, so English windows of 12 or 13 words (Electrum 2.x's
// lengths) that fail the BIP-39 checksum are tried against it, under the same layout rules.
import { hmac } from '@noble/hashes/hmac.js';
import { sha512 } from '@noble/hashes/sha2.js';
import { mnemonicToEntropy } from '@scure/bip39';
import type { Finding, ScanOptions } from '../types';
import { sha256, utf8 } from '../sha256';
import { eachWordRun, gateTable, MIN_WORDS, type WordRun } from './gate';
import { toFinding, type WalletHit } from './found';
import { LANGUAGES, exactTable, wordEntries } from './words';

export const PHRASE_LENGTHS = [24, 21, 18, 15, 12] as const;
/** Window lengths tried in English: BIP-39's and Electrum's (12 or 13 words). */
const ENGLISH_LENGTHS = [24, 21, 18, 15, 13, 12] as const;
const ENGLISH = 0;
const SEED_VERSION_KEY = utf8('Seed version');
/** A run of more words than this is a word list, not a phrase with words around it. */
const MAX_RUN_WORDS = 256;

/** True when the 11-bit word indexes idx[from, from + n) carry a valid BIP-39 checksum. */
export function checksumValid(idx: ArrayLike<number>, from: number, n: number): boolean {
  const entropyBytes = (n * 4) / 3;
  const bytes = new Uint8Array(entropyBytes + 1);
  let acc = 0;
  let bits = 0;
  let pos = 0;
  for (let i = from; i < from + n; i++) {
    acc = (acc << 11) | (idx[i] as number);
    bits += 11;
    while (bits >= 8) {
      bits -= 8;
      bytes[pos++] = (acc >>> bits) & 0xff;
    }
    acc &= (1 << bits) - 1;
  }
  if (bits > 0) bytes[pos] = (acc << (8 - bits)) & 0xff;
  const checksumBits = n / 3;
  const expected = (sha256(bytes.subarray(0, entropyBytes))[0] as number) >> (8 - checksumBits);
  return (bytes[entropyBytes] as number) >> (8 - checksumBits) === expected;
}

/** Word indexes that read like a sorted word list: nearly every step goes the same way. */
function sorted(idx: ArrayLike<number>, from: number, n: number): boolean {
  let up = 0;
  let down = 0;
  for (let i = from + 1; i < from + n; i++) {
    if ((idx[i] as number) > (idx[i - 1] as number)) up++;
    else if ((idx[i] as number) < (idx[i - 1] as number)) down++;
  }
  return up >= n - 2 || down >= n - 2;
}

function distinct(idx: ArrayLike<number>, from: number, n: number): number {
  const seen = new Set<number>();
  for (let i = from; i < from + n; i++) seen.add(idx[i] as number);
  return seen.size;
}

export interface PhraseWindow {
  /** Token offsets into the run. */
  from: number;
  n: number;
  language: number;
  indexes: number[];
  /** Electrum's seed type when the window is an Electrum seed rather than a BIP-39 phrase. */
  electrum?: string;
}

interface Scored extends PhraseWindow {
  score: number;
}

/**
 * Electrum's seed type for English word indexes idx[from, from + n) (standard, segwit, 2fa,
 * 2fa-segwit), undefined when the version prefix is not a registered one. The words are already
 * Electrum's normalised form: lower case, one space apart.
 */
export function electrumSeedType(idx: ArrayLike<number>, from: number, n: number): string | undefined {
  const words = LANGUAGES[ENGLISH]?.words ?? [];
  const parts: string[] = [];
  for (let i = from; i < from + n; i++) parts.push(words[idx[i] as number] as string);
  const h = hmac(sha512, SEED_VERSION_KEY, utf8(parts.join(' ')));
  if (h[0] === 0x01) return 'standard';
  if (h[0] !== 0x10) return undefined;
  return ['segwit', '2fa', '2fa-segwit'][(h[1] as number) >> 4];
}

/**
 * Words a window may leave in its run where the writing does not break ("my seed is … please
 * help"), on both sides together. A 24-word phrase whose checksum fails holds shorter windows that
 * pass by chance; they leave more words on the line, so they are not taken for phrases.
 */
const SLACK = 2;

/**
 * How well a window fits the writing around it (-1: not a phrase): a break (line, quote, tag, run
 * end) before its first word and after its last, and list numbers 1…n that stop there.
 */
function score(run: WordRun, offset: number, from: number, n: number, count: number): number {
  const first = offset + from;
  const last = first + n - 1;
  const startsClean = from === 0 || run.breaks[first] === 1;
  const listGoesOn = (run.numbers[last] as number) >= 0 && run.numbers[last + 1] === (run.numbers[last] as number) + 1;
  const endsClean = from + n === count || (run.breaks[last + 1] === 1 && !listGoesOn);
  const before = startsClean ? 0 : from;
  const after = endsClean ? 0 : count - from - n;
  if (before + after > SLACK) return -1;
  let s = (startsClean ? 1 : 0) + (endsClean ? 1 : 0);
  if (run.numbers[first] === 1 && run.numbers[last] === n) s += 2;
  return s;
}

/** A window that is not a numbered phrase: part of a longer numbered list, or one with words beside it. */
const NOT_NUMBERED_AS_PHRASE = new Int16Array(0);

/**
 * How the window's list numbers order it. The numbers are order hints, never words. When its
 * numbered words stand together they must be all of it and be numbered 1…n each once: not words
 * 13 to 24 of a list, nor a list with a heading's word before it ("phrase 1. … 11."). When that
 * order is not the reading order (a grid numbered down its columns, read row by row: 1 7 2 8 …)
 * the word indexes come back in the numbers' order. Undefined: take the window as it reads (no
 * numbers or one, numbers in order, or numbered and unnumbered words taking turns).
 */
function numberedOrder(run: WordRun, first: number, idx: Int16Array, from: number, n: number): Int16Array | undefined {
  let a = -1;
  let b = -1;
  for (let t = 0; t < n; t++) {
    if ((run.numbers[first + t] as number) < 0) continue;
    if (a < 0) a = t;
    else if (b < t - 1) return undefined; // an unnumbered word between numbered ones
    b = t;
  }
  // One number is no list ("wallet 1: …" before a phrase written on one line).
  if (a < 0 || a === b) return undefined;
  if (a > 0 || b < n - 1) return NOT_NUMBERED_AS_PHRASE;
  const out = new Int16Array(n).fill(-1);
  let inOrder = true;
  for (let t = 0; t < n; t++) {
    const k = (run.numbers[first + t] as number) - 1;
    if (k < 0 || k >= n || (out[k] as number) >= 0) return NOT_NUMBERED_AS_PHRASE;
    out[k] = idx[from + t] as number;
    if (k !== t) inOrder = false;
  }
  return inOrder ? undefined : out;
}

/**
 * The phrases among `idx` (word indexes of one language, `count` of them, run tokens from
 * `offset` on): valid windows by structure, then length, then position, never sharing a word.
 */
function pickWindows(run: WordRun, offset: number, idx: Int16Array, count: number, language: number): Scored[] {
  const found: Scored[] = [];
  for (const n of language === ENGLISH ? ENGLISH_LENGTHS : PHRASE_LENGTHS) {
    for (let from = 0; from + n <= count; from++) {
      const numbered = numberedOrder(run, offset + from, idx, from, n);
      if (numbered === NOT_NUMBERED_AS_PHRASE) continue;
      const words = numbered ?? idx;
      const at = numbered ? 0 : from;
      if (sorted(words, at, n)) continue;
      const bip39 = n !== 13 && checksumValid(words, at, n);
      const electrum = !bip39 && language === ENGLISH && n <= 13 ? electrumSeedType(words, at, n) : undefined;
      if (!bip39 && electrum === undefined) continue;
      const fit = score(run, offset, from, n, count);
      if (fit < 0) continue;
      // A numbered permutation is as good a sign as a list numbered 1…n in order.
      const w: Scored = { from, n, language, indexes: Array.from(words.subarray(at, at + n)), score: numbered ? fit + 2 : fit };
      if (electrum !== undefined) w.electrum = electrum;
      found.push(w);
    }
  }
  found.sort((a, b) => b.score - a.score || b.n - a.n || a.from - b.from);
  const kept: Scored[] = [];
  for (const w of found) {
    if (kept.every((k) => w.from + w.n <= k.from || k.from + k.n <= w.from)) kept.push(w);
  }
  return kept;
}

/** Every phrase in one run of gate tokens: exact lookups, then windows per language. */
function phrasesInRun(text: string, run: WordRun, abbreviated: boolean): Array<PhraseWindow & { start: number; end: number }> {
  const count = run.count;
  if (count > MAX_RUN_WORDS) return [];
  const entries: Array<readonly number[] | undefined> = [];
  for (let t = 0; t < count; t++) entries.push(wordEntries(text.slice(run.starts[t], run.ends[t]), abbreviated));
  const out: Array<PhraseWindow & { start: number; end: number }> = [];
  const idx = new Int16Array(count);
  LANGUAGES.forEach((_, language) => {
    // Maximal stretches of tokens that are words of this language.
    let t = 0;
    while (t < count) {
      let len = 0;
      while (t + len < count) {
        const hit = entries[t + len]?.find((e) => e >> 11 === language);
        if (hit === undefined) break;
        idx[len] = hit & 0x7ff;
        len++;
      }
      if (len >= MIN_WORDS) {
        for (const w of pickWindows(run, t, idx, len, language)) {
          const first = t + w.from;
          out.push({ ...w, from: first, start: run.starts[first] as number, end: run.ends[first + w.n - 1] as number });
        }
      }
      t += len + 1;
    }
  });
  return out;
}

function confirmed(w: PhraseWindow): boolean {
  // Electrum's version check is the whole of its validity, already made.
  if (w.electrum !== undefined) return true;
  const words = LANGUAGES[w.language]?.words ?? [];
  try {
    mnemonicToEntropy(w.indexes.map((i) => words[i]).join(' '), words as string[]);
    return true;
  } catch {
    return false;
  }
}

export function phraseSecret(indexes: readonly number[]): string {
  return `bip39:${indexes.join(' ')}`;
}

/** An Electrum seed's normalised form: its words' indexes in Electrum's (BIP-39's) English list. */
export function electrumSecret(indexes: readonly number[]): string {
  return `electrum:${indexes.join(' ')}`;
}

/** Hits for the phrases of `text`; overlapping phrases of other languages are dropped. */
export function phraseHits(text: string, abbreviated = false): WalletHit[] {
  const hits: WalletHit[] = [];
  // Abbreviated words (QR payloads) are only a prefix of their word: the gate's table knows them.
  const table = abbreviated ? gateTable() : exactTable();
  eachWordRun(text, MIN_WORDS, (run) => {
    for (const w of phrasesInRun(text, run, abbreviated)) {
      if (hits.some((h) => h.start < w.end && w.start < h.end) || !confirmed(w)) continue;
      const lang = LANGUAGES[w.language]?.name ?? '';
      const electrum = w.electrum !== undefined;
      hits.push({
        rule: electrum ? 'electrum-seed' : 'bip39-phrase',
        kind: 'recovery-phrase',
        severity: 'critical',
        confidence: 'high',
        start: w.start,
        end: w.end,
        redacted: electrum ? `${w.n}-word Electrum seed (${w.electrum}, version valid)` : `${w.n}-word phrase (${lang}, checksum valid)`,
        secret: electrum ? electrumSecret(w.indexes) : phraseSecret(w.indexes),
        ...(distinct(w.indexes, 0, w.n) <= w.n / 2 ? { notCounted: 'placeholder' as const } : {}),
      });
    }
  }, table);
  return hits;
}

/** Phrase findings alone; `abbreviated` also takes English words' first four letters (QR). */
export function phraseFindings(text: string, options: ScanOptions = {}, abbreviated = false): Finding[] {
  return phraseHits(text, abbreviated).map((h) => toFinding(h, options));
}
