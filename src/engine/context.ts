// Context around a candidate: the name it is assigned to ("label") and provider words nearby.
// Keys without a prefix are only reported when their surroundings say what they are.

/** Characters looked at before / after a candidate for provider words. */
export const WORDS_BEFORE = 400;
export const WORDS_AFTER = 64;

export type LabelKind = 'keyish' | 'trap' | 'neutral';

export interface Label {
  kind: LabelKind;
  /** Lower-case words of the label, e.g. ['kraken', 'api', 'key'] for KRAKEN_API_KEY. */
  words: string[];
}

// A value right after one of these is a signature, digest or nonce of the same shape as a key.
const TRAP_WORDS = new Set([
  'sign', 'signature', 'signed', 'sig', 'hmac', 'digest', 'hash', 'checksum', 'nonce', 'authent',
  'integrity', 'sha1', 'sha256', 'sha384', 'sha512', 'md5', 'etag', 'fingerprint', 'salt', 'iv',
  'commit', 'sha', 'uuid', 'guid', 'id', 'txid', 'address', 'wallet',
]);
// These win even over a key-ish last word: authenticity_token, csrfToken and sessionKey carry
// per-session random values of any shape, on every page of some frameworks.
const STRONG_TRAP_WORDS = new Set([
  'csrf', 'xsrf', 'authenticity', 'session', 'sessionid', 'captcha', 'recaptcha', 'viewstate',
  'eventvalidation', 'nonce', 'signature', 'hmac', 'integrity', 'checksum', 'cache', 'etag',
]);
const KEYISH_SUFFIXES = ['key', 'secret', 'token', 'password', 'passwd', 'pwd', 'passphrase', 'credential', 'credentials'];
const KEYISH_WORDS = new Set(['bearer', 'authorization', 'pass', 'private', 'auth']);

/** Every key-ish name and credential word holds one of these (the page's gate looks for them as text). */
export const KEYISH_PARTS: readonly string[] = [...KEYISH_SUFFIXES, ...KEYISH_WORDS];

function isTrapWord(w: string): boolean {
  return TRAP_WORDS.has(w) || w.endsWith('sign') || w.endsWith('signature') || w.endsWith('hash');
}
function isKeyishWord(w: string): boolean {
  return KEYISH_WORDS.has(w) || KEYISH_SUFFIXES.some((s) => w.endsWith(s));
}

// Character classes as code-unit tables: labelBefore runs for every candidate.
const codeTable = (chars: string): Uint8Array => {
  const t = new Uint8Array(128);
  for (const c of chars) t[c.charCodeAt(0)] = 1;
  return t;
};
const SEPARATOR = codeTable(' \t\n\r"\'`:=(>[,{\\');
const NAME_CHAR = codeTable('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-');
const isIn = (table: Uint8Array, c: number): boolean => c < 128 && table[c] === 1;
// Digits stay with the letters before them: md5, sha256, API03.
const WORD_SPLIT = /[A-Z]+[0-9]*(?![a-z])|[A-Z]?[a-z]+[0-9]*|[0-9]+/g;

const SIBLING_NAME = /\b(?:key|name)["']?[ \t]{0,4}[:=][ \t]{0,4}["']?([A-Za-z_][A-Za-z0-9_.-]{0,60})["']?[ \t]{0,4},?\s{0,20}["']?$/;

/** A name starts with a letter or '_' and is at least half letters; a hex run or a value is not. */
function isName(s: string): boolean {
  if (!/^[A-Za-z_]/.test(s)) return false;
  let digits = 0;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57) digits++;
  return digits * 2 <= s.length;
}

/** Split an identifier into lower-case words: KRAKEN_API_KEY, apiKey, API-Sign, x-api-key. */
export function splitWords(name: string): string[] {
  return (name.match(WORD_SPLIT) ?? []).map((w) => w.toLowerCase());
}

/**
 * The name just before `start`: skips up to 8 separator characters (quotes, ':', '=', spaces),
 * then reads up to two space-separated names ("Private Key:", "API-Sign:"). A long token is a
 * value, not a name, so it gives no label.
 */
export function labelBefore(text: string, start: number): Label {
  let i = start;
  let skipped = 0;
  while (i > 0 && skipped < 8 && isIn(SEPARATOR, text.charCodeAt(i - 1))) {
    i--;
    skipped++;
  }
  const words: string[] = [];
  for (let part = 0; part < 2; part++) {
    const end = i;
    while (i > 0 && end - i <= 40 && isIn(NAME_CHAR, text.charCodeAt(i - 1))) i--;
    if (end - i > 40 || end === i || !isName(text.slice(i, end))) break;
    words.unshift(...splitWords(text.slice(i, end)));
    if (text[i - 1] !== ' ') break;
    i--;
  }
  if (words.length === 1 && words[0] === 'value') {
    // {"key": "BOT_TOKEN", "value": "…"} (Postman, CloudFormation) and "- name: X / value: …"
    // (Kubernetes env): the value's real name sits in the sibling field.
    const sibling = SIBLING_NAME.exec(text.slice(Math.max(0, i - 100), i));
    if (sibling) words.splice(0, 1, ...splitWords(sibling[1] as string));
  }
  if (words.length === 0) return { kind: 'neutral', words };
  const last = words[words.length - 1] as string;
  let kind: LabelKind = 'neutral';
  if (words.some((w) => STRONG_TRAP_WORDS.has(w))) kind = 'trap';
  else if (isKeyishWord(last)) kind = 'keyish';
  else if (words.some(isTrapWord)) kind = 'trap';
  else if (words.some(isKeyishWord)) kind = 'keyish';
  return { kind, words };
}

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}
function isLower(c: number): boolean {
  return c >= 97 && c <= 122;
}

/**
 * Offset of the nearest whole-word occurrence of any of `words` (lower-case) in text[from, to),
 * nearest to `anchor`, or -1. Word edges: no letter before (or a camelCase hump) and no
 * lower-case letter after, so 'kraken' is found in KRAKEN_KEY and krakenSecret but 'aws' not in 'draws'.
 */
export function nearestWord(text: string, words: readonly string[], from: number, to: number, anchor: number): number {
  const lo = Math.max(0, from);
  const hi = Math.min(text.length, to);
  if (hi <= lo || words.length === 0) return -1;
  const hay = text.slice(lo, hi).toLowerCase();
  let best = -1;
  let bestDist = Infinity;
  for (const w of words) {
    let at = hay.indexOf(w);
    while (at >= 0) {
      const abs = lo + at;
      const before = abs > 0 ? text.charCodeAt(abs - 1) : 32;
      const first = text.charCodeAt(abs);
      const after = abs + w.length < text.length ? text.charCodeAt(abs + w.length) : 32;
      const startOk = !isLetter(before) || (isLower(before) && !isLower(first));
      if (startOk && !isLower(after)) {
        const dist = Math.abs(anchor - abs);
        if (dist < bestDist) {
          bestDist = dist;
          best = abs;
        }
      }
      at = hay.indexOf(w, at + 1);
    }
  }
  return best;
}

/** True when `context` (ScanOptions.context) names one of `words`. */
export function contextHasWord(context: string | undefined, words: readonly string[]): boolean {
  if (!context) return false;
  return nearestWord(context, words, 0, context.length, 0) >= 0;
}
