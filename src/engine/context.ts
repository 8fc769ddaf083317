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
  /** The name nearest the value as written ('API-Key', '--token'); '' when none. */
  name: string;
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
// Assignment operators included: Makefile ?= += ::=, YAML block scalars (key: |), PHP .= (below).
// ']' closes a subscript: os.environ["KEY"] = "…", config['key'] = '…', settings[:key] = "…".
const SEPARATOR = codeTable(' \t\n\r"\'`:=(>[],{\\?+|');
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

/** Length of a command-line flag's dashes at text[i] (--token, -u), at most 2; 0 when none. */
function dashes(text: string, i: number, end: number): number {
  let n = 0;
  while (n < 2 && i + n < end && text.charCodeAt(i + n) === 45) n++;
  return n;
}

// curl's basic-auth flag right before the value (-u TOKEN:, --user=TOKEN) or before "user:" (-u user:TOKEN).
const BASIC_AUTH_FLAG = /(?:^|\s)(?:-u|--user)[ =]["']?$/;
const BASIC_AUTH: Label = { kind: 'keyish', words: ['basic', 'auth'], name: 'user' };

/**
 * The name just before `start`: skips up to 8 separator characters (quotes, ':', '=', spaces),
 * then reads up to two space-separated names ("Private Key:", "API-Sign:"). A long token is a
 * value, not a name, so it gives no label. Command-line flags name what follows them
 * (`--token X`, `--auth=X`), and curl's `-u user:X` names X a basic-auth password.
 */
export function labelBefore(text: string, start: number): Label {
  let i = start;
  let skipped = 0;
  while (i > 0 && skipped < 8 && (isIn(SEPARATOR, text.charCodeAt(i - 1)) || (text.charCodeAt(i - 1) === 46 && text.charCodeAt(i) === 61))) {
    i--;
    skipped++;
  }
  const afterName = i;
  const words: string[] = [];
  let name = '';
  for (let part = 0; part < 2; part++) {
    const end = i;
    while (i > 0 && end - i <= 40 && isIn(NAME_CHAR, text.charCodeAt(i - 1))) i--;
    const from = i + dashes(text, i, end);
    if (end - i > 40 || end === from || !isName(text.slice(from, end))) break;
    const read = text.slice(from, end);
    if (part === 0) {
      name = text.slice(i, end);
      // -u TOKEN: / -u user:TOKEN: what follows the flag is a credential.
      const basic = from > i ? read === 'u' || read === 'user' : text.charCodeAt(afterName) === 58 && BASIC_AUTH_FLAG.test(text.slice(Math.max(0, i - 12), i));
      if (basic) return BASIC_AUTH;
    }
    words.unshift(...splitWords(read));
    if (text[i - 1] !== ' ') break;
    i--;
  }
  if (words.length === 1 && words[0] === 'value') {
    // {"key": "BOT_TOKEN", "value": "…"} (Postman, CloudFormation) and "- name: X / value: …"
    // (Kubernetes env): the value's real name sits in the sibling field.
    const sibling = SIBLING_NAME.exec(text.slice(Math.max(0, i - 100), i));
    if (sibling) {
      name = sibling[1] as string;
      words.splice(0, 1, ...splitWords(name));
    }
  }
  if (words.length === 0) return { kind: 'neutral', words, name };
  const last = words[words.length - 1] as string;
  let kind: LabelKind = 'neutral';
  if (words.some((w) => STRONG_TRAP_WORDS.has(w))) kind = 'trap';
  else if (isKeyishWord(last)) kind = 'keyish';
  else if (words.some(isTrapWord)) kind = 'trap';
  else if (words.some(isKeyishWord)) kind = 'keyish';
  return { kind, words, name };
}

// Words of a key-ish name that say nothing of whose key it is (PROD_API_KEY, myAppSecret).
const UNNAMED_WORDS = new Set([
  'api', 'apis', 'access', 'oauth', 'oauth2', 'app', 'apps', 'application', 'user', 'username', 'account',
  'my', 'your', 'our', 'the', 'this', 'default', 'master', 'admin', 'root', 'prod', 'production', 'live',
  'dev', 'development', 'staging', 'stage', 'local', 'env', 'environment', 'config', 'conf', 'settings',
  'service', 'services', 'server', 'backend', 'web', 'bot', 'refresh', 'personal', 'org', 'organization',
  'project', 'team', 'global', 'base', 'main', 'new', 'old', 'encryption', 'encrypt', 'decrypt', 'signing',
  'crypto', 'shared', 'internal', 'external', 'webhook', 'integration', 'value', 'data', 'read', 'write',
  'full', 'super', 'system', 'secure', 'security', 'login', 'db', 'database', 'http', 'https', 'rest', 'url',
  'custom', 'current', 'secondary', 'cloud', 'platform', 'remote', 'deploy', 'ci', 'build', 'release',
  'consumer', 'manager', 'management', 'jwt', 'rsa', 'aes', 'ssh', 'cert', 'tls', 'ssl', 'for',
  'and', 'with', 'get', 'set', 'var', 'const', 'let', 'export', 'static', 'final', 'readonly', 'recovery',
  'backup', 'restore', 'unseal', 'seed', 'payment', 'payments', 'gateway', 'proxy', 'mail', 'email', 'sms',
  'graph', 'graphql', 'other', 'intent', 'using', 'use', 'from', 'via', 'into',
  'git',
]);
// A key under one of these words is public by design (site keys, client tokens, Application
// Insights' instrumentation key, which Microsoft says is no secret; a GPG key named by its id or
// fingerprint, TINI_GPG_KEY in Dockerfiles) or no credential at all (React Query's queryKey, a sort
// key, a licence key, a page token, AWS WAF's ChangeToken for optimistic locking), or a stand-in.
const NOT_SECRET_WORDS = new Set([
  'public', 'publishable', 'pub', 'publish', 'site', 'anon', 'anonymous', 'browser', 'frontend', 'primary',
  'foreign', 'sort', 'partition', 'range', 'idempotency', 'page', 'next', 'prev', 'previous', 'continuation',
  'cursor', 'pagination', 'registration', 'device', 'push', 'sync', 'lock', 'dedup', 'correlation', 'request',
  'trace', 'span', 'file', 'object', 'license', 'licence', 'product', 'serial', 'activation', 'invite',
  'invitation', 'verification', 'verify', 'reset', 'confirm', 'confirmation', 'unsubscribe', 'tracking',
  'track', 'analytics', 'measurement', 'pixel', 'captcha', 'hcaptcha', 'turnstile', 'search', 'query',
  'mutation', 'storage', 'state', 'store', 'form', 'field', 'column', 'row', 'table', 'index', 'entry', 'item',
  'list', 'node', 'event', 'action', 'type', 'kind', 'mode', 'route', 'message', 'translation', 'locale',
  'test', 'testing', 'tests', 'example', 'examples', 'sample', 'demo', 'dummy', 'fake', 'mock', 'placeholder',
  'sandbox', 'fixture', 'unique', 'upload', 'download', 'routing', 'websocket', 'socket', 'nonce',
  'instrumentation', 'gpg', 'pgp', 'change',
]);

/** A word of a name that names no service (api, prod, my): see UNNAMED_WORDS. */
export const isUnnamedWord = (w: string): boolean => UNNAMED_WORDS.has(w);

/**
 * The service a key-ish name names beside its key words (GUMROAD_API_TOKEN → 'gumroad',
 * clarifaiSecret → 'clarifai'), or '' when the name says no more than "a key" (API_KEY, prodToken),
 * does not end in key, token or secret, or says the value is public, a stand-in or no credential.
 */
export function serviceOf(label: Label): string {
  if (label.kind !== 'keyish') return '';
  const last = label.words[label.words.length - 1] as string;
  if (!/(?:key|token|secret)$/.test(last)) return '';
  // A last word that is itself two words says what kind of key it is: PUBKEY (a Solana or
  // WireGuard public key under RECIPIENT_PUBKEY, HOMELAB_PUBKEY), sitekey, pagetoken.
  const kind = last.replace(/(?:key|token|secret)$/, '');
  if (NOT_SECRET_WORDS.has(kind) || isTrapWord(kind)) return '';
  const rest = label.words.slice(0, -1);
  if (rest.includes('client') && !last.endsWith('secret')) return '';
  let service = '';
  for (const w of rest) {
    if (NOT_SECRET_WORDS.has(w) || isTrapWord(w)) return '';
    if (!service && w.length >= 3 && /^[a-z][a-z0-9]*$/.test(w) && !UNNAMED_WORDS.has(w) && !isKeyishWord(w) && w !== 'client') service = w;
  }
  return service;
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
