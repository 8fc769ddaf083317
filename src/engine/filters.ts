// Values that have a key's shape but are not live keys: placeholders and templates, and the
// documented examples providers print in their docs. Both are reported (severity info,
// example: true) rather than dropped, so a user can see why nothing was counted.

import { sha256Hex, utf8 } from './sha256';

// Template syntax; checked on the key body (prefix removed).
const TEMPLATE_MARKS = /x{4}|X{4}|\.\.\.|…|\$\{|\{\{|<[A-Za-z_-]*>/;
// Filler words, matched only as lower, UPPER or Capitalized words: a random body contains
// 'dEMO' or 'tEsT' now and then, but an exact-case word only about once in 10^7 keys.
const FILLER = [
  'example', 'redacted', 'dummy', 'fake', 'placeholder', 'sample', 'your', 'insert', 'changeme', 'replace', 'test',
  'demo', 'mock', 'here', 'enter', 'invalid', 'blabla',
];
const FILLER_MARKS = new RegExp(
  FILLER.flatMap((w) => [w, w.toUpperCase(), w[0]?.toUpperCase() + w.slice(1)]).join('|'),
);
const PERCENT_VAR = /^%[A-Za-z_][A-Za-z0-9_]*%$/;
// The example UUID of Wikipedia's UUID article and of countless API docs and OpenAPI specs
// (123e4567-e89b-12d3-a456-426614174000, …-426655440000), also with its last group edited.
const EXAMPLE_UUID = /123e4567-e89b-12d3-a456-/i;

/** Longest run of one repeated character. */
function longestRun(s: string): number {
  let best = s.length > 0 ? 1 : 0;
  let run = 1;
  for (let i = 1; i < s.length; i++) {
    run = s.charCodeAt(i) === s.charCodeAt(i - 1) ? run + 1 : 1;
    if (run > best) best = run;
  }
  return best;
}

/** Code unit at `i`, letters folded to lower case (AbCdEf is a walk through the alphabet too). */
function folded(s: string, i: number): number {
  const c = s.charCodeAt(i);
  return c >= 65 && c <= 90 ? c + 32 : c;
}

/** Longest run of consecutive ascending or descending characters, letters in any case (abcdef, 123456, 987654, AbCdEf). */
function longestSequence(s: string): number {
  let best = s.length > 0 ? 1 : 0;
  let up = 1;
  let down = 1;
  for (let i = 1; i < s.length; i++) {
    const d = folded(s, i) - folded(s, i - 1);
    up = d === 1 ? up + 1 : 1;
    down = d === -1 ? down + 1 : 1;
    best = Math.max(best, up, down);
  }
  return best;
}

/**
 * Longest stretch where both interleaved walks ascend together (a1b2c3d4e5) or descend together
 * (z9y8x7w6), in characters.
 */
function longestInterleaved(s: string): number {
  let best = 0;
  let up = 0;
  let down = 0;
  for (let i = 2; i < s.length; i++) {
    const d = folded(s, i) - folded(s, i - 2);
    up = d === 1 ? up + 1 : 0;
    down = d === -1 ? down + 1 : 0;
    const run = Math.max(up, down);
    if (run + 2 > best) best = run + 2;
  }
  return best;
}

/**
 * Longest stretch that repeats a unit of 2 to 8 characters (abc123abc123…, deadbeefdeadbeef…),
 * in characters; a unit of one character is a run (longestRun).
 */
function longestCycle(s: string): number {
  let best = 0;
  for (let p = 2; p <= 8; p++) {
    let run = 0;
    for (let i = p; i < s.length; i++) {
      run = s.charCodeAt(i) === s.charCodeAt(i - p) ? run + 1 : 0;
      // The unit must appear at least three times over.
      if (run >= 2 * p && run + p > best) best = run + p;
    }
  }
  return best;
}

/**
 * Characters of `s` inside walks of 3 or more (ascending or descending, letters in any case, 0
 * after 9 as on the digit row):
 * abc123def456ghi789jkl012 is all walks, the "random-looking" stand-in of many setup guides and
 * API references (MESSAGEBIRD_API_KEY=abc123def456ghi789jkl, an OpenAPI token example
 * 1|abc123def456ghi789jkl012mno345pqr678stu901vwx234yz).
 */
function walkCover(s: string): number {
  let covered = 0;
  let counted = 0; // end of the text already counted
  let start = 0;
  let dir = 0;
  for (let i = 1; i <= s.length; i++) {
    let d = i < s.length ? folded(s, i) - folded(s, i - 1) : 0;
    if (d === -9 && s[i] === '0') d = 1; // 7890, typed along the digit row
    else if (d === 9 && s[i] === '9') d = -1;
    if ((d === 1 || d === -1) && (dir === 0 || d === dir)) {
      dir = d;
      continue;
    }
    if (i - start >= 3) {
      covered += i - Math.max(start, counted);
      counted = i;
    }
    // A walk that turns round shares its last character with the next one.
    if (d === 1 || d === -1) {
      start = i - 1;
      dir = d;
    } else {
      start = i;
      dir = 0;
    }
  }
  return covered;
}

// Letter rows of a QWERTY keyboard: qwertyuiop, asdfghjkl, zxcvbnm typed along a row are a walk too.
const KEY_ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
const KEY_AT = new Map<number, number>();
KEY_ROWS.forEach((row, r) => [...row].forEach((c, i) => KEY_AT.set(c.charCodeAt(0), r * 16 + i)));

/** Longest run of neighbouring keys along one keyboard row, either direction, any case (qwerty, LKJHGF). */
function longestKeyWalk(s: string): number {
  let best = s.length > 0 ? 1 : 0;
  let up = 1;
  let down = 1;
  for (let i = 1; i < s.length; i++) {
    const a = KEY_AT.get(folded(s, i - 1));
    const b = KEY_AT.get(folded(s, i));
    const d = a === undefined || b === undefined ? 0 : b - a;
    up = d === 1 ? up + 1 : 1;
    down = d === -1 ? down + 1 : 1;
    best = Math.max(best, up, down);
  }
  return best;
}

/** True when `s` has more than `limit` distinct code points; stops as soon as it knows. */
function moreDistinctThan(s: string, limit: number): boolean {
  const seen: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s.codePointAt(i) as number;
    if (c > 0xffff) i++;
    if (seen.includes(c)) continue;
    if (seen.length === limit) return true;
    seen.push(c);
  }
  return false;
}

/** Template syntax or redaction marks (xxxx, ..., ${VAR}, <your-key>, %VAR%). */
export function isTemplate(body: string): boolean {
  return TEMPLATE_MARKS.test(body) || PERCENT_VAR.test(body);
}

/**
 * True for template values and obvious fillers. Thresholds are far outside what random keys
 * produce: a run of 6 identical characters appears in a random 64-char hex key about 1 time in
 * 17,000, and real bodies of 16+ characters have more than 5 distinct characters. Walks
 * (abcdef, a1b2c3d4, z9y8x7w6, qwerty along a keyboard row), a body made of short walks
 * (abc123def456…) and a short unit repeated over half the body (abc123abc123…) are typed by
 * hand; traps.test.ts measures how often random keys of every rule's alphabet fall into these.
 */
export function isPlaceholder(body: string): boolean {
  if (isTemplate(body) || FILLER_MARKS.test(body) || EXAMPLE_UUID.test(body)) return true;
  if (longestRun(body) >= 6 || longestSequence(body) >= 6 || longestInterleaved(body) >= 8 || longestKeyWalk(body) >= 6) return true;
  // Made of short walks end to end (abc123def456…): nine tenths of a body of 12 or more.
  if (body.length >= 12 && walkCover(body) * 10 >= body.length * 9) return true;
  if (body.length >= 16 && !moreDistinctThan(body, 5)) return true;
  const cycle = longestCycle(body);
  return cycle >= 12 && cycle * 2 >= body.length;
}

// Values printed in providers' public documentation: AWS's AKIAIOSFODNN7EXAMPLE pair, Stripe's
// docs test keys, Kraken's docs examples (signature guide, support article, Futures guide),
// Binance's API doc key and the secret of its signed-request example, the Bybit and MEXC signing
// examples, the Azurite storage emulator's devstoreaccount1 key, GitHub's refresh-token docs
// example, Slack's OAuth v2 response example, Discord's example bot-token header and SendGrid's
// "What is my API key?" example header; from the second survey of documentation pages, OKX's v5
// signature example secret, the client secret of Deribit's public/auth reference example, the
// revoked bot token of the discord.py guide ("Tokens look like this"), the token Heroku's Platform
// API quickstart prints, the sandbox secret of PayPal's early REST docs curl, Mailgun's legacy
// sample key (samples.mailgun.org), the shared sandbox password Finix's API reference publishes,
// the coincheck pair in CCXT's example credentials file and the sandbox key in Increase's
// agent-registration docs (the last three seen only by the opt-in generic rule); from the
// Kingfisher round, the encoded key of Elasticsearch's create-API-key reference and the worker and
// manager join tokens of Docker's swarm docs, all three copied into much code; from the survey of
// documentation pages for generic-named-secret, the KC-API-KEY of KuCoin's v1 API docs
// (kucoinapidocs.docs.apiary.io, Authentication: the header example), quoted in SDK docstrings,
// tests and Q&A pages; from the TruffleHog round, the refresh token of Zoho Accounts' "Refresh
// access token" request example; from the survey of Debian's packaged docs and code, the API and
// application key of Datadog's old API reference (docs.datadoghq.com/api, the options of every
// dogapi and datadogpy example), copied into SDK tests, tools' docs and Ansible's Datadog modules,
// and the API token of the community.zabbix collection's docs (every module's example tasks and
// its README, as its docs pages render them). Each is keyed by a 32-bit FNV-1a of the value, which
// rules out almost every candidate for the cost of a multiply per character, and confirmed by its
// SHA-256 (no salt).
// Stored hashed so our own source does not look like it holds keys; the literals are listed in
// traps.test.ts. JWTs carrying jwt.io's example claims, or signed under a secret the docs publish,
// are examples (providers/jwt.ts).
const DOC_EXAMPLES = new Map([
  [0x96bca470, '1a5d44a2dca19669d72edf4c4f1c27c4c1ca4b4408fbb17f6ce4ad452d78ddb3'], // AWS key id AKIAIOSFODNN…
  [0x8a68ccb2, '78314b11be2e581549ac1c4f616563fad3fdf0c3b71678f6e2299182080e0598'], // AWS secret wJalrXUtnFEM…
  [0xe972e9a4, '2cafc0970149a84f3b9e62eaf169f36f59907a3b3e31f7b82e68c69cd27f7326'], // Stripe sk_test_4eC3…
  [0xe9df0237, 'b1471f544ceeea31333bde7e1ecbaad6eac0d4a749412ad29bd66ef895b81c6b'], // Stripe pk_test_TYoo…
  [0x1d14fe37, 'f2d6ca16515033e5dce14eba840b979d27b5cbae24bb3e5bf484339667f86397'], // Stripe sk_test_BQok…
  [0x24bf101c, '5895b89c8fb33402a5bfc23aad5aaf863fbb438a51e1a0bb02b0ce618c8fdf9d'], // Stripe pk_test_6pRN…
  [0x6e701be4, '7e8de44ea9ecf6d53415c90f5b249a8591f7abafbf7d65a2c0d855afeca3ec09'], // Stripe sk_test_26PH…
  [0x44821c9d, '98c0adc16caa135bf2c8732f2558ae4e3e03443c4d1a20b8974fed384ad505d8'], // Kraken signature guide secret kQH5…
  [0x1241814b, '9dc500d5388624583017c0abf5aedad55ffe2744fb955262eb01630c045f3542'], // Kraken support private key FRs+…
  [0x6ccca14e, '9049015c43fcc26024df292e0662f574140f5b25f5adc364bead4325e9f8f99b'], // Kraken support public key CJbf…
  [0x9366ac02, '3348a210571dae24b01d779fc2708651bf7f416d3f9938068c91790e86407923'], // Kraken Futures guide rttp…
  [0xce27804a, '5ba1ed8425baaa72d558afddb8aaacdfe29ad0dc1a44dae76640127e83626d29'], // Binance API docs vmPU…
  [0xe82dce6a, 'eb01960a9a4daeddfb24e9ce40114b4514033a7a21210c9cdd6690dc3a054eeb'], // Bybit API docs key B2Ro…
  [0x7a98921f, '8f56daface2cddae16627f637828fd991c7a057f9632bc84b3b7de7f647db9d8'], // Bybit API docs secret t7T0…
  [0x64ef22fd, '9e132ebcc5cde85b51a5595e201c727d097ba5a1e6ed3129f4a7c5966bbdeb37'], // MEXC API docs key mx0a…
  [0x57e9ad49, 'f38106b832ec2841893c777e74cac75077a5c62ac855da8a6904cadd50c5d4a0'], // MEXC API docs secret 45d0…
  [0xc0cc49e7, '0011cc25eb4320717494d2703e8cba85743e71b500283c21c8b88147992f9059'], // Azurite devstoreaccount1 Eby8…
  [0x99a6af4b, '6d7fa4e64d4b1f3ea31962e258b684de1f244434ebb11089b9d9817e44c43303'], // GitHub docs refresh token ghr_1B4a…
  [0x0c9aae7e, '23e9efa3ced6e70c7f2dbe0d08295f18f94b0cbd5c6026677e3bc51897ee31f2'], // Binance signed-request example secret NhqP…
  [0xf83cbd54, '2ddc147f3a3b5a1722b8ed6be3c45c49a7156b17fca5d11410137a6d04def6eb'], // Slack OAuth v2 docs xoxb-1765…
  [0xf97d14a5, '02f7ce3c263f85c019eeeeea4b08f1b7f6ade2b7a2199c14f3efdac0eef382e1'], // Discord docs bot token MTk4…
  [0xca3382ee, '02091175c1ae3023fb1e92ff16e1a5ca44dcd9f449916770f7d4eb192092e273'], // SendGrid docs API key SG.ngeV…
  [0xe851e80d, '477a08c0eb19eedcfbcaaf28687d05fd4854161e23ecce1b8836a4ece1d880e9'], // OKX v5 docs secret 2258…
  [0xe930dad2, '3b86a0c9508a2de58cc9405a6bbb8b81d51aeaf55b16aa64768969906a8b25ff'], // Deribit public/auth example secret W0H6…
  [0xc393af08, '32e42f279f7aac3d85ba72e60b5407dd447c659614e0481a1a5adc1afa965858'], // discord.py guide bot token OTA4…
  [0x35dbbbd5, '8a694d7c3434906f54a1c50fd1abb59b1d4edb6cbd0254763ba8268761e8080c'], // Heroku Platform API quickstart token cf0e…
  [0xc9609423, 'f6923b49541372c80adcbff533c5ee3c2678b172b566bbc7a0cf869f7d47fd35'], // PayPal early REST docs secret EClu…
  [0x1ba0f990, '9c846fdf0fa8955c377d0301542ee20ecd4585c5f359aa0a4cf15d44424f573d'], // Mailgun legacy docs key key-3ax6…
  [0xbfa566ba, '126a43c2061dc6971340788c3b7d734f4f7255c25adcb045ddaebe508d9e442d'], // Finix API reference sandbox password 8a14…
  [0xf5b1a4be, '8b631fec784ebab09acdd83e4f89e43f9b88267393f51a384113d290d2559b77'], // CCXT docs credentials coincheck key dCyz…
  [0x4cc29adb, '188c4130741a8f7a0b0619646379970c077b4ffb5685a1a26d7fbea92834f110'], // CCXT docs credentials coincheck secret JpI0…
  [0x01dc98a8, '6f569f6657ae04b89ca38322c9b72787b828643b528ccb522b952ed8c75a176c'], // Increase docs sandbox key sk0L…
  [0x3636f50f, 'a0cc17dae7500395717186079713fb950ae9ee3019bb0eb7ec95c93e55ae02be'], // Elasticsearch create-API-key docs encoded key VnVh…
  [0x7c0f1063, '33a6d3750d9a769b1c15ed2c4c2aa19f88fd673de6f98ca5327fb78639770e8d'], // Docker swarm docs worker token SWMT…gdbx
  [0x103b444a, 'b5b17ca1d65733bbbdf82a5ca9164a549f0b077846125f397658b468c4292e16'], // Docker swarm docs manager token SWMT…9hu2
  [0x9fce167f, 'c7d45f2c351f4b337f3e9ba96bdb3f62b9a20fa9dc576deff355e1e90fbc9db3'], // KuCoin v1 API docs header key 59c5…
  [0x88ef7066, '24b297dadc51770d0979d860060e6e97d554b116feb3812d17b930e501a6a2d8'], // Zoho Accounts OAuth docs refresh token 1000.86a0…
  [0x5b00c5d4, '374b54794dbadf23436d62759c658a54c2c2bca53ad83fe7f2080705c76a7e06'], // Datadog API reference api_key 9775…
  [0xe1c72746, '9fd48845a784316d5d5c3967b61d9b99820d7f83e02566b8ab04ccc47f2dac1b'], // Datadog API reference app_key 87ce…
  [0x616ff37f, '27d1909b6ca7fadfce1aee5472d6eaca57da05895b8ede5028f4ff47e3f70fed'], // community.zabbix docs API token 8ec0…
]);

export function docHash(value: string): string {
  return sha256Hex(utf8(value));
}

/** 32-bit FNV-1a over UTF-16 code units. */
export function fnv1a(value: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < value.length; i++) h = Math.imul(h ^ value.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

export function isDocumentationExample(value: string): boolean {
  const sha = DOC_EXAMPLES.get(fnv1a(value));
  return sha !== undefined && sha === docHash(value);
}

/**
 * An identifier rather than a random value: parts that are words, or words with a number
 * (my_app_v2, build-2024, com/autoscaling/ec2/Welcome), or mostly camelCase words
 * (useAutoImportProvider2, ExportEC2InstanceRecommendationsResponse, an API model's shape name).
 */
export function looksLikeWords(v: string): boolean {
  const parts = v.split(/[_/-]/);
  if (parts.length >= 2 && parts.every((p) => /^(?:[A-Za-z]+[0-9]{0,4}|[0-9]{1,8})$/.test(p))) return true;
  const words = v.match(/[A-Z]?[a-z]{3,}/g) ?? [];
  return words.join('').length >= 0.7 * v.length;
}

/**
 * Random key material mixes character classes; identifiers, words and hex digests do not.
 * Needs an upper- and a lower-case letter and a digit (or + /), and is not pure hex.
 */
export function looksRandom(s: string): boolean {
  return /[A-Z]/.test(s) && /[a-z]/.test(s) && /[0-9+/]/.test(s) && !/^[0-9a-fA-F]+$/.test(s);
}

/** Shannon entropy in bits per character. */
export function entropy(s: string): number {
  const counts = new Map<string, number>();
  for (const ch of s) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let h = 0;
  for (const c of counts.values()) {
    const p = c / s.length;
    h -= p * Math.log2(p);
  }
  return h;
}

// Ansible's module documentation: the YAML strings a module assigns to DOCUMENTATION, EXAMPLES and
// RETURN, which ansible-doc and the collections' doc sites render as its manual page. Their example
// tasks and sample return values hold made-up tokens, keys and passwords for every service a module
// reaches (of 70 alerts in Debian's ansible 7.7 collections, 59 sat in these strings).
const ANSIBLE_DOC_OPENER = /(?:^|\n)(?:DOCUMENTATION|EXAMPLES|RETURN)[ \t]*=[ \t]*[rRuU]?$/;
// Any opening of such a string, wherever it stands: true for every text in which inAnsibleModuleDocs can be.
const ANSIBLE_DOC_ANYWHERE = /(?:DOCUMENTATION|EXAMPLES|RETURN)[ \t]*=[ \t]*[rRuU]?(?:'''|""")/;
// How far back the opening quotes are looked for: long EXAMPLES strings run to thousands of lines.
const ANSIBLE_DOC_REACH = 65_536;

/** False when `text` opens no Ansible documentation string anywhere: no need to ask inAnsibleModuleDocs. */
export function mayHoldAnsibleDocs(text: string): boolean {
  return ANSIBLE_DOC_ANYWHERE.test(text);
}

/**
 * True when `at` is inside one of an Ansible module's documentation strings: the nearest triple
 * quote before it opens DOCUMENTATION = r'''…, EXAMPLES = """… or RETURN = '''…. Called only for
 * findings that would alert, so its bounded look back costs nothing on clean text.
 */
export function inAnsibleModuleDocs(text: string, at: number): boolean {
  const from = Math.max(0, at - ANSIBLE_DOC_REACH);
  const before = text.slice(from, at);
  const quote = Math.max(before.lastIndexOf("'''"), before.lastIndexOf('"""'));
  return quote >= 0 && ANSIBLE_DOC_OPENER.test(before.slice(Math.max(0, quote - 40), quote));
}
