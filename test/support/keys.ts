// The one generator of fake keys for tests: every provider's shape (checksums where a format has
// one, computed with the engine's own CRC-32 and base62), drawn from one seeded stream
// (./random.ts). None of these keys was ever issued by a provider.
//
//   const keys = fakeKeys(7);            // the same seed gives the same keys
//   keys.githubToken(); keys.krakenPair(); keys.openai();
import { base62, crc32, crc32HexLE } from '../../src/engine/crc32';
import { isPlaceholder } from '../../src/engine/filters';
import { BASE32, BASE62, DIGITS, Dice, LOWER, seededRandom, UPPER, WORD } from './random';

const B64 = `${UPPER}${LOWER}${DIGITS}+/`;

/** Standard base64 with padding (no Buffer: the generators also run outside Node). */
export function base64(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const [a = 0, b = 0, c = 0] = [bytes[i], bytes[i + 1], bytes[i + 2]];
    const n = (a << 16) | (b << 8) | c;
    const chars = [n >> 18, (n >> 12) & 63, (n >> 6) & 63, n & 63].map((x) => B64[x]);
    const real = Math.min(3, bytes.length - i) + 1;
    out += chars.slice(0, real).join('') + '='.repeat(4 - real);
  }
  return out;
}

// Bodies the engine would rightly call placeholders (filler words, long runs).
const FILLER = /example|redacted|dummy|fake|placeholder|sample|your|insert|changeme|replace|test|demo|mock/i;

function hasLongRun(s: string): boolean {
  let run = 1;
  for (let i = 1; i < s.length; i++) {
    const d = s.charCodeAt(i) - s.charCodeAt(i - 1);
    run = d === 0 || d === 1 || d === -1 ? run + 1 : 1;
    if (run >= 5) return true;
  }
  return false;
}

/** A key generator on its own stream. */
export function fakeKeys(seed: number): FakeKeys {
  return new FakeKeys(seededRandom(seed));
}

/** A generator of fake keys, all drawn from one seeded stream. */
export class FakeKeys extends Dice {
  uuid(): string {
    const h = this.hex(32);
    const variant = '89ab'[this.int(0, 3)];
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20)}`;
  }

  // --- Prefixed tokens -------------------------------------------------------------------------
  /** GitHub classic tokens and npm tokens: 30 random base62 + base62(CRC32 of those 30), 6 wide. */
  checksummed(prefix: string): string {
    const body = this.chars(BASE62, 30);
    return prefix + body + base62(crc32(body), 6);
  }
  github(): string {
    return this.checksummed(this.pick(['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_']));
  }
  githubFineGrained(): string {
    return `github_pat_${this.chars(BASE62, 22)}_${this.chars(BASE62, 59)}`;
  }
  /**
   * A Grafana service-account token's shape whose CRC32 fails: past every page gate (glsa_), and
   * the engine drops it, so a value the worker is asked about and names nothing in.
   */
  checksumFailing(): string {
    return `glsa_${this.chars(BASE62, 32)}_${this.hex(8)}`;
  }
  npm(): string {
    return this.checksummed('npm_');
  }
  gitlab(): string {
    return `glpat-${this.chars(BASE62 + '_-', 20)}`;
  }
  awsKeyId(): string {
    return this.pick(['AKIA', 'ASIA']) + this.chars(UPPER + '234567', 16);
  }
  awsSecret(): string {
    return this.chars(BASE62 + '/+', 40);
  }
  stripeSecret(): string {
    return this.pick(['sk_live_', 'rk_live_']) + this.chars(BASE62, this.pick([24, 99]));
  }
  stripeTest(): string {
    return 'sk_test_' + this.chars(BASE62, 99);
  }
  stripePublishable(): string {
    return this.pick(['pk_live_', 'pk_test_']) + this.chars(BASE62, 99);
  }
  openai(): string {
    if (this.chance(0.3)) return `sk-${this.chars(BASE62, 20)}T3BlbkFJ${this.chars(BASE62, 20)}`;
    const kind = this.pick(['proj', 'proj', 'svcacct', 'admin']);
    return `sk-${kind}-${this.chars(WORD, 74)}T3BlbkFJ${this.chars(WORD, 74)}`;
  }
  anthropic(): string {
    return `sk-ant-${this.pick(['api03', 'api03', 'admin01'])}-${this.chars(WORD, 93)}AA`;
  }
  google(): string {
    return `AIza${this.chars(WORD, 35)}`;
  }
  slackToken(): string {
    const kind = this.pick(['xoxb', 'xoxp', 'xoxa']);
    const tail = kind === 'xoxb' ? this.chars(BASE62, 24) : `${this.chars(DIGITS, 13)}-${this.hex(32)}`;
    return `${kind}-${this.chars(DIGITS, 12)}-${this.chars(DIGITS, 13)}-${tail}`;
  }
  slackWebhook(): string {
    return `https://hooks.slack.com/services/T${this.chars(UPPER + DIGITS, 10)}/B${this.chars(UPPER + DIGITS, 10)}/${this.chars(BASE62, 24)}`;
  }
  huggingface(): string {
    return `hf_${this.chars(UPPER + LOWER, 34)}`;
  }
  sendgrid(): string {
    return `SG.${this.chars(WORD, 22)}.${this.chars(WORD, 43)}`;
  }
  twilioKey(): string {
    return `SK${this.hex(32)}`;
  }
  twilioSid(): string {
    return `AC${this.hex(32)}`;
  }
  telegram(): string {
    return `${this.int(1, 9)}${this.chars(DIGITS, this.int(7, 9))}:AA${this.chars(WORD, 33)}`;
  }
  discord(): string {
    return `${this.pick(['M', 'N'])}${this.chars(BASE62, 25)}.${this.chars(WORD, 6)}.${this.chars(WORD, 38)}`;
  }
  digitalocean(): string {
    return `dop_v1_${this.hex(64)}`;
  }
  shopify(): string {
    return `${this.pick(['shpat_', 'shpss_', 'shpca_', 'shppa_'])}${this.hex(32)}`;
  }
  mailgun(): string {
    return `key-${this.hex(32)}`;
  }
  mailchimp(): string {
    return `${this.hex(32)}-us${this.int(1, 21)}`;
  }
  /** Grafana service-account token: the suffix is CRC32 of 'glsa_<32>' as little-endian hex. */
  grafana(): string {
    const head = `glsa_${this.chars(BASE62, 32)}`;
    return `${head}_${crc32HexLE(crc32(head))}`;
  }
  atlassian(): string {
    const body = `ATATT3${this.chars(BASE62 + '_-', 178)}`;
    return body + crc32(body).toString(16).toUpperCase().padStart(8, '0');
  }
  groq(): string {
    return `gsk_${this.chars(BASE62, 52)}`;
  }
  xai(): string {
    return `xai-${this.chars(BASE62, 80)}`;
  }
  openrouter(): string {
    return `sk-or-v1-${this.hex(64)}`;
  }
  perplexity(): string {
    return `pplx-${this.chars(BASE62, 48)}`;
  }
  replicate(): string {
    return `r8_${this.chars(BASE62, 37)}`;
  }
  /**
   * A version-2 macaroon: location, identifier, a caveat naming one project, 32-byte signature.
   * Its bytes come from the same draws as ever (one run of WORD characters), so every key
   * generated after it stays the same.
   */
  pypi(): string {
    const draws = Array.from(this.chars(WORD, this.int(140, 170)), (c) => c.charCodeAt(0));
    const at = (i: number) => draws[i % draws.length] as number;
    const field = (type: number, data: string) => String.fromCharCode(type, data.length) + data;
    const hex = Array.from({ length: 32 }, (_, i) => (at(i) % 16).toString(16)).join('');
    const id = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
    const project = Array.from({ length: 5 + (at(32) % 12) }, (_, i) => String.fromCharCode(97 + (at(33 + i) % 26))).join('');
    const signature = Array.from({ length: 32 }, (_, i) => String.fromCharCode((at(50 + 2 * i) * 61 + at(51 + 2 * i) * 7) & 0xff)).join('');
    const caveat = `{"version": 1, "permissions": {"projects": ["${project}"]}}`;
    const raw = '\x02' + field(1, 'pypi.org') + field(2, id) + '\x00' + field(2, caveat) + '\x00\x00' + field(6, signature);
    const b64 = base64(Uint8Array.from(raw, (c) => c.charCodeAt(0)));
    return `pypi-${b64.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')}`;
  }
  linear(): string {
    return `lin_api_${this.chars(BASE62, 40)}`;
  }
  postman(): string {
    return `PMAK-${this.hex(24)}-${this.hex(34)}`;
  }
  dockerhub(): string {
    return `dckr_pat_${this.chars(WORD, 27)}`;
  }
  supabase(): string {
    return `sbp_${this.hex(40)}`;
  }
  newrelic(): string {
    return `NRAK-${this.chars(UPPER + DIGITS, 27)}`;
  }
  databricks(): string {
    return `dapi${this.hex(32)}`;
  }
  doppler(): string {
    return `dp.pt.${this.chars(BASE62, 43)}`;
  }
  pulumi(): string {
    return `pul-${this.hex(40)}`;
  }
  /** A JWT with a real base64url JSON header and payload. */
  jwt(claims: Record<string, unknown> = { sub: this.uuid(), role: 'service_role' }): string {
    const url = (s: string) => base64(new TextEncoder().encode(s)).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
    const sig = base64(this.bytes(32)).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
    return `${url('{"alg":"HS256","typ":"JWT"}')}.${url(JSON.stringify({ ...claims, iat: 1700000000 + this.int(0, 9e6) }))}.${sig}`;
  }
  /** PEM private key block with plausible DER lengths. */
  pem(label: 'RSA PRIVATE KEY' | 'PRIVATE KEY' | 'EC PRIVATE KEY' | 'OPENSSH PRIVATE KEY'): string {
    const size = { 'RSA PRIVATE KEY': 1192, 'PRIVATE KEY': 1218, 'EC PRIVATE KEY': 121, 'OPENSSH PRIVATE KEY': 399 }[label];
    const prefix = {
      'RSA PRIVATE KEY': [0x30, 0x82, 0x04, 0xa4, 0x02, 0x01, 0x00, 0x02, 0x82, 0x01, 0x01, 0x00],
      'PRIVATE KEY': [0x30, 0x82, 0x04, 0xbe, 0x02, 0x01, 0x00, 0x30, 0x0d, 0x06, 0x09, 0x2a],
      'EC PRIVATE KEY': [0x30, 0x77, 0x02, 0x01, 0x01, 0x04, 0x20],
      'OPENSSH PRIVATE KEY': [...new TextEncoder().encode('openssh-key-v1'), 0],
    }[label];
    const der = this.bytes(size);
    der.set(prefix);
    const lines = base64(der).match(/.{1,64}/g) ?? [];
    const width = label === 'OPENSSH PRIVATE KEY' ? 70 : 64;
    const body = width === 64 ? lines : (base64(der).match(new RegExp(`.{1,${width}}`, 'g')) ?? []);
    return `-----BEGIN ${label}-----\n${body.join('\n')}\n-----END ${label}-----`;
  }

  // --- Exchanges (no prefix) -------------------------------------------------------------------
  krakenPublic(): string {
    return base64(this.bytes(42));
  }
  krakenPrivate(): string {
    return base64(this.bytes(64));
  }
  /** Same shape as a Kraken private key: a request signature (HMAC-SHA512) or an SRI sha512 digest. */
  sha512Base64(): string {
    return base64(this.bytes(64));
  }
  binance(): string {
    return this.chars(BASE62, 64);
  }
  coinbaseKeyName(): string {
    return `organizations/${this.uuid()}/apiKeys/${this.uuid()}`;
  }
  coinbaseEd25519(): string {
    return base64(this.bytes(64));
  }
  kucoinKey(): string {
    return this.hex(24);
  }
  okxSecret(): string {
    return this.chars('0123456789ABCDEF', 32);
  }
  bitfinex(): string {
    return this.chars(WORD, 43);
  }
  geminiKey(): string {
    return `${this.pick(['master-', 'account-'])}${this.chars(BASE62, 20)}`;
  }
  geminiSecret(): string {
    return this.chars(BASE62, this.pick([27, 28]));
  }
  bitmexKey(): string {
    return this.chars(BASE62 + '_-', 24);
  }
  bitmexSecret(): string {
    return this.chars(BASE62 + '_-', 48);
  }

  // --- Decoy material --------------------------------------------------------------------------
  gitSha(): string {
    return this.hex(40);
  }
  sha256Hex(): string {
    return this.hex(64);
  }
  passphrase(): string {
    return this.pick(['Tr4d1ng-', 'moon_', 'Hodl!', 'bot-']) + this.chars(BASE62, 10);
  }

  // --- Keys as a page shows them (generated pages, end-to-end tests) ----------------------------
  // One usual shape each, and bodies redrawn until no placeholder check could mistake them for
  // filler: a planted key must never be discounted by bad luck.

  /** `length` characters of `alphabet` with no filler word and no run such as 'abcde' or '11111'. */
  body(alphabet: string, length: number): string {
    for (;;) {
      const s = this.chars(alphabet, length);
      if (!FILLER.test(s) && !hasLongRun(s)) return s;
    }
  }
  /**
   * `ghp_` (or the prefix given, or one picked after the body) + 30 base62 + their CRC32 in base62.
   * The checksum can spell a filler word too ('…2uyour', about one token in 60,000), and the
   * engine's own placeholder checks may see more than FILLER does: either is drawn again.
   */
  githubToken(prefix: string | readonly string[] = 'ghp'): string {
    for (;;) {
      const body = this.body(BASE62, 30);
      const tail = body + base62(crc32(body), 6);
      if (!FILLER.test(tail) && !hasLongRun(tail) && !isPlaceholder(tail)) return `${typeof prefix === 'string' ? prefix : this.pick(prefix)}_${tail}`;
    }
  }
  /** `n` distinct GitHub tokens, as a leaked-credentials dump shows them: a page of them counts exactly `n`. */
  githubTokens(n: number): string[] {
    const out = new Set<string>();
    while (out.size < n) out.add(this.githubToken());
    return [...out];
  }
  /** A Stripe live secret key: `sk_live_` + 24 base62. */
  stripeSecretKey(): string {
    return `sk_live_${this.body(BASE62, 24)}`;
  }
  /** A Stripe live publishable key: public by design, never counted. */
  stripePublishableKey(): string {
    return `pk_live_${this.body(BASE62, 24)}`;
  }
  /** An AWS access key id (`AKIA`, no EXAMPLE suffix). */
  awsAccessKeyId(): string {
    return `AKIA${this.body(BASE32, 16)}`;
  }
  /** A Kraken key pair: 42-byte public key and 64-byte private key, base64. */
  krakenPair(): { apiKey: string; privateKey: string } {
    for (;;) {
      const apiKey = base64(this.bytes(42));
      const privateKey = base64(this.bytes(64));
      if (!FILLER.test(apiKey) && !FILLER.test(privateKey)) return { apiKey, privateKey };
    }
  }
}

/** Kraken's own documentation example private key: must never count. */
export const KRAKEN_DOC_EXAMPLE =
  'kQH5HW/8p1uGOVjbgWA7FunAmGO8lsSUXNsu3eow76sz84Q18fWxnyRzBHCd3pd5nE9qa99HAZtuZuj6F1huXg==';

/** AWS's documentation example access key id: must never count. */
export const AWS_DOC_EXAMPLE = 'AKIAIOSFODNN7EXAMPLE';

/**
 * Every substring of length `min` of each secret that occurs in `haystack` (empty = clean).
 * Prefixes such as `ghp_` are shorter than 8 characters, so a redacted preview passes.
 */
export function keyFragmentsIn(haystack: string, secrets: readonly string[], min = 8): string[] {
  const found: string[] = [];
  for (const secret of secrets) {
    for (let i = 0; i + min <= secret.length; i++) {
      const piece = secret.slice(i, i + min);
      if (haystack.includes(piece)) {
        found.push(piece);
        break;
      }
    }
  }
  return found;
}

/**
 * Every two adjacent words of each phrase that occur in `haystack`, with any spacing, line break
 * (also JSON's "\\n"), comma or quote between them (empty = clean). A phrase's single words are
 * the public wordlist, and previews hold some ("12-word phrase": "phrase" is a BIP-39 word): two
 * adjacent words are the smallest piece of the secret.
 */
export function phraseFragmentsIn(haystack: string, phrases: readonly string[]): string[] {
  const found: string[] = [];
  for (const phrase of phrases) {
    const words = phrase.split(/[\s\u3000]+/);
    for (let i = 1; i < words.length; i++) {
      const pair = new RegExp(`${escapeRegExp(words[i - 1]!)}(?:[\\s,"']|\\\\n)+${escapeRegExp(words[i]!)}`, 'u');
      if (pair.test(haystack)) found.push(`${words[i - 1]} ${words[i]}`);
    }
  }
  return found;
}

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The part of a key after its public prefix (`sk_live_` alone is 8 chars and appears in redacted previews). */
export function keyBody(key: string): string {
  return key.replace(/^(gh[pousr]_|sk_live_|rk_live_|pk_live_|AKIA)/, '');
}
