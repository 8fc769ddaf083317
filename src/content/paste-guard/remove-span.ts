// "Remove it from the field": cut exactly the key spans out of a field's text, nothing else,
// and put the caret where the user would expect it. Pure, so it is tested without a browser.
import type { Span } from '../../shared/protocol';

/** Spans clamped to [0, length], empty ones dropped, sorted and merged where they overlap or touch. */
export function normalizeSpans(spans: readonly Span[], length: number): Span[] {
  const clamped = spans
    .map((s) => ({ start: Math.max(0, Math.min(s.start, length)), end: Math.max(0, Math.min(s.end, length)) }))
    .filter((s) => s.end > s.start)
    .sort((a, b) => a.start - b.start);
  const merged: Span[] = [];
  for (const s of clamped) {
    const last = merged[merged.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else merged.push({ ...s });
  }
  return merged;
}

/**
 * `value` without the given spans. The caret keeps its place relative to the surrounding text:
 * after a removed span it moves left by what was removed before it; inside one it lands where the
 * span was.
 */
export function removeSpans(value: string, spans: readonly Span[], caret: number): { value: string; caret: number } {
  const parts: string[] = [];
  let from = 0;
  let removedBeforeCaret = 0;
  let newCaret: number | undefined;
  for (const s of normalizeSpans(spans, value.length)) {
    parts.push(value.slice(from, s.start));
    if (caret >= s.end) removedBeforeCaret += s.end - s.start;
    else if (caret > s.start) newCaret = s.start - removedBeforeCaret;
    from = s.end;
  }
  parts.push(value.slice(from));
  const clampedCaret = Math.max(0, Math.min(caret, value.length));
  return { value: parts.join(''), caret: newCaret ?? clampedCaret - removedBeforeCaret };
}

/**
 * Where `needle` occurs in `haystack`, preferring the occurrence nearest `near` (the field may hold
 * the same key twice; the one the warning was about is the one closest to where it was seen).
 */
export function locateNearest(haystack: string, needle: string, near: number): Span | undefined {
  if (needle === '') return undefined;
  const after = haystack.indexOf(needle, Math.max(0, near));
  const before = haystack.lastIndexOf(needle, Math.max(0, near));
  const candidates = [after, before].filter((i) => i >= 0);
  if (candidates.length === 0) return undefined;
  const best = candidates.reduce((a, b) => (Math.abs(a - near) <= Math.abs(b - near) ? a : b));
  return { start: best, end: best + needle.length };
}
