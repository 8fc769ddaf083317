// Bitfinex: key and secret are both 43 base64url characters; the name tells which is which. Its
// QR payload user:<id>-key:<k>-secret:<s> joins the halves into one run with '-', so the shape
// path cannot see them; the structure itself names both halves.

import { looksRandom } from '../filters';
import { halfByName } from '../rules/common';
import { defineProvider } from '../rules/define';
import type { RawMatch, Verdict } from '../rules/rule';
import { URLSAFE, fake } from '../rules/sample';

const secret: Verdict = { rule: 'bitfinex-api-secret', kind: 'secret', severity: 'critical' };
const key = fake(URLSAFE, 43, 203);

const QR_PAIR = /(?<![A-Za-z0-9_])key:([A-Za-z0-9_-]{43})-secret:([A-Za-z0-9_-]{43})(?![A-Za-z0-9_-])/g;

function collectQrPair(text: string): RawMatch[] {
  const out: RawMatch[] = [];
  QR_PAIR.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = QR_PAIR.exec(text)) !== null) {
    const k = m[1] as string;
    const s = m[2] as string;
    const keyStart = m.index + 4;
    const secretStart = keyStart + k.length + 8;
    out.push({ value: k, start: keyStart, end: keyStart + k.length });
    out.push({ value: s, start: secretStart, end: secretStart + s.length });
  }
  return out;
}

export default defineProvider({
  slug: 'bitfinex',
  name: 'Bitfinex',
  category: 'exchange',
  domains: ['bitfinex.com'],
  keysUrl: 'https://setting.bitfinex.com/api',
  canDo: 'Depending on its permissions: read the account, trade, and withdraw.',
  rules: [
    {
      id: 'bitfinex-api-key',
      match: 'shape',
      kind: 'public',
      severity: 'medium',
      confidence: 'medium',
      lengths: [43],
      pattern: /^[A-Za-z0-9_-]{43}$/,
      validate: (v) => looksRandom(v.replace(/[_-]/g, '')),
      context: { words: ['bitfinex', 'bfx'] },
      classify: halfByName(secret),
      variants: ['bitfinex-api-secret'],
      pair: { group: 'bitfinex', role: 'public', secretVerdict: secret },
      examples: { positive: [`BFX_API_KEY=«${key}»`, `bitfinex api_secret: «${fake(URLSAFE, 43, 215)}»`], negative: [key] },
    },
    {
      id: 'bitfinex-qr-pair',
      match: 'collector',
      kind: 'public',
      severity: 'medium',
      confidence: 'high',
      keywords: ['-secret:'],
      collect: collectQrPair,
      variants: ['bitfinex-api-key', 'bitfinex-api-secret'],
      classify: (h) => (h.label.words.includes('secret') ? { ...secret } : { rule: 'bitfinex-api-key' }),
      pair: { group: 'bitfinex', role: 'public', secretVerdict: secret },
      examples: {
        positive: [`user:12345-key:«${key}»-secret:${fake(URLSAFE, 43, 220)}`, `user:12345-key:${key}-secret:«${fake(URLSAFE, 43, 221)}»`],
        negative: [`key:${key}-secret:short`],
      },
    },
  ],
});
