// Public surface of the engine: pure, synchronous, no platform APIs.
import { decode, needsDecoding } from './decode';
import { quickCandidate, releaseTokens } from './prefilter';
import { collect, eachBase64Value, eachIsland } from './scan';
import { WORDS_BEFORE } from './context';
import type { ScanOptions } from './types';
import { walletFindings } from './wallet';

export * from './types';
export { scan } from './scan';
export { PROVIDERS } from './providers';
export { redact } from './redact';
export { fingerprint } from './fingerprint';
export { RULES } from './rules';
export type { Rule } from './rules/rule';
export { mayBePhraseWord, mayHoldPhrase, phrasesInWords, type WordsPhrase } from './wallet';

/** Default candidateWindows radius: covers the provider-word look-behind with room to spare. */
export const WINDOW_RADIUS = WORDS_BEFORE + 112;

/**
 * Cheap test: could `text` hold anything scan() reports? False positives are fine, misses are
 * not. Pass the same includeGeneric as to scan().
 */
export function hasCandidate(text: string, options: Pick<ScanOptions, 'includeGeneric'> = {}): boolean {
  const optIn = options.includeGeneric === true;
  // A base64-encoded value counts when its decoded text (NAME=value) has a candidate.
  const inner = (t: string) => (quickCandidate(t, optIn) ? [{ start: t.indexOf('=') + 1, end: t.length }] : []);
  const found =
    quickCandidate(text, optIn) ||
    (needsDecoding(text) && quickCandidate(decode(text).text, optIn)) ||
    eachBase64Value(text, options, inner).length > 0 ||
    walletFindings(text, options).length > 0;
  releaseTokens();
  return found;
}

/**
 * Merged spans of `text` around every raw candidate, widened by `radius` on both sides, so a
 * caller can scan only these parts. With the default radius each window holds the context
 * words (WORDS_BEFORE), names and pair partners (PAIR_GAP) scan() looks at, so results agree
 * with a full scan; a smaller radius trades that for less text.
 */
export function candidateWindows(
  text: string,
  radius = WINDOW_RADIUS,
  options: Pick<ScanOptions, 'includeGeneric'> = {},
): Array<{ start: number; end: number }> {
  const raw = [
    ...collect(text, options),
    ...walletFindings(text, options),
    ...eachBase64Value(text, options, (t) => collect(t, options)),
    // A key found once escapes are decoded gets its whole island: its context words are counted
    // in decoded characters, so they may sit further away in the text as written.
    ...eachIsland(text, (t) => (collect(t, options).length > 0 ? [{ start: 0, end: t.length }] : [])),
  ];
  releaseTokens();
  const spans = raw
    .map((m) => [m.start, m.end] as const)
    .sort((a, b) => a[0] - b[0]);
  const out: Array<{ start: number; end: number }> = [];
  for (const [s, e] of spans) {
    const start = runStart(text, Math.max(0, s - radius));
    const end = runEnd(text, Math.min(text.length, e + radius));
    const last = out[out.length - 1];
    if (last && start <= last.end) last.end = Math.max(last.end, end);
    else out.push({ start, end });
  }
  return out;
}

// Key characters and the escape characters that may stand for them. A window edge never falls
// inside such a run: cut there, an escaped neighbour decodes to a different, shorter value.
const RUN_CHAR = /[A-Za-z0-9+/_=\\%&#;-]/;
/** How far an edge moves out at most, so one giant run cannot make a window the whole text. */
const MAX_EDGE_MOVE = 2048;

function runStart(text: string, at: number): number {
  let i = at;
  while (i > 0 && at - i < MAX_EDGE_MOVE && RUN_CHAR.test(text[i - 1] as string)) i--;
  return i;
}

function runEnd(text: string, at: number): number {
  let i = at;
  while (i < text.length && i - at < MAX_EDGE_MOVE && RUN_CHAR.test(text[i] as string)) i++;
  return i;
}
