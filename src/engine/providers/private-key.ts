// Private key blocks. PEM blocks are found with indexOf rather than a regex: a lazy "anything
// until END" pattern would rescan the text once per BEGIN. A block may be split across string
// literals joined by +, . or adjacency (source code), with \n or \r\n escapes, or be base64 of
// a whole PEM file (Kubernetes secrets, env vars: LS0tLS1CRUdJTi is "-----BEGIN"). Binary key
// structures have long runs of A in base64, so only template marks make a block a placeholder.
// A block near Coinbase or Google service-account words is reported under that provider.
// Keys also travel as one line of base64 DER without PEM armour (Java/.NET configs, env vars,
// JSON): PKCS#8 (RFC 5208) and PKCS#1 RSA (RFC 8017) open with version 0, SEC1 EC keys
// (RFC 5915) with version 1; public keys and certificates have no version there. The DER
// SEQUENCE's length must cover exactly the decoded bytes, so a cut-off or padded blob is not one.

import { base64Bytes, decodeBase64Url, decodePrintableBase64, isCanonicalBase64 } from '../base64';
import { defineProvider } from '../rules/define';
import type { Hit, RawMatch, Verdict } from '../rules/rule';
import { bounded } from '../rules/rule';
import { B64, base64Ascii, fake } from '../rules/sample';

const BEGIN = /-----BEGIN ((?:[A-Z0-9]+ ){0,3})PRIVATE KEY( BLOCK)?-----/g;
const MAX_PEM = 20_000;
// Base64 lines, PEM headers (Proc-Type: 4,ENCRYPTED), and JSON's literal \n.
const PEM_BODY = /^[A-Za-z0-9+/=\s:,\\-]*$/;
// Where one string literal ends and the next begins: "…" + "…", '…' . '…', "…" "…", "…" \ "…".
const GLUE = /["'`]\s{0,40}(?:[+.\\]\s{0,40})?["'`]/g;
const ESCAPES_AND_SPACE = /\\[nr]|\s/g;

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
    const body = text.slice(bodyStart, nextEnd).replace(GLUE, '');
    const b64 = body.replace(/\\[nr]|\s|Proc-Type:[^\n\\]*|DEK-Info:[^\n\\]*|Comment:[^\n\\]*|Version:[^\n\\]*/g, '');
    if (!PEM_BODY.test(body) || b64.length < 64) continue;
    out.push({ value: text.slice(m.index, close + 5), start: m.index, end: close + 5 });
    BEGIN.lastIndex = close + 5;
  }
  return out;
}

/** An OpenSSH key names its cipher right after the magic: 'none' means unencrypted. */
function opensshEncrypted(value: string): boolean {
  const b64 = value.replace(/-----[^-]+-----/g, '').replace(GLUE, '').replace(ESCAPES_AND_SPACE, '').slice(0, 64);
  const raw = decodeBase64Url(b64.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')) ?? '';
  return raw.startsWith('openssh-key-v1') && !raw.slice(15, 40).includes('none');
}

/** Encrypted blocks rank lower; one near Coinbase or Google service-account words is theirs. */
function pemVerdict(pemText: string, near: Hit['near']): Verdict {
  const encrypted = /ENCRYPTED/.test(pemText.slice(0, 200)) || (pemText.includes('OPENSSH') && opensshEncrypted(pemText));
  const verdict: Verdict = encrypted ? { rule: 'private-key-encrypted', severity: 'medium' } : {};
  if (near(['coinbase', 'cdp'])) return { ...verdict, provider: 'coinbase' };
  if (near(['service_account', 'gserviceaccount'])) return { ...verdict, provider: 'google' };
  return verdict;
}

const BASE64_BEGIN = 'LS0tLS1CRUdJTi'; // base64 of "-----BEGIN"
const MAX_BASE64_PEM = 30_000;
const isBase64Char = (c: number): boolean =>
  (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 43 || c === 47 || c === 61;

/**
 * End of the base64 text starting at `start`: one run, or lines wrapped at the width base64 and
 * openssl use (76, 64), each followed by a line break and indentation.
 */
function base64End(text: string, start: number): number {
  const limit = Math.min(text.length, start + MAX_BASE64_PEM);
  let i = start;
  let lineStart = start;
  let width = -1;
  while (i < limit) {
    const c = text.charCodeAt(i);
    if (isBase64Char(c)) {
      i++;
      continue;
    }
    if (c !== 10 && c !== 13) break;
    const length = i - lineStart;
    if (width < 0) width = length === 64 || length === 76 ? length : 0;
    let next = i + 1;
    while (next < limit && next - i <= 16 && (text.charCodeAt(next) === 32 || text.charCodeAt(next) === 9 || text.charCodeAt(next) === 10)) next++;
    if (length !== width || next >= limit || !isBase64Char(text.charCodeAt(next))) break;
    i = next;
    lineStart = next;
  }
  return i;
}

function collectBase64Pem(text: string): RawMatch[] {
  const out: RawMatch[] = [];
  let at = text.indexOf(BASE64_BEGIN);
  while (at >= 0) {
    let next = at + 1;
    // '=' is padding: base64 never continues after it, so NAME=LS0t… starts a value.
    if (at === 0 || text[at - 1] === '=' || !isBase64Char(text.charCodeAt(at - 1))) {
      const end = base64End(text, at);
      const decoded = decodePrintableBase64(text.slice(at, end).replace(/\s/g, ''));
      if (decoded !== null && collectPem(decoded).length > 0) {
        out.push({ value: text.slice(at, end), start: at, end });
        next = end;
      }
    }
    at = text.indexOf(BASE64_BEGIN, next);
  }
  return out;
}

// How each DER private-key encoding opens in base64 (version 0/1 right after the outer SEQUENCE).
const DER_HEADS = [
  'MII[A-Za-z0-9+/]{3}IBADANBgkqhkiG9w0BAQEFAASC', // PKCS#8 RSA
  'MII[A-Za-z0-9+/]{3}IBAA[JK]', // PKCS#1 RSA
  'MI[GH][A-Za-z0-9+/]AgEAMB[AM]GByqGSM49AgEG', // PKCS#8 EC
  'MH[A-Za-z0-9+/]CAQEEI|MI[GH][A-Za-z0-9+/]AgEBB[DE]', // SEC1 EC
  'MC4CAQAwBQYDK2V[uw]BCIEI', // PKCS#8 Ed25519 / X25519
];

/** True when the base64 decodes to one complete DER SEQUENCE (its length covers every byte). */
function isWholeDerSequence(b64: string): boolean {
  if (!isCanonicalBase64(b64)) return false;
  const bytes = base64Bytes(b64);
  if (bytes[0] !== 0x30) return false;
  const first = bytes[1] ?? 0;
  const lengthBytes = first < 0x80 ? 0 : first - 0x80;
  if (lengthBytes > 2) return false;
  let length = lengthBytes === 0 ? first : 0;
  for (let i = 0; i < lengthBytes; i++) length = (length << 8) | (bytes[2 + i] ?? 0);
  return 2 + lengthBytes + length === bytes.length;
}

/** Base64 of a DER SEQUENCE opening with `head` (hex) and filled with fake key bytes up to `total` bytes. */
function fakeDer(head: number[], total: number, seed: number): string {
  const length = total - (total - 2 > 0xff ? 4 : total - 2 > 0x7f ? 3 : 2);
  const outer = length > 0xff ? [0x30, 0x82, length >> 8, length & 0xff] : length > 0x7f ? [0x30, 0x81, length] : [0x30, length];
  const body = fake(B64, Math.ceil(((total - outer.length - head.length) * 4) / 3) + 4, seed);
  const filler = Array.from(body, (c) => c.charCodeAt(0) ^ 0x5a).slice(0, total - outer.length - head.length);
  return base64Ascii(String.fromCharCode(...outer, ...head, ...filler));
}

function pem(type: string, body: string): string {
  const lines = body.match(/.{1,64}/g) ?? [];
  return `-----BEGIN ${type}PRIVATE KEY-----\n${lines.join('\n')}\n-----END ${type}PRIVATE KEY-----`;
}

// An unencrypted OpenSSH key opens with its magic, cipher and KDF names and zero-filled lengths
// (54 bytes, so the random tail continues the base64 without padding).
const OPENSSH_HEAD = base64Ascii('openssh-key-v1\0\0\0\0\x04none\0\0\0\x04none\0\0\0\0\0\0\0\x01\0\0\0\x33\0\0\0\x0bssh-ed2');
const openssh = pem('OPENSSH ', OPENSSH_HEAD + fake(B64, 280, 1206));
const rsaLines = (pem('RSA ', fake(B64, 256, 1207)) + '\n').split('\n').slice(0, -1);
/** `text` as base64 wrapped at 76 characters, each line indented by `indent`. */
const wrapped = (text: string, indent: string): string => (base64Ascii(text).match(/.{1,76}/g) ?? []).join(`\n${indent}`);

export default defineProvider({
  slug: 'private-key',
  name: 'Private key',
  category: 'other',
  credentialType: true,
  domains: [],
  noKeysUrl: 'Whoever made the key pair replaces it; there is no provider page.',
  canDo: 'Whatever the key protects: sign in to servers (SSH), impersonate a TLS site, sign code or transactions.',
  rules: [
    {
      id: 'private-key',
      match: 'collector',
      kind: 'private-key',
      severity: 'critical',
      confidence: 'high',
      keywords: ['PRIVATE KEY'],
      collect: collectPem,
      variants: ['private-key-encrypted'],
      classify: (h) => pemVerdict(h.value, h.near),
      structured: true,
      examples: {
        positive: [
          `«${pem('RSA ', fake(B64, 200, 301))}»`,
          `key.pem:\n«${pem('EC ', fake(B64, 160, 302))}»`,
          `«${pem('', fake(B64, 300, 303))}»`,
          `"private_key": "«${pem('', fake(B64, 300, 304)).replace(/\n/g, '\\n')}»"`,
          `id_ed25519:\n«${openssh}»`,
          `const key =\n  "«${rsaLines.join('\\n" +\n  "')}»\\n";`,
          `KEY = (\n    "«${rsaLines.join('\\n"\n    "')}»\\n"\n)`,
          `{"key": "«${pem('EC ', fake(B64, 160, 1208)).replace(/\n/g, '\\r\\n')}»"}`,
        ],
        negative: [
          '-----BEGIN RSA PRIVATE KEY-----\n...\n-----END RSA PRIVATE KEY-----',
          '-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA\n-----END PUBLIC KEY-----',
          `${pem('RSA ', 'your private key goes here')}`,
          `${pem('RSA ', `MIIEpAIBAAKCAQEA${'X'.repeat(120)}`)}`,
        ],
      },
    },
    {
      id: 'private-key-base64',
      match: 'collector',
      kind: 'private-key',
      severity: 'critical',
      confidence: 'high',
      keywords: [BASE64_BEGIN],
      collect: collectBase64Pem,
      variants: ['private-key-encrypted'],
      classify: (h) => pemVerdict(decodePrintableBase64(h.value.replace(/\s/g, '')) ?? '', h.near),
      structured: true,
      examples: {
        positive: [
          `data:\n  tls.key: «${base64Ascii(pem('RSA ', fake(B64, 300, 1209)))}»`,
          `SSH_PRIVATE_KEY: |\n    «${wrapped(openssh, '    ')}»\n`,
          `TLS_KEY_B64=«${base64Ascii(pem('RSA ', fake(B64, 300, 7307)))}»`,
        ],
        negative: [
          `tls.crt: ${base64Ascii('-----BEGIN CERTIFICATE-----\n' + fake(B64, 300, 1211) + '\n-----END CERTIFICATE-----')}`,
          `tls.key: ${base64Ascii(pem('RSA ', 'your private key goes here'))}`,
          'LS0tLS1CRUdJTiBSU0EgUFJJVkFURSBLRVktLS0tLQ',
        ],
      },
    },
    {
      id: 'private-key-der',
      match: 'keyword',
      kind: 'private-key',
      severity: 'critical',
      confidence: 'high',
      keywords: ['IBADANBgkqhkiG9w0BAQEFAASC', 'IBAAJ', 'IBAAK', 'GByqGSM49AgEG', 'CAQEEI', 'AgEBBD', 'AgEBBE', 'MC4CAQAwBQYDK2V'],
      anywhere: true,
      pattern: bounded(`(?:${DER_HEADS.join('|')})[A-Za-z0-9+/]{20,6000}={0,2}`),
      validate: isWholeDerSequence,
      structured: true,
      examples: {
        positive: [
          // PKCS#8 RSA 2048: version 0, rsaEncryption, OCTET STRING.
          `jwt.signing.private-key=«${fakeDer([0x02, 0x01, 0x00, 0x30, 0x0d, 0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01, 0x05, 0x00, 0x04, 0x82, 0x04, 0xa7], 1217, 4210)}»`,
          // PKCS#1 RSA 2048: version 0, then the modulus.
          `"privateKey": "«${fakeDer([0x02, 0x01, 0x00, 0x02, 0x82, 0x01, 0x01, 0x00], 1191, 4211)}»"`,
          // SEC1 P-256: version 1, 32-byte OCTET STRING.
          `EC_PRIVATE_KEY=«${fakeDer([0x02, 0x01, 0x01, 0x04, 0x20], 121, 4212)}»`,
          // PKCS#8 Ed25519.
          `ed25519_key: «${fakeDer([0x02, 0x01, 0x00, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x04, 0x22, 0x04, 0x20], 48, 4213)}»`,
        ],
        negative: [
          // A public key (SubjectPublicKeyInfo) has no version.
          `publicKey=${fakeDer([0x30, 0x0d, 0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01, 0x05, 0x00, 0x03, 0x82, 0x01, 0x0f, 0x00], 294, 4214)}`,
          // Cut off: the SEQUENCE claims more bytes than there are.
          `privateKey=${fakeDer([0x02, 0x01, 0x00, 0x02, 0x82, 0x01, 0x01, 0x00], 1191, 4215).slice(0, 800)}`,
        ],
      },
    },
  ],
});
