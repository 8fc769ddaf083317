// Crypto exchanges other than Kraken. None has a prefix (Gemini's master-/account- excepted):
// each needs its name nearby, and ambiguous shapes (UUIDs, hex) also need a key-ish name or
// the other half of the pair. Coinbase's Ed25519 secret has Kraken's private-key shape: the
// nearest provider word decides (scan.ts prefers the closer word on equal footing).

import { isBase64OfSize } from '../base64';
import { looksRandom } from '../filters';
import { bounded, type RawMatch, type Rule, type Verdict } from './rule';
import { ALNUM, HEX, URLSAFE, fake, fakeBase64, fakeUuid } from './sample';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const SECRETISH = new Set(['secret', 'private', 'priv', 'apisecret', 'secretkey', 'privatekey']);

/** Same-shape key/secret pairs: the name decides which half this is. */
function halfByName(secret: Verdict): (h: { label: { words: string[] } }) => Verdict {
  return (h) => (h.label.words.some((w) => SECRETISH.has(w)) ? secret : {});
}

const binanceSecret: Verdict = { rule: 'binance-secret-key', kind: 'secret', severity: 'critical' };
const bitfinexSecret: Verdict = { rule: 'bitfinex-api-secret', kind: 'secret', severity: 'critical' };

const bnKey = fake(ALNUM, 64, 201);
const bnSecret = fake(ALNUM, 64, 202);
const bfx = fake(URLSAFE, 43, 203);
const kcKey = fake(HEX, 24, 204);

const BFX_QR = /(?<![A-Za-z0-9_])key:([A-Za-z0-9_-]{43})-secret:([A-Za-z0-9_-]{43})(?![A-Za-z0-9_-])/g;

function collectBitfinexQr(text: string): RawMatch[] {
  const out: RawMatch[] = [];
  BFX_QR.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = BFX_QR.exec(text)) !== null) {
    const key = m[1] as string;
    const secret = m[2] as string;
    const keyStart = m.index + 4;
    const secretStart = keyStart + key.length + 8;
    out.push({ value: key, start: keyStart, end: keyStart + key.length });
    out.push({ value: secret, start: secretStart, end: secretStart + secret.length });
  }
  return out;
}

export const EXCHANGE_RULES: Rule[] = [
  {
    id: 'binance-api-key',
    provider: 'binance',
    kind: 'public',
    severity: 'medium',
    confidence: 'medium',
    pattern: /^[A-Za-z0-9]{64}$/,
    shapeLengths: [64],
    validate: looksRandom,
    context: { words: ['binance'] },
    classify: halfByName(binanceSecret),
    variants: ['binance-secret-key'],
    pair: { group: 'binance', role: 'public', secretVerdict: binanceSecret },
    examples: {
      positive: [`BINANCE_API_KEY=«${bnKey}»`, `binance secretKey: «${bnSecret}»`, `binance\n«${bnKey}»\n${bnSecret}`],
      negative: [bnKey, `binance sha256 ${fake(HEX, 64, 205)}`, 'binance vmPUZE6mv9SD5VNHk4HlWFsOr6aKE2zvsw0MuIgwCIPy6utIco14y7Ju91duEh8A'],
    },
  },
  {
    id: 'coinbase-api-key-name',
    provider: 'coinbase',
    kind: 'public',
    severity: 'medium',
    confidence: 'high',
    keywords: ['organizations/'],
    pattern: new RegExp('(?<![A-Za-z0-9_/-])(organizations/[0-9a-f-]{36}/apiKeys/[0-9a-f-]{36})(?![A-Za-z0-9_-])', 'g'),
    prefix: /^organizations\/[0-9a-f-]{36}\/apiKeys\//,
    pair: { group: 'coinbase', role: 'public' },
    examples: { positive: [`"name": "«organizations/${fakeUuid(206)}/apiKeys/${fakeUuid(207)}»"`], negative: ['organizations/abc/apiKeys/def'] },
  },
  {
    id: 'coinbase-api-secret',
    provider: 'coinbase',
    kind: 'secret',
    severity: 'critical',
    confidence: 'medium',
    pattern: /^[A-Za-z0-9+/]{86}==$/,
    shapeLengths: [88],
    validate: (v) => isBase64OfSize(v, 64) && looksRandom(v),
    context: { words: ['coinbase', 'cdp'], pair: true },
    pair: { group: 'coinbase', role: 'secret' },
    examples: {
      positive: [`COINBASE_API_SECRET=«${fakeBase64(64, 208)}»`, `cdp_api_key.json: {"privateKey": "«${fakeBase64(64, 209)}»"}`],
      negative: [`coinbase signature ${fakeBase64(64, 208)}`],
    },
  },
  {
    id: 'kucoin-api-key',
    provider: 'kucoin',
    kind: 'public',
    severity: 'medium',
    confidence: 'medium',
    pattern: /^[0-9a-f]{24}$/,
    shapeLengths: [24],
    context: { words: ['kucoin'], strict: true, pair: true },
    pair: { group: 'kucoin', role: 'public' },
    examples: { positive: [`KUCOIN_API_KEY=«${kcKey}»`], negative: [`kucoin order ${kcKey}`] },
  },
  {
    id: 'kucoin-api-secret',
    provider: 'kucoin',
    kind: 'secret',
    severity: 'critical',
    confidence: 'medium',
    pattern: UUID,
    shapeLengths: [36],
    context: { words: ['kucoin'], strict: true, pair: true },
    pair: { group: 'kucoin', role: 'secret' },
    examples: {
      positive: [`KUCOIN_API_SECRET=«${fakeUuid(210)}»`, `kucoin\n${kcKey}\n«${fakeUuid(211)}»`],
      negative: [`kucoin orderId: ${fakeUuid(212)}`, `kucoin exchange\n# request id for support: ${fakeUuid(212)}`],
    },
  },
  {
    id: 'okx-api-key',
    provider: 'okx',
    kind: 'public',
    severity: 'medium',
    confidence: 'medium',
    pattern: UUID,
    shapeLengths: [36],
    context: { words: ['okx', 'okex'], strict: true, pair: true },
    pair: { group: 'okx', role: 'public' },
    examples: { positive: [`OKX_API_KEY=«${fakeUuid(213)}»`], negative: [`okx trade id ${fakeUuid(213)}`] },
  },
  {
    id: 'okx-secret-key',
    provider: 'okx',
    kind: 'secret',
    severity: 'critical',
    confidence: 'medium',
    pattern: /^[0-9A-F]{32}$/,
    shapeLengths: [32],
    context: { words: ['okx', 'okex'], strict: true, pair: true },
    pair: { group: 'okx', role: 'secret' },
    examples: { positive: [`OKX_SECRET_KEY=«${fake(HEX.toUpperCase(), 32, 214)}»`], negative: [`okx md5 ${fake(HEX.toUpperCase(), 32, 214)}`] },
  },
  {
    id: 'bitfinex-api-key',
    provider: 'bitfinex',
    kind: 'public',
    severity: 'medium',
    confidence: 'medium',
    pattern: /^[A-Za-z0-9_-]{43}$/,
    shapeLengths: [43],
    validate: (v) => looksRandom(v.replace(/[_-]/g, '')),
    context: { words: ['bitfinex', 'bfx'] },
    classify: halfByName(bitfinexSecret),
    variants: ['bitfinex-api-secret'],
    pair: { group: 'bitfinex', role: 'public', secretVerdict: bitfinexSecret },
    examples: { positive: [`BFX_API_KEY=«${bfx}»`, `bitfinex api_secret: «${fake(URLSAFE, 43, 215)}»`], negative: [bfx] },
  },
  {
    // Bitfinex's QR payload user:<id>-key:<k>-secret:<s>: the '-' joins the halves into one
    // run, so the shape path cannot see them; the structure itself names both halves.
    id: 'bitfinex-qr-pair',
    provider: 'bitfinex',
    kind: 'public',
    severity: 'medium',
    confidence: 'high',
    keywords: ['-secret:'],
    pattern: BFX_QR,
    collect: collectBitfinexQr,
    variants: ['bitfinex-api-key', 'bitfinex-api-secret'],
    classify: (h) => (h.label.words.includes('secret') ? { ...bitfinexSecret } : { rule: 'bitfinex-api-key' }),
    pair: { group: 'bitfinex', role: 'public', secretVerdict: bitfinexSecret },
    examples: {
      positive: [`user:12345-key:«${bfx}»-secret:${fake(URLSAFE, 43, 220)}`, `user:12345-key:${bfx}-secret:«${fake(URLSAFE, 43, 221)}»`],
      negative: [`key:${bfx}-secret:short`],
    },
  },
  {
    id: 'gemini-api-key',
    provider: 'gemini',
    kind: 'public',
    severity: 'medium',
    confidence: 'high',
    keywords: ['master-', 'account-'],
    pattern: bounded('(?:master|account)-[A-Za-z0-9]{20}'),
    prefix: /^(?:master|account)-/,
    validate: (v) => looksRandom(v.slice(v.indexOf('-') + 1)),
    pair: { group: 'gemini', role: 'public' },
    examples: { positive: [`GEMINI_API_KEY=«account-${fake(ALNUM, 20, 216)}»`], negative: ['master-branch-protection-rules'] },
  },
  {
    id: 'gemini-api-secret',
    provider: 'gemini',
    kind: 'secret',
    severity: 'critical',
    confidence: 'medium',
    pattern: /^[A-Za-z0-9]{27,28}$/,
    shapeLengths: [27, 28],
    validate: looksRandom,
    context: { words: ['gemini'], strict: true, pair: true },
    pair: { group: 'gemini', role: 'secret' },
    examples: { positive: [`GEMINI_API_SECRET=«${fake(ALNUM, 28, 217)}»`], negative: [`gemini model ${fake(ALNUM, 28, 217)}`] },
  },
  {
    id: 'bitmex-api-key',
    provider: 'bitmex',
    kind: 'public',
    severity: 'medium',
    confidence: 'medium',
    pattern: /^[A-Za-z0-9_-]{24}$/,
    shapeLengths: [24],
    validate: (v) => looksRandom(v.replace(/[_-]/g, '')),
    context: { words: ['bitmex'], strict: true, pair: true },
    pair: { group: 'bitmex', role: 'public' },
    examples: { positive: [`BITMEX_API_KEY=«${fake(URLSAFE, 24, 218)}»`], negative: [`bitmex ${fake(URLSAFE, 24, 218)}`] },
  },
  {
    id: 'bitmex-api-secret',
    provider: 'bitmex',
    kind: 'secret',
    severity: 'critical',
    confidence: 'medium',
    pattern: /^[A-Za-z0-9_-]{48}$/,
    shapeLengths: [48],
    validate: (v) => looksRandom(v.replace(/[_-]/g, '')),
    context: { words: ['bitmex'], pair: true },
    pair: { group: 'bitmex', role: 'secret' },
    examples: { positive: [`BITMEX_API_SECRET=«${fake(URLSAFE, 48, 219)}»`], negative: [fake(URLSAFE, 48, 219)] },
  },
];
