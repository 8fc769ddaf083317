// The ten BIP-39 wordlists (from @scure/bip39) and an exact, normalised word → index lookup.
// Words are compared NFKD-normalised, lower-cased and without Latin accents: people type
// "abaco" for Spanish "ábaco", and pages hold NFC text while the lists are NFKD. Within each
// list the stripped forms stay unique (words.test.ts checks it).
import { wordlist as czech } from '@scure/bip39/wordlists/czech.js';
import { wordlist as english } from '@scure/bip39/wordlists/english.js';
import { wordlist as french } from '@scure/bip39/wordlists/french.js';
import { wordlist as italian } from '@scure/bip39/wordlists/italian.js';
import { wordlist as japanese } from '@scure/bip39/wordlists/japanese.js';
import { wordlist as korean } from '@scure/bip39/wordlists/korean.js';
import { wordlist as portuguese } from '@scure/bip39/wordlists/portuguese.js';
import { wordlist as chineseSimplified } from '@scure/bip39/wordlists/simplified-chinese.js';
import { wordlist as spanish } from '@scure/bip39/wordlists/spanish.js';
import { wordlist as chineseTraditional } from '@scure/bip39/wordlists/traditional-chinese.js';
import { GATE_BITS, MAX_WORD_CHARS, gateHash, normalizeListWord, normalizeWord, type WordTable } from './gate';

export interface Language {
  /** Short code used in fingerprints' neighbours and tests, e.g. 'en', 'zh-Hans'. */
  code: string;
  /** English name shown in redacted previews. */
  name: string;
  words: readonly string[];
}

export const LANGUAGES: readonly Language[] = [
  { code: 'en', name: 'English', words: english },
  { code: 'ja', name: 'Japanese', words: japanese },
  { code: 'ko', name: 'Korean', words: korean },
  { code: 'es', name: 'Spanish', words: spanish },
  { code: 'zh-Hans', name: 'Chinese (simplified)', words: chineseSimplified },
  { code: 'zh-Hant', name: 'Chinese (traditional)', words: chineseTraditional },
  { code: 'fr', name: 'French', words: french },
  { code: 'it', name: 'Italian', words: italian },
  { code: 'cs', name: 'Czech', words: czech },
  { code: 'pt', name: 'Portuguese', words: portuguese },
];

export const ENGLISH = 0;

/** Each list's words in normalised form, by language; built on first use, shared by both tables. */
let forms: readonly (readonly string[])[] | undefined;
/** Packed (language << 11 | index) entries per normalised word; built on first use. */
let lookup: Map<string, number[]> | undefined;
/** English words by their first four letters (SeedSigner's abbreviated form). */
let englishByPrefix: Map<string, number> | undefined;

function normalisedLists(): readonly (readonly string[])[] {
  forms ??= LANGUAGES.map((lang) => lang.words.map(normalizeListWord));
  return forms;
}

function table(): Map<string, number[]> {
  if (lookup) return lookup;
  const map = new Map<string, number[]>();
  normalisedLists().forEach((words, l) => {
    words.forEach((key, i) => {
      const list = map.get(key);
      if (list) list.push((l << 11) | i);
      else map.set(key, [(l << 11) | i]);
    });
  });
  lookup = map;
  return map;
}

/**
 * Where `word` (as written) appears: packed (language << 11 | index) entries, or undefined.
 * `abbreviated` also accepts an English word's first four letters.
 */
export function wordEntries(word: string, abbreviated = false): readonly number[] | undefined {
  const key = normalizeWord(word);
  const found = table().get(key);
  if (!abbreviated || key.length !== 4) return found;
  // "plan" is a word of other lists and the start of English "planet": both readings count.
  if (!englishByPrefix) englishByPrefix = new Map(english.map((w, i) => [w.slice(0, 4), i]));
  const i = englishByPrefix.get(key);
  if (i === undefined || found?.some((e) => e >> 11 === ENGLISH)) return found;
  return [...(found ?? []), (ENGLISH << 11) | i];
}

function hashedWords(bits: number, prefix: number): Uint8Array {
  const table = new Uint8Array(bits / 8);
  for (const words of normalisedLists()) {
    for (const w of words) {
      const h = gateHash(w.slice(0, prefix)) & (bits - 1);
      table[h >> 3] = (table[h >> 3] as number) | (1 << (h & 7));
    }
  }
  return table;
}

/** The gate's table (gate-table.ts): one bit per hashed four-letter prefix of every word. */
export function buildGateTable(): Uint8Array {
  return hashedWords(GATE_BITS, 4);
}

let exact: WordTable | undefined;

/**
 * Whole words hashed into 2^19 bits (64 KB; about one other token in 28 passes): the engine's word
 * runs, much sparser than the gate's in code and prose, where many tokens share a word's first
 * four letters.
 */
export function exactTable(): WordTable {
  exact ??= { bits: hashedWords(1 << 19, MAX_WORD_CHARS), prefix: MAX_WORD_CHARS };
  return exact;
}
