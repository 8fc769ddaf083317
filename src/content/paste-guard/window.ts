// Where to look after an edit in a field: the edited part and enough around it for a key and its
// context. Pure, and free of the engine, so the content script can use it.
import type { Span } from '../../shared/protocol';

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
