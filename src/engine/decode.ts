// Keys embedded in JSON, JS strings, HTML or URLs may be written with escapes: `\/`, `\u002b`,
// `&#43;`, `&amp;`, `%2B`. We decode into a normalized string plus a sparse map back to the
// offsets as written, only when an escape is present, so the common path allocates nothing.

/**
 * Cheap test: could `text` contain an escape we decode? `\"` and `\\` are left alone: they are
 * everywhere in scripts, never inside a key, and labels skip a backslash anyway (context.ts).
 */
const ESCAPE_HINT = /\\[/ux]|&(?:#|amp;|quot;|plus;|sol;|equals;|lt;|gt;|apos;)|%(?:2[BbFf6]|3[Dd])/;
const ESCAPE = /\\[/ux]|&(?:#[xX]?[0-9a-fA-F]{1,7}|amp|quot|plus|sol|equals|lt|gt|apos);|%(?:2[BbFf6]|3[Dd])/g;

export interface Decoded {
  text: string;
  /**
   * Four entries per decoded escape, ascending: decoded start, decoded end, original start,
   * original end. Between escapes offsets move together. Null when nothing was decoded.
   */
  marks: Int32Array | null;
}

export function needsDecoding(text: string): boolean {
  return ESCAPE_HINT.test(text);
}

const NAMED: Record<string, string> = {
  amp: '&', quot: '"', lt: '<', gt: '>', apos: "'", plus: '+', sol: '/', equals: '=',
};

const PERCENT: Record<string, string> = { '2b': '+', '2f': '/', '3d': '=', '26': '&' };

/** What the escape `esc` (as matched by ESCAPE, followed by `s` at `after`) decodes to, and its full length. */
function decodeOne(esc: string, s: string, after: number): [string, number] | null {
  if (esc[0] === '\\') {
    const n = esc[1] as string;
    if (n === 'u' || n === 'x') {
      const len = n === 'u' ? 4 : 2;
      const hex = s.slice(after, after + len);
      if (hex.length !== len || !/^[0-9a-fA-F]+$/.test(hex)) return null;
      return [String.fromCharCode(parseInt(hex, 16)), 2 + len];
    }
    return [n, 2];
  }
  if (esc[0] === '&') {
    const body = esc.slice(1, -1);
    const named = NAMED[body];
    if (named !== undefined) return [named, esc.length];
    const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : /^#[0-9]+$/.test(body) ? parseInt(body.slice(1), 10) : NaN;
    if (code >= 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff)) return [String.fromCodePoint(code), esc.length];
    return null;
  }
  const ch = PERCENT[esc.slice(1).toLowerCase()];
  return ch === undefined ? null : [ch, 3];
}

export function decode(text: string): Decoded {
  if (!needsDecoding(text)) return { text, marks: null };
  const parts: string[] = [];
  const marks: number[] = [];
  let last = 0;
  let outLen = 0;
  ESCAPE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ESCAPE.exec(text)) !== null) {
    const d = decodeOne(m[0], text, m.index + m[0].length);
    if (d === null) {
      ESCAPE.lastIndex = m.index + 1;
      continue;
    }
    parts.push(text.slice(last, m.index), d[0]);
    const decStart = outLen + m.index - last;
    outLen = decStart + d[0].length;
    last = m.index + d[1];
    marks.push(decStart, outLen, m.index, last);
    ESCAPE.lastIndex = last;
  }
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
