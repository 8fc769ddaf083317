// Keys embedded in JSON, JS strings, HTML or URLs may be written with escapes: `\/`, `\u002b`,
// `&#43;`, `&amp;`, `%2B`. We decode into a normalized string plus a map back to the offsets as
// written, but only when an escape is present, so the common path allocates nothing.

/** Cheap test: could `text` contain an escape we decode? */
const ESCAPE_HINT = /\\[/u"x]|&(?:#|amp;|quot;|plus;|sol;|equals;|lt;|gt;|apos;)|%(?:2[BbFf6]|3[Dd])/;

export interface Decoded {
  text: string;
  /** map[i] = offset in the original of decoded char i; map[text.length] = original length. */
  map: Int32Array | null;
}

export function needsDecoding(text: string): boolean {
  return ESCAPE_HINT.test(text);
}

const NAMED: Record<string, string> = {
  amp: '&', quot: '"', lt: '<', gt: '>', apos: "'", plus: '+', sol: '/', equals: '=',
};

const PERCENT: Record<string, string> = { '2b': '+', '2f': '/', '3d': '=', '26': '&' };

const HEX4 = /^[0-9a-fA-F]{4}$/;
const HEX2 = /^[0-9a-fA-F]{2}$/;

/**
 * One escape at `i`: [decoded char(s), length as written], or null when `i` starts no escape.
 * Numeric entities are limited to 7 digits so a run of digits cannot make this superlinear.
 */
function escapeAt(s: string, i: number): [string, number] | null {
  const c = s[i];
  if (c === '\\') {
    const n = s[i + 1];
    if (n === '/' || n === '"' || n === '\\') return [n, 2];
    if (n === 'u' && HEX4.test(s.slice(i + 2, i + 6))) {
      return [String.fromCharCode(parseInt(s.slice(i + 2, i + 6), 16)), 6];
    }
    if (n === 'x' && HEX2.test(s.slice(i + 2, i + 4))) {
      return [String.fromCharCode(parseInt(s.slice(i + 2, i + 4), 16)), 4];
    }
    return null;
  }
  if (c === '&') {
    const semi = s.indexOf(';', i + 1);
    if (semi < 0 || semi - i > 9) return null;
    const body = s.slice(i + 1, semi);
    const named = NAMED[body];
    if (named !== undefined) return [named, semi - i + 1];
    let code = NaN;
    if (/^#[0-9]{1,7}$/.test(body)) code = parseInt(body.slice(1), 10);
    else if (/^#[xX][0-9a-fA-F]{1,6}$/.test(body)) code = parseInt(body.slice(2), 16);
    if (code >= 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff)) {
      return [String.fromCodePoint(code), semi - i + 1];
    }
    return null;
  }
  if (c === '%') {
    const ch = PERCENT[s.slice(i + 1, i + 3).toLowerCase()];
    return ch === undefined ? null : [ch, 3];
  }
  return null;
}

export function decode(text: string): Decoded {
  if (!needsDecoding(text)) return { text, map: null };
  const parts: string[] = [];
  const map = new Int32Array(text.length + 1);
  let out = 0;
  let runStart = 0;
  for (let i = 0; i < text.length; ) {
    const c = text.charCodeAt(i);
    // '\\' 92, '&' 38, '%' 37: the only characters that can start an escape.
    const esc = c === 92 || c === 38 || c === 37 ? escapeAt(text, i) : null;
    if (esc === null) {
      map[out++] = i;
      i++;
      continue;
    }
    if (runStart < i) parts.push(text.slice(runStart, i));
    parts.push(esc[0]);
    for (let k = 0; k < esc[0].length; k++) map[out++] = i;
    i += esc[1];
    runStart = i;
  }
  if (runStart < text.length) parts.push(text.slice(runStart));
  map[out] = text.length;
  return { text: parts.join(''), map: map.subarray(0, out + 1) };
}

/** Original span of decoded span [start, end). */
export function mapSpan(d: Decoded, start: number, end: number): [number, number] {
  if (d.map === null) return [start, end];
  return [d.map[start] as number, d.map[end] as number];
}
