// Private key blocks and JSON Web Tokens. PEM blocks are found with indexOf rather than a
// regex: a lazy "anything until END" pattern would rescan the text once per BEGIN.

import { decodeBase64Url } from '../base64';
import { bounded, type RawMatch, type Rule } from './rule';
import { B64, URLSAFE, fake } from './sample';

const BEGIN = /-----BEGIN ((?:[A-Z0-9]+ ){0,3})PRIVATE KEY( BLOCK)?-----/g;
const MAX_PEM = 20_000;
// Base64 lines, PEM headers (Proc-Type: 4,ENCRYPTED), and JSON's literal \n.
const PEM_BODY = /^[A-Za-z0-9+/=\s:,\\-]*$/;

function collectPem(text: string): RawMatch[] {
  const out: RawMatch[] = [];
  let nextEnd = -1;
  BEGIN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = BEGIN.exec(text)) !== null) {
    const bodyStart = m.index + m[0].length;
    // One forward search shared by every BEGIN before it keeps this linear.
    if (nextEnd < bodyStart) nextEnd = text.indexOf('-----END ', bodyStart);
    if (nextEnd < 0) break;
    const close = text.indexOf('-----', nextEnd + 9);
    if (close < 0 || close - nextEnd > 60 || nextEnd - bodyStart > MAX_PEM) continue;
    const body = text.slice(bodyStart, nextEnd);
    const b64 = body.replace(/\\n|\s|Proc-Type:[^\n\\]*|DEK-Info:[^\n\\]*|Comment:[^\n\\]*|Version:[^\n\\]*/g, '');
    if (!PEM_BODY.test(body) || b64.length < 64) continue;
    out.push({ value: text.slice(m.index, close + 5), start: m.index, end: close + 5 });
    BEGIN.lastIndex = close + 5;
  }
  return out;
}

/** An OpenSSH key names its cipher right after the magic: 'none' means unencrypted. */
function opensshEncrypted(value: string): boolean {
  const b64 = value.replace(/-----[^-]+-----|\\n|\s/g, '').slice(0, 64);
  const raw = decodeBase64Url(b64.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')) ?? '';
  return raw.startsWith('openssh-key-v1') && !raw.slice(15, 40).includes('none');
}

function pem(type: string, body: string): string {
  const lines = body.match(/.{1,64}/g) ?? [];
  return `-----BEGIN ${type}PRIVATE KEY-----\n${lines.join('\n')}\n-----END ${type}PRIVATE KEY-----`;
}

function jwtPart(obj: object): string {
  const b64 = btoaLike(JSON.stringify(obj));
  return b64.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Minimal base64 encoder for ASCII, for building sample JWTs without platform APIs. */
function btoaLike(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i += 3) {
    const n = (s.charCodeAt(i) << 16) | ((s.charCodeAt(i + 1) || 0) << 8) | (s.charCodeAt(i + 2) || 0);
    out += B64[(n >> 18) & 63] as string;
    out += B64[(n >> 12) & 63] as string;
    out += i + 1 < s.length ? (B64[(n >> 6) & 63] as string) : '=';
    out += i + 2 < s.length ? (B64[n & 63] as string) : '=';
  }
  return out;
}

const jwt = (payload: object, seed: number): string =>
  `${jwtPart({ alg: 'HS256', typ: 'JWT' })}.${jwtPart(payload)}.${fake(URLSAFE, 43, seed)}`;

function parseJson(s: string | null): Record<string, unknown> | null {
  if (s === null) return null;
  try {
    const v: unknown = JSON.parse(s);
    return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

export const CRYPTO_MATERIAL_RULES: Rule[] = [
  {
    id: 'private-key',
    provider: 'private-key',
    kind: 'private-key',
    severity: 'critical',
    confidence: 'high',
    keywords: ['PRIVATE KEY'],
    pattern: BEGIN,
    collect: collectPem,
    variants: ['private-key-encrypted'],
    classify: (h) => {
      const encrypted = /ENCRYPTED/.test(h.value.slice(0, 200)) || (h.value.includes('OPENSSH') && opensshEncrypted(h.value));
      const verdict = encrypted ? { rule: 'private-key-encrypted', severity: 'medium' as const } : {};
      if (h.near(['coinbase', 'cdp'])) return { ...verdict, provider: 'coinbase' };
      if (h.near(['service_account', 'gserviceaccount'])) return { ...verdict, provider: 'google' };
      return verdict;
    },
    examples: {
      positive: [
        `«${pem('RSA ', fake(B64, 200, 301))}»`,
        `key.pem:\n«${pem('EC ', fake(B64, 160, 302))}»`,
        `«${pem('', fake(B64, 300, 303))}»`,
        `"private_key": "«${pem('', fake(B64, 300, 304)).replace(/\n/g, '\\n')}»"`,
      ],
      negative: [
        '-----BEGIN RSA PRIVATE KEY-----\n...\n-----END RSA PRIVATE KEY-----',
        '-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA\n-----END PUBLIC KEY-----',
        `${pem('RSA ', 'your private key goes here')}`,
      ],
    },
  },
  {
    id: 'jwt',
    provider: 'jwt',
    kind: 'token',
    severity: 'medium',
    confidence: 'medium',
    keywords: ['eyJ'],
    pattern: bounded('eyJ[A-Za-z0-9_-]{8,2000}\\.eyJ[A-Za-z0-9_-]{8,8000}\\.[A-Za-z0-9_-]{16,1000}'),
    prefix: /^eyJ[A-Za-z0-9_-]*\./,
    validate: (v) => {
      const header = parseJson(decodeBase64Url(v.slice(0, v.indexOf('.'))));
      return header !== null && typeof header.alg === 'string' && header.alg.toLowerCase() !== 'none';
    },
    classify: (h) => {
      const parts = h.value.split('.');
      const payload = parseJson(decodeBase64Url(parts[1] ?? ''));
      // Supabase anon keys are JWTs meant for browsers.
      if (payload?.role === 'anon') return { kind: 'public', notCounted: 'public-by-design' };
      return {};
    },
    examples: {
      positive: [`Authorization: Bearer «${jwt({ sub: '1234567890', name: 'Ada', iat: 1516239022 }, 305)}»`],
      negative: [
        `supabaseKey = "${jwt({ iss: 'supabase', role: 'anon' }, 306)}"`,
        `eyJub3QiOiJqd3QifQ.eyJhIjoxfQ.${fake(URLSAFE, 43, 307)}`,
      ],
    },
  },
];
