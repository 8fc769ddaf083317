import { describe, expect, it } from 'vitest';
import type { StoredFinding } from '../shared/storage';
import { buildPopupModel, compareFindings, distinctFindings, flaggedCount } from './model';

function finding(over: Partial<StoredFinding> = {}): StoredFinding {
  return {
    rule: 'kraken-private-key',
    provider: 'kraken',
    kind: 'secret',
    severity: 'critical',
    example: false,
    confidence: 'high',
    redacted: 'abcd…(88)…wxyz',
    fingerprint: 'fp-1',
    source: 'text',
    where: 'code',
    onProviderSite: false,
    ...over,
  };
}

const dismissal = { redacted: 'x', provider: 'kraken', reason: 'rotated' as const, at: 1 };

describe('popup model', () => {
  it('counts each alerting key once, whatever how often it appears', () => {
    const state = {
      page: 'https://a.test/',
      host: 'a.test',
      findings: [finding(), finding({ where: 'form-field' }), finding({ fingerprint: 'fp-2', provider: 'github', kind: 'token' })],
    };
    const model = buildPopupModel(state, {});
    expect(model.flagged.map((f) => f.fingerprint).sort()).toEqual(['fp-1', 'fp-2']);
  });

  it('lists examples and public-by-design keys apart and never counts them', () => {
    const state = {
      page: 'p',
      host: 'h',
      findings: [
        finding({ fingerprint: 'doc', example: true, severity: 'info', notCounted: 'documentation-example' }),
        finding({ fingerprint: 'pub', provider: 'stripe', kind: 'public', severity: 'info', notCounted: 'public-by-design' }),
        finding({ fingerprint: 'real' }),
      ],
    };
    const model = buildPopupModel(state, {});
    expect(model.flagged.map((f) => f.fingerprint)).toEqual(['real']);
    expect(model.notCounted.map((f) => f.fingerprint).sort()).toEqual(['doc', 'pub']);
  });

  it('an example flagged with a non-info severity is still not counted', () => {
    expect(flaggedCount([finding({ example: true, severity: 'high' })], {})).toBe(0);
  });

  it('drops dismissed keys from the count at once', () => {
    const findings = [finding(), finding({ fingerprint: 'fp-2' })];
    expect(flaggedCount(findings, {})).toBe(2);
    expect(flaggedCount(findings, { 'fp-1': dismissal })).toBe(1);
  });

  it('does not treat inherited object properties as dismissals', () => {
    expect(flaggedCount([finding({ fingerprint: 'toString' })], {})).toBe(1);
  });

  it('sorts by severity, then confidence, then provider', () => {
    const sorted = [
      finding({ fingerprint: 'low', severity: 'low' }),
      finding({ fingerprint: 'high-b', severity: 'high', provider: 'stripe' }),
      finding({ fingerprint: 'crit-med', severity: 'critical', confidence: 'medium' }),
      finding({ fingerprint: 'high-a', severity: 'high', provider: 'aws' }),
      finding({ fingerprint: 'crit', severity: 'critical' }),
    ].sort(compareFindings);
    expect(sorted.map((f) => f.fingerprint)).toEqual(['crit', 'crit-med', 'high-a', 'high-b', 'low']);
    const model = buildPopupModel({ page: 'p', host: 'h', findings: sorted.reverse() }, {});
    expect(model.topSeverity).toBe('critical');
    expect(model.flagged[0]?.fingerprint).toBe('crit');
  });

  it('keeps the most severe copy when the same key was seen twice', () => {
    const [only] = distinctFindings([
      finding({ severity: 'info', example: false }),
      finding({ severity: 'critical', where: 'qr-image' }),
    ]);
    expect(only?.severity).toBe('critical');
    expect(only?.where).toBe('qr-image');
  });

  it('is empty with no tab state', () => {
    const model = buildPopupModel(undefined, {});
    expect(model.flagged).toEqual([]);
    expect(model.topSeverity).toBeUndefined();
  });
});

describe('pair grouping', () => {
  it('shows a key and its public half on one card, still counting both', () => {
    const secret = finding({ fingerprint: 'sec', pairedWith: 'pub' });
    const pub = finding({ fingerprint: 'pub', kind: 'public', severity: 'high', pairedWith: 'sec' });
    const other = finding({ fingerprint: 'gh', provider: 'github', kind: 'token', severity: 'high' });
    const model = buildPopupModel({ page: 'p', host: 'h', findings: [pub, other, secret] }, {});
    expect(model.flagged).toHaveLength(3);
    expect(model.groups.map((g) => [g.primary.fingerprint, g.partners.map((p) => p.fingerprint)])).toEqual([
      ['sec', ['pub']],
      ['gh', []],
    ]);
  });

  it('groups when only one half names the other', () => {
    const secret = finding({ fingerprint: 'sec' });
    const pub = finding({ fingerprint: 'pub', kind: 'public', severity: 'high', pairedWith: 'sec' });
    expect(buildPopupModel({ page: 'p', host: 'h', findings: [secret, pub] }, {}).groups).toHaveLength(1);
  });

  it('a dismissed half leaves the other on its own card', () => {
    const secret = finding({ fingerprint: 'sec', pairedWith: 'pub' });
    const pub = finding({ fingerprint: 'pub', kind: 'public', severity: 'high', pairedWith: 'sec' });
    const model = buildPopupModel({ page: 'p', host: 'h', findings: [secret, pub] }, { sec: dismissal });
    expect(model.groups.map((g) => g.primary.fingerprint)).toEqual(['pub']);
  });
});

describe('exchange keys first', () => {
  it('at equal severity, an exchange key leads (it can move money)', () => {
    const gh = finding({ fingerprint: 'gh', provider: 'github', kind: 'token' });
    const kr = finding({ fingerprint: 'kr', provider: 'kraken', confidence: 'medium' });
    const low = finding({ fingerprint: 'kr-low', provider: 'kraken', severity: 'low' });
    const model = buildPopupModel({ page: 'p', host: 'h', findings: [gh, low, kr] }, {}, (slug) => slug === 'kraken');
    expect(model.flagged.map((f) => f.fingerprint)).toEqual(['kr', 'gh', 'kr-low']);
  });
});
