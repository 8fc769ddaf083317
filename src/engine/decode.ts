// Keys embedded in JSON, JS strings, HTML or URLs may be written with escapes: `\/`, `\u002b`,
// `&#43;`, `&amp;`, `%2B`. We decode into a normalized string plus a sparse map back to the
// offsets as written, only when an escape is present, so the common path allocates nothing.

/**
 * Escapes worth decoding: those that can stand for a character of a key or of its name
 * (printable ASCII). `\uD83D` and friends are everywhere in scripts and never part of a key, so
 * they are not even matched. `\"` and `\\` are left alone too: labels skip a backslash anyway.
 */
export const ESCAPE_SOURCE = '\\\\/|\\\\u00[2-7][0-9a-fA-F]|\\\\x[2-7][0-9a-fA-F]|&(?:#[xX]?[0-9a-fA-F]{1,7}|amp|quot|plus|sol|equals|lt|gt|apos);|%(?:2[BbFf6]|3[Dd])';
// Sticky: tried only where indexOf found one of the three characters that start an escape,
// which is several times faster than letting a regex walk the whole text.
const ESCAPE_AT = new RegExp(ESCAPE_SOURCE, 'y');
const STARTS = ['\\', '&', '%'];

/** Calls `visit` with each escape in order; stops early when it returns true. */
function eachEscape(text: string, visit: (m: string, at: number) => boolean | void): void {
  const next = STARTS.map((c) => text.indexOf(c));
  for (;;) {
    let k = -1;
    for (let j = 0; j < 3; j++) if ((next[j] as number) >= 0 && (k < 0 || (next[j] as number) < (next[k] as number))) k = j;
    if (k < 0) return;
    const at = next[k] as number;
    ESCAPE_AT.lastIndex = at;
    const m = ESCAPE_AT.exec(text);
    let resume = at + 1;
    if (m !== null) {
      if (visit(m[0], at) === true) return;
      resume = at + m[0].length;
    }
    for (let j = 0; j < 3; j++) if ((next[j] as number) >= 0 && (next[j] as number) < resume) next[j] = text.indexOf(STARTS[j] as string, resume);
  }
}

export interface Decoded {
  text: string;
  /**
   * Four entries per decoded escape, ascending: decoded start, decoded end, original start,
   * original end. Between escapes offsets move together. Null when nothing was decoded.
   */
  marks: Int32Array | null;
}

export function needsDecoding(text: string): boolean {
  let found = false;
  eachEscape(text, () => (found = true));
  return found;
}

const NAMED: Record<string, string> = {
  amp: '&', quot: '"', lt: '<', gt: '>', apos: "'", plus: '+', sol: '/', equals: '=',
};

const PERCENT: Record<string, string> = { '2b': '+', '2f': '/', '3d': '=', '26': '&' };

/** What the escape `esc` (a whole ESCAPE match) decodes to, or null when it is not one after all. */
function decodeOne(esc: string): string | null {
  if (esc[0] === '\\') return esc.length === 2 ? '/' : String.fromCharCode(parseInt(esc.slice(2), 16));
  if (esc[0] === '&') {
    const body = esc.slice(1, -1);
    const named = NAMED[body];
    if (named !== undefined) return named;
    const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : /^#[0-9]+$/.test(body) ? parseInt(body.slice(1), 10) : NaN;
    return code >= 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : null;
  }
  return PERCENT[esc.slice(1).toLowerCase()] ?? null;
}

export function decode(text: string): Decoded {
  const parts: string[] = [];
  const marks: number[] = [];
  let last = 0;
  let outLen = 0;
  eachEscape(text, (esc, at) => {
    const d = decodeOne(esc);
    if (d === null) return;
    parts.push(text.slice(last, at), d);
    const decStart = outLen + at - last;
    outLen = decStart + d.length;
    last = at + esc.length;
    marks.push(decStart, outLen, at, last);
  });
  if (marks.length === 0) return { text, marks: null };
  parts.push(text.slice(last));
  return { text: parts.join(''), marks: Int32Array.from(marks) };
}

/**
 * Original offset of decoded offset `pos`. A boundary inside or at an escape's output moves
 * outward, so a span never cuts an escape in half: starts to the escape's start, ends to its end.
 */
function toOriginal(marks: Int32Array, pos: number, isEnd: boolean): number {
  let lo = 0;
  let hi = marks.length / 4 - 1;
  let k = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((marks[mid * 4] as number) <= pos) {
      k = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  if (k < 0) return pos;
  const decStart = marks[k * 4] as number;
  const decEnd = marks[k * 4 + 1] as number;
  const origStart = marks[k * 4 + 2] as number;
  const origEnd = marks[k * 4 + 3] as number;
  if (pos >= decEnd) return origEnd + (pos - decEnd);
  return isEnd && pos > decStart ? origEnd : origStart;
}

/** Original span of decoded span [start, end); escapes at the edges are included whole. */
export function mapSpan(d: Decoded, start: number, end: number): [number, number] {
  if (d.marks === null) return [start, end];
  return [toOriginal(d.marks, start, false), toOriginal(d.marks, end, true)];
}

/**
 * Merged spans of `text` within `radius` of an escape, or [] when there is none. Only these
 * islands are decoded and scanned again, so a large page with a few escapes is never copied.
 */
export function escapeIslands(text: string, radius: number): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  eachEscape(text, (esc, at) => {
    const start = Math.max(0, at - radius);
    const end = Math.min(text.length, at + esc.length + radius);
    const last = out[out.length - 1];
    if (last && start <= last.end) last.end = Math.max(last.end, end);
    else out.push({ start, end });
  });
  return out;
}
