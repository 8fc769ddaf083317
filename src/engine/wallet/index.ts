// Wallet secrets: BIP-39 recovery phrases, wallet private keys and SeedQR payloads, reported as the
// engine's ordinary Findings (provider 'wallet'). scan() calls walletFindings once per text; the
// QR payload parser calls seedQrFindings; the page side calls phrasesInWords with the words of
// per-word inputs or elements, after gate.ts's mayHoldPhrase / mayBePhraseWord said it may be one.
import { tokensFor } from '../prefilter';
import type { Finding, ScanOptions } from '../types';
import { toFinding } from './found';
import { keyHits } from './keys';
import { phraseHits } from './phrase';
import { seedQrHit } from './seedqr';

export { mayBePhraseWord, mayHoldPhrase, MIN_WORDS } from './gate';
export { phraseFindings } from './phrase';

/**
 * Wallet findings in `text`, sorted by start. Key candidates come from the engine's first pass
 * over the same text (tokenize keeps its last result, so scan() pays for it once).
 */
export function walletFindings(text: string, options: ScanOptions = {}): Finding[] {
  const runs = tokensFor(text, options).shapes;
  const hits = [...phraseHits(text), ...keyHits(text, runs)].sort((a, b) => a.start - b.start);
  return hits.map((h) => toFinding(h, options));
}

/** A phrase among a list of words (one per input or element): which words, and the finding. */
export interface WordsPhrase {
  /** Index of its first word in the list, and how many words it has. */
  first: number;
  count: number;
  /** start and end are offsets into words.join('\n'). */
  finding: Finding;
}

/**
 * Phrases in `words`, in order. Each entry is one input's or element's text (trimmed here); a
 * phrase may start at any entry. `abbreviated` also accepts English words' first four letters
 * (SeedSigner's short form).
 */
export function phrasesInWords(words: readonly string[], options: ScanOptions & { abbreviated?: boolean } = {}): WordsPhrase[] {
  const starts: number[] = [];
  let text = '';
  for (const w of words) {
    if (starts.length > 0) text += '\n';
    starts.push(text.length);
    text += w.trim();
  }
  const wordAt = (offset: number): number => {
    let i = starts.length - 1;
    while (i > 0 && (starts[i] as number) > offset) i--;
    return i;
  };
  return phraseHits(text, options.abbreviated === true).map((h) => {
    const first = wordAt(h.start);
    return { first, count: wordAt(h.end - 1) - first + 1, finding: toFinding(h, options) };
  });
}

/** A SeedQR (Standard or Compact) when `payload` is one: the whole payload is the finding. */
export function seedQrFindings(payload: string, options: ScanOptions = {}): Finding[] {
  const hit = seedQrHit(payload);
  return hit ? [toFinding(hit, { ...options, source: 'qr' })] : [];
}
