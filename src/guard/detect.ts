// Which real keys sit in a field's text, looking only where the user just edited. Pure: the
// content script hands in the text and the edited range; nothing here touches the DOM or storage.
import { hasCandidate, isAlert, scan, type Finding } from '../engine';
import type { Span } from './remove-span';

/** Text shorter than this is scanned whole on every check: cheaper than reasoning about windows. */
export const WHOLE_TEXT_LIMIT = 32_768;
/** Around an edit in a longer text, scan this far each side (a PEM RSA-4096 key is ~3.3 kB). */
export const EDIT_RADIUS = 4_096;
/** How far a window edge may move outwards to reach whitespace, so a key is never cut in half. */
const EDGE_SLACK = 512;

/** The range of `text` to scan after an edit that touched [editStart, editEnd). */
export function scanWindow(text: string, editStart: number, editEnd: number): Span {
  if (text.length <= WHOLE_TEXT_LIMIT) return { start: 0, end: text.length };
  let start = Math.max(0, Math.min(editStart, editEnd) - EDIT_RADIUS);
  let end = Math.min(text.length, Math.max(editStart, editEnd) + EDIT_RADIUS);
  const minStart = Math.max(0, start - EDGE_SLACK);
  while (start > minStart && !/\s/.test(text[start - 1] ?? ' ')) start--;
  const maxEnd = Math.min(text.length, end + EDGE_SLACK);
  while (end < maxEnd && !/\s/.test(text[end] ?? ' ')) end++;
  return { start, end };
}

export interface DetectOptions {
  /** Host, field label, placeholder…: provider context for keys without a prefix (Kraken's). */
  context: string;
  salt: string;
  includeGeneric?: boolean;
}

/** A real key worth interrupting for: an alert the engine also counts as an exposure. */
export function isGuardAlert(f: Finding): boolean {
  return isAlert(f) && f.notCounted === undefined;
}

/** Findings worth a warning in `text` within `window`, with spans into the whole `text`. */
export function findAlerts(text: string, window: Span, options: DetectOptions): Finding[] {
  const slice = window.start === 0 && window.end === text.length ? text : text.slice(window.start, window.end);
  if (!hasCandidate(slice)) return [];
  return scan(slice, { salt: options.salt, context: options.context, includeGeneric: options.includeGeneric })
    .filter(isGuardAlert)
    .map((f) => ({ ...f, start: f.start + window.start, end: f.end + window.start }));
}
