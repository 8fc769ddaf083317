import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compareFindings, distinctFindings, exposedCredentials, pairRoots, tabCount, tallyKeys } from './findings';
import type { TabKey } from './keyset';
import type { StoredFinding } from './storage';
import { finding } from '../../test/fixtures/findings';

const count = (findings: StoredFinding[], dismissed: string[] = []) =>
  exposedCredentials(findings, (fp) => dismissed.includes(fp)).credentials.length;

describe('what counts', () => {
  it('each alerting key once, however often it appears', () => {
    expect(count([finding(), finding({ where: 'form-field' }), finding({ fingerprint: 'fp-2', provider: 'github', kind: 'token' })])).toBe(2);
  });

  it('never examples, placeholders, public-by-design or info findings', () => {
    expect(count([
      finding({ fingerprint: 'doc', example: true, severity: 'info', notCounted: 'documentation-example' }),
      finding({ fingerprint: 'pub', provider: 'stripe', kind: 'public', severity: 'info', notCounted: 'public-by-design' }),
      finding({ fingerprint: 'ex', example: true, severity: 'high' }),
    ])).toBe(0);
  });

  it('minus dismissed keys', () => {
    expect(count([finding(), finding({ fingerprint: 'fp-2' })], ['fp-1'])).toBe(1);
  });

  it('a key pair once: a Kraken API key beside its private key is one exposed credential', () => {
    const secret = finding({ fingerprint: 'sec', pairedWith: 'pub' });
    const pub = finding({ fingerprint: 'pub', rule: 'kraken-public-key', kind: 'public', severity: 'medium', pairedWith: 'sec' });
    const github = finding({ fingerprint: 'gh', provider: 'github', kind: 'token', severity: 'high' });
    const { keys, credentials } = exposedCredentials([pub, github, secret]);
    expect(keys).toHaveLength(3);
    expect(credentials.map((c) => [c.primary.fingerprint, c.partners.map((p) => p.fingerprint)])).toEqual([['sec', ['pub']], ['gh', []]]);
    // Only one half names the other: still one credential.
    expect(count([finding({ fingerprint: 'sec' }), pub])).toBe(1);
    // Halves of different providers never fold together.
    expect(count([secret, { ...pub, provider: 'binance' }])).toBe(2);
    // A dismissed half leaves the other counted on its own.
    expect(count([secret, pub], ['sec'])).toBe(1);
  });
});

describe('order', () => {
  it('by severity, then confidence, then provider', () => {
    const sorted = [
      finding({ fingerprint: 'low', severity: 'low' }),
      finding({ fingerprint: 'high-b', severity: 'high', provider: 'stripe' }),
      finding({ fingerprint: 'crit-med', severity: 'critical', confidence: 'medium' }),
      finding({ fingerprint: 'high-a', severity: 'high', provider: 'aws' }),
      finding({ fingerprint: 'crit', severity: 'critical' }),
    ].sort((a, b) => compareFindings(a, b));
    expect(sorted.map((f) => f.fingerprint)).toEqual(['crit', 'crit-med', 'high-a', 'high-b', 'low']);
  });

  it('keeps the most severe copy when the same key was seen twice', () => {
    const [only] = distinctFindings([finding({ severity: 'info' }), finding({ severity: 'critical', where: 'qr-image' })]);
    expect(only).toMatchObject({ severity: 'critical', where: 'qr-image' });
  });
});

describe('pairs', () => {
  it('join the same keys whatever order they come in', () => {
    // a and c both name b as their partner: one credential of three keys, in any order.
    const keys = [{ id: 'a', partner: 'b', provider: 'kraken' }, { id: 'b', provider: 'kraken' }, { id: 'c', partner: 'b', provider: 'kraken' }];
    fc.assert(fc.property(fc.shuffledSubarray(keys, { minLength: 3, maxLength: 3 }), (order) => {
      const rootOf = pairRoots(order);
      expect(new Set(['a', 'b', 'c'].map(rootOf)).size).toBe(1);
    }));
    // Never across providers, never to a key that is not there.
    const apart = pairRoots([{ id: 'a', partner: 'b', provider: 'kraken' }, { id: 'b', provider: 'binance' }, { id: 'c', partner: 'z', provider: 'kraken' }]);
    expect(new Set(['a', 'b', 'c'].map(apart)).size).toBe(3);
  });
});

describe('the tally over every key', () => {
  const key = (print: number, over: Partial<TabKey> = {}): TabKey =>
    ({ print, severity: 'critical', alert: true, kind: 'secret', provider: 'kraken', ...over });

  it('counts credentials by severity and by provider and kind, examples apart', () => {
    const tally = tallyKeys([
      key(1, { partner: 2 }), key(2, { kind: 'public', severity: 'medium' }),
      key(3, { provider: 'github', kind: 'token', severity: 'high' }), key(4, { provider: 'github', kind: 'token', severity: 'high' }),
      key(5, { severity: 'info', alert: false }),
    ]);
    expect(tally).toEqual({
      credentials: 3,
      bySeverity: { critical: 1, high: 2 },
      groups: [
        { provider: 'kraken', kind: 'secret', severity: 'critical', credentials: 1 },
        { provider: 'github', kind: 'token', severity: 'high', credentials: 2 },
      ],
      notCounted: 1,
      keys: 5,
    });
    expect(tabCount({ tally, stoppedEarly: true })).toEqual({ count: 3, atLeast: true });
    expect(tabCount(undefined)).toEqual({ count: 0, atLeast: false });
  });
});
