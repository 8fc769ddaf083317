// The content script's only test of page text: runs of key characters. Every key the engine
// reports holds a run of at least 20 token characters, as written or once its escapes are decoded
// (`\/`, `\u002b`, `&#43;`, `%2B`); escape characters count as key characters here, so an escaped
// key is one run too. Text without a run of MIN_RUN such characters cannot hold a key, and text
// with one is cut into windows around its runs for the worker's engine. No rule data lives here:
// the engine stays in the worker, and this script stays small and cheap to start in every frame.

import type { Span } from '../shared/protocol';

/** Shortest run worth a window: below every key the engine reports (tested against its rules). */
export const MIN_RUN = 16;

/**
 * Characters kept on each side of a run: the engine's context look-behind and pair gap fit in it
 * (a test holds the engine's own window radius to it).
 */
export const WINDOW_RADIUS = 512;

const KEY_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/_=-\\%&#;';
// Indexed by any UTF-16 code unit, so the hot loop needs no range check before the lookup.
const IS_KEY_CHAR = new Uint8Array(65536);
for (const c of KEY_CHARS) IS_KEY_CHAR[c.charCodeAt(0)] = 1;

/**
 * Start of the next run of at least MIN_RUN key characters at or after `from` (its end in
 * `out.end`), or -1. A run starting at or after i must cover i + MIN_RUN - 1, so only that
 * character is probed; when it is no key character the search jumps past it. On prose that reads
 * about one character in five.
 */
function nextRun(text: string, from: number, out: Span): number {
  const n = text.length;
  const reach = MIN_RUN - 1;
  let i = from;
  while (i + reach < n) {
    const probe = i + reach;
    if (IS_KEY_CHAR[text.charCodeAt(probe)] === 0) {
      i = probe + 1;
      continue;
    }
    let start = probe;
    while (start > i && IS_KEY_CHAR[text.charCodeAt(start - 1)] === 1) start--;
    let end = probe + 1;
    while (end < n && IS_KEY_CHAR[text.charCodeAt(end)] === 1) end++;
    if (end - start >= MIN_RUN) {
      out.start = start;
      out.end = end;
      return start;
    }
    i = end + 1;
  }
  return -1;
}

/** True when `text` holds a run of at least MIN_RUN key characters. */
export function hasRun(text: string): boolean {
  return nextRun(text, 0, { start: 0, end: 0 }) >= 0;
}

/** Every run of at least MIN_RUN key characters, in order. */
export function runsOf(text: string): Span[] {
  const out: Span[] = [];
  const run = { start: 0, end: 0 };
  for (let at = nextRun(text, 0, run); at >= 0; at = nextRun(text, run.end + 1, run)) {
    out.push({ start: run.start, end: run.end });
  }
  return out;
}

/** The runs of `text` widened by `radius` on each side and merged: what the worker needs to see. */
export function windowSpans(text: string, radius = WINDOW_RADIUS): Span[] {
  const out: Span[] = [];
  for (const run of runsOf(text)) {
    const start = Math.max(0, run.start - radius);
    const end = Math.min(text.length, run.end + radius);
    const last = out[out.length - 1];
    if (last && start <= last.end) last.end = Math.max(last.end, end);
    else out.push({ start, end });
  }
  return out;
}
