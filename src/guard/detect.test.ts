import { describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { findAlerts, guardKeys } from './detect';
import { EDIT_RADIUS, scanWindow, WHOLE_TEXT_LIMIT } from './window';

const OPTIONS = { context: 'example.org', salt: 's' };
const KRAKEN_DOC_EXAMPLE =
  'kQH5HW/8p1uGOVjbgWA7FunAmGO8lsSUXNsu3eow76sz84Q18fWxnyRzBHCd3pd5nE9qa99HAZtuZuj6F1huXg==';
const STRIPE = `sk_live_${'a1B2c3D4e5F6g7H8i9J0kLmN'}`;
const filler = (n: number) => 'lorem ipsum dolor sit amet '.repeat(Math.ceil(n / 27)).slice(0, n);

describe('scanWindow', () => {
  it('scans short texts whole', () => {
    expect(scanWindow('short', 2, 3)).toEqual({ start: 0, end: 5 });
  });

  it('scans a bounded window around an edit in a long text, ending on whitespace', () => {
    const text = filler(WHOLE_TEXT_LIMIT * 4);
    const w = scanWindow(text, 60_000, 60_001);
    expect(w.end - w.start).toBeLessThan(2 * EDIT_RADIUS + 1100);
    expect(w.start).toBeLessThanOrEqual(60_000 - EDIT_RADIUS);
    expect(/\s/.test(text[w.start - 1] ?? ' ')).toBe(true);
    expect(/\s/.test(text[w.end] ?? ' ')).toBe(true);
  });

  it('widens a window edge that falls inside a long token so the token is not cut', () => {
    const token = 'x'.repeat(300);
    const text = filler(50_000) + ' ' + token + ' ' + filler(50_000);
    const tokenStart = 50_001;
    const w = scanWindow(text, tokenStart + 100 + EDIT_RADIUS, tokenStart + 100 + EDIT_RADIUS);
    expect(w.start).toBe(tokenStart);
  });
});

describe('findAlerts', () => {
  it('finds a live key near an edit deep inside a 1 MB text, with spans into the whole text', () => {
    const before = filler(600_000);
    const text = `${before} token ${STRIPE} ${filler(400_000)}`;
    const at = text.indexOf(STRIPE);
    const alerts = findAlerts(text, scanWindow(text, at, at + STRIPE.length), OPTIONS);
    expect(alerts).toHaveLength(1);
    expect(text.slice(alerts[0]!.start, alerts[0]!.end)).toBe(STRIPE);
    expect(alerts[0]!.provider).toBe('stripe');
  });

  it('does not look outside the window', () => {
    const text = `${STRIPE} ${filler(200_000)}`;
    expect(findAlerts(text, scanWindow(text, 150_000, 150_001), OPTIONS)).toEqual([]);
  });

  it('ignores documentation examples and public-by-design keys', () => {
    for (const text of [
      `Kraken API secret: ${KRAKEN_DOC_EXAMPLE}`,
      'aws_access_key_id=AKIAIOSFODNN7EXAMPLE',
      `pk_live_${'Zq4Rt7Yu9Io2Pa5Sd8Fg1Hj3'}`,
    ]) {
      expect(findAlerts(text, { start: 0, end: text.length }, OPTIONS), text).toEqual([]);
    }
  });

  it('takes the field’s label as context for a Kraken key without a prefix', () => {
    const privateKey = randomBytes(64).toString('base64');
    const alerts = findAlerts(privateKey, { start: 0, end: privateKey.length }, { ...OPTIONS, context: 'bot.example Kraken API private key' });
    expect(alerts.map((a) => a.provider)).toContain('kraken');
  });
});

describe('guardKeys', () => {
  it('answers with spans, provider name, exchange flag, key page and domains, and no raw value', () => {
    const privateKey = randomBytes(64).toString('base64');
    const text = `note\n${privateKey}\nand ${STRIPE}`;
    const keys = guardKeys(text, { ...OPTIONS, context: 'bot.example Kraken API private key' });
    const kraken = keys.find((k) => k.provider === 'kraken');
    const stripe = keys.find((k) => k.provider === 'stripe');
    expect(text.slice(kraken!.start, kraken!.end)).toBe(privateKey);
    expect(kraken).toMatchObject({ providerName: 'Kraken', exchange: true, domains: expect.arrayContaining(['kraken.com']) });
    expect(text.slice(stripe!.start, stripe!.end)).toBe(STRIPE);
    expect(stripe!.exchange).toBe(false);
    expect(JSON.stringify(keys)).not.toContain(privateKey.slice(8, 24));
    expect(JSON.stringify(keys)).not.toContain(STRIPE.slice(8, 24));
  });
});
