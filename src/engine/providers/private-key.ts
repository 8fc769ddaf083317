// Private key blocks. PEM blocks are found with indexOf rather than a regex: a lazy "anything
// until END" pattern would rescan the text once per BEGIN. A block near Coinbase or Google
// service-account words is reported under that provider.

import { decodeBase64Url } from '../base64';
import { defineProvider } from '../rules/define';
import type { RawMatch } from '../rules/rule';
import { B64, fake } from '../rules/sample';

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
  ],
});
