// The guard's page-side test for recovery phrases: shape only, no wordlist and no engine (those live
// in the worker, which decides). A BIP-39 word is 3 to 9 Latin letters (4 of them identify it, so
// people also write the first four), or 1 to 12 kana, Hangul or Han characters; a phrase is 12 to
// 24 of them in a row with only what people put between the words of a phrase in between: spaces
// (the ideographic one too), line breaks, commas, quotes, bullets, list numbers ("1.", "2)"), and
// in pasted markup or JSON tags, entities and "\n". Prose breaks such runs quickly: short words
// ("a", "of"), long ones, and a sentence's full stop. Text that passes goes to the worker.

/** Fewest words in a recovery phrase. */
export const MIN_PHRASE_WORDS = 12;

/** Most characters between two words of one phrase (numbering, tags and all). */
const MAX_GAP = 160;

/** Words, and the markup they may sit in (read whole, so a tag's name is no word). */
const TOKEN = /<[^<>]{1,200}>|&#?\w{1,8};|\\[nrt]|[\p{L}\p{M}]+/gu;
const MARKS = /\p{M}/gu;
const LATIN = /^\p{Script=Latin}/u;
const EAST_ASIAN = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const LETTERS_ONLY = /^[\p{L}\p{M}]+$/u;
/** What may stand between two words of a phrase. */
const GAP = /^(?:[\s\u200b,;|\u3001\uff0c"'`\u201c\u201d\u2018\u2019\u00ab\u00bb\u2022*#-]|\d{1,2}[.):]?|<[^<>]{1,200}>|&#?\w{1,8};|\\[nrt])*$/u;
/** A longer number (a year, an amount) is not list numbering. */
const LONG_NUMBER = /\d{3}/;

/** A token of letters that has the shape of a BIP-39 word in one of the ten lists. */
function wordShaped(token: string): boolean {
  const letters = token.replace(MARKS, '').length;
  if (LATIN.test(token)) return letters >= 3 && letters <= 9;
  return EAST_ASIAN.test(token) && letters >= 1 && letters <= 12;
}

function phraseGap(gap: string): boolean {
  return gap.length <= MAX_GAP && GAP.test(gap) && !LONG_NUMBER.test(gap);
}

/** Could `text` hold a recovery phrase? True for every phrase the engine finds (tests hold it to that). */
export function mayBePhrase(text: string): boolean {
  let run = 0;
  let end = 0;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    if (!LETTERS_ONLY.test(m[0])) continue; // markup: part of the gap to the next word
    const joined = run > 0 && phraseGap(text.slice(end, m.index));
    run = wordShaped(m[0]) ? (joined ? run + 1 : 1) : 0;
    if (run >= MIN_PHRASE_WORDS) return true;
    end = m.index + m[0].length;
  }
  return false;
}

/** Is `value` (one form input's) a single word with the shape of a BIP-39 word? */
export function isPhraseWord(value: string): boolean {
  const w = value.trim();
  return LETTERS_ONLY.test(w) && wordShaped(w);
}
