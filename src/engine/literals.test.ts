import { describe, expect, it } from 'vitest';
import { hasCandidate, isAlert, scan } from './index';
import { LiteralSet, Runs } from './literals';
import { RULE_GATES } from './prefilter';
import { RULES } from './rules';
import { ALNUM, fake } from './rules/sample';

const found = (set: LiteralSet, text: string): string[] => set.find(text).map((i) => set.literals[i] as string).sort();

describe('LiteralSet', () => {
  it('finds every literal that occurs, overlapping and nested ones included, each once', () => {
    const set = new LiteralSet(['hooks.slack.com/', 'slack', 'ack', 'PRIVATE KEY', 'T3BlbkFJ']);
    expect(found(set, 'curl https://hooks.slack.com/services/T0/B0/x and hooks.slack.com/ again')).toEqual(['ack', 'hooks.slack.com/', 'slack']);
    expect(found(set, '-----BEGIN RSA PRIVATE KEY-----')).toEqual(['PRIVATE KEY']);
    expect(found(set, 'sk-proj-abcT3BlbkFJxyz')).toEqual(['T3BlbkFJ']);
    expect(found(set, 'nothing to see here')).toEqual([]);
  });

  it('is case-sensitive unless asked, and then folds the text, not only the literals', () => {
    expect(found(new LiteralSet(['PRIVATE KEY']), 'private key')).toEqual([]);
    const words = new LiteralSet(['Kraken', 'x-honeycomb-team'], true);
    expect(words.literals).toEqual(['kraken', 'x-honeycomb-team']);
    expect(found(words, 'KRAKEN_API_KEY=… X-Honeycomb-Team: …')).toEqual(['kraken', 'x-honeycomb-team']);
  });

  it('restarts cleanly after characters no literal uses, non-ASCII included', () => {
    const set = new LiteralSet(['abc']);
    expect(found(set, 'abé abc')).toEqual(['abc']);
    expect(found(set, 'ab\u{1F511}c')).toEqual([]);
    expect(found(set, 'aabc')).toEqual(['abc']);
  });

  it('notes, in the same read, every maximal run of the marked characters that is long enough', () => {
    const letters = 'abcdefghijklmnopqrstuvwxyz';
    const runs = new Runs(letters, 4);
    const text = 'abcd ab abcdef-xyz\u00e9abcdefgh';
    expect(new LiteralSet(['cde']).find(text, runs).length).toBe(1);
    const spans = Array.from(runs.at.subarray(0, runs.count * 2));
    // "abcd" at the start, "abcdef" before '-', "abcdefgh" running to the end; "ab" and "xyz" are too short.
    expect(spans).toEqual([0, 4, 8, 14, 19, 27]);
    const many = new Runs(letters, 1);
    new LiteralSet(['x']).find('a '.repeat(1000), many);
    expect(many.count).toBe(1000);
  });

  it('refuses literals it cannot match and answers nothing when empty', () => {
    expect(() => new LiteralSet(['clé'])).toThrow(/not ASCII/);
    expect(() => new LiteralSet(['a\0b'])).toThrow(/NUL/); // the read takes non-ASCII for NUL
    expect(new LiteralSet([]).find('anything')).toEqual([]);
  });
});

describe('rule gates', () => {
  const gated = (id: string): boolean => [...RULE_GATES.keys()].some((r) => r.id === id);

  it('close on prefix-less rules that need their provider word, directly or through their pair', () => {
    expect(gated('snyk-api-token')).toBe(true); // strict, no pair
    expect(gated('okta-access-token')).toBe(true); // the word, not a name, is what it needs
    expect(gated('bybit-api-key')).toBe(true); // both halves need the word
    const razorpay = [...RULE_GATES].find(([r]) => r.id === 'razorpay-key-secret')?.[1];
    expect(razorpay?.partners.map((p) => p.id)).toEqual(['razorpay-key-id']); // a prefixed partner opens it
  });

  it('stay open for rules a key-ish name or an unnamed partner can carry', () => {
    expect(gated('kraken-private-key')).toBe(false);
    expect(gated('htx-secret-key')).toBe(false);
    expect(RULES.filter((r) => !r.context).some((r) => RULE_GATES.has(r))).toBe(false);
  });

  it('stay open under an outside context: hasCandidate says yes, and a scan with the host finds the key', () => {
    // 45 characters: only X's access secret, a gated rule, reads that length.
    const text = `ACCESS_SECRET=${fake(ALNUM, 45, 3900)}`;
    expect(scan(text).filter(isAlert)).toEqual([]);
    expect(hasCandidate(text)).toBe(true);
    expect(scan(text, { context: 'x.com twitter' }).map((f) => f.rule)).toEqual(['twitter-access-secret']);
  });
});
