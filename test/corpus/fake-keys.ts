// Deterministic fake credentials with the right shape (and checksums where a format has one),
// for the labelled corpus and the CLI tests. None of these were ever issued by a provider.

/** mulberry32: small, fast, good enough to vary test data; the same seed gives the same corpus. */
export function makeRng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const DIGITS = '0123456789';
export const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
export const LOWER = 'abcdefghijklmnopqrstuvwxyz';
export const BASE62 = DIGITS + UPPER + LOWER;
export const HEX = '0123456789abcdef';
export const WORD = BASE62 + '_-';
const B64 = UPPER + LOWER + DIGITS + '+/';

let crcTable: Uint32Array | undefined;
export function crc32(text: string): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (const byte of new TextEncoder().encode(text)) {
    crc = (crcTable[(crc ^ byte) & 0xff] as number) ^ (crc >>> 8);
  }
  return (crc ^ 0xffffffff) >>> 0;
}

export function base62(n: number, width: number): string {
  let out = '';
  for (let v = n; v > 0; v = Math.floor(v / 62)) out = BASE62[v % 62] + out;
  return out.padStart(width, '0');
}

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

/** A generator of fake keys, all drawn from one seeded stream. */
export class FakeKeys {
  constructor(readonly rng: () => number) {}

  int(min: number, max: number): number {
    return min + Math.floor(this.rng() * (max - min + 1));
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.rng() * items.length)] as T;
  }
  chars(alphabet: string, n: number): string {
    let out = '';
    for (let i = 0; i < n; i++) out += alphabet[Math.floor(this.rng() * alphabet.length)];
    return out;
  }
  bytes(n: number): Uint8Array {
    return Uint8Array.from({ length: n }, () => Math.floor(this.rng() * 256));
  }
  hex(n: number): string {
    return this.chars(HEX, n);
  }
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
    if (this.rng() < 0.3) return `sk-${this.chars(BASE62, 20)}T3BlbkFJ${this.chars(BASE62, 20)}`;
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
    const crc = crc32(head);
    const le = [crc & 0xff, (crc >>> 8) & 0xff, (crc >>> 16) & 0xff, crc >>> 24];
    return `${head}_${le.map((b) => b.toString(16).padStart(2, '0')).join('')}`;
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
  pypi(): string {
    return `pypi-AgEIcHlwaS5vcmc${this.chars(WORD, this.int(140, 170))}`;
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
}
