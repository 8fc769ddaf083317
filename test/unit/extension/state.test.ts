// The worker's per-tab reducer: distinct keys by fingerprint, what counts, badge text and colour.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  addFindings, badgeFor, BADGE_COLORS, credentialsOf, emptyState, withoutDismissed,
} from '../../../src/background/state';
import { flaggedCount } from '../../../src/popup/model';
import type { StoredFinding } from '../../../src/shared/storage';
import { finding as storedFinding } from '../../fixtures/findings';

function finding(fingerprint: string, over: Partial<StoredFinding> = {}): StoredFinding {
  return {
    rule: 'github-token', provider: 'github', kind: 'token', severity: 'critical', example: false,
    confidence: 'high', redacted: 'ghp_Ab…(40)…x9Qz', fingerprint, source: 'text', where: 'text',
    onProviderSite: false, ...over,
  };
}

describe('addFindings', () => {
  const base = emptyState('https://a.example/');

  it('adds each fingerprint once and reports only the new ones', () => {
    const first = addFindings(base, [finding('a'), finding('b'), finding('a')]);
    expect(first.state.findings.map((f) => f.fingerprint)).toEqual(['a', 'b']);
    expect(first.added.map((f) => f.fingerprint)).toEqual(['a', 'b']);
    const again = addFindings(first.state, [finding('b', { where: 'code' })]);
    expect(again.added).toEqual([]);
    expect(again.state).toBe(first.state); // unchanged: nothing to write
  });

  it('keeps the more severe classification and a pairing learnt later', () => {
    const low = addFindings(base, [finding('k', { severity: 'medium', rule: 'kraken-public-key' })]).state;
    const up = addFindings(low, [finding('k', { severity: 'critical', pairedWith: 'p' })]).state;
    expect(up.findings).toHaveLength(1);
    expect(up.findings[0]).toMatchObject({ severity: 'critical', pairedWith: 'p' });
    // An example seen later never upgrades an alert into… anything else.
    const same = addFindings(up, [finding('k', { severity: 'info', example: true })]).state;
    expect(same.findings[0]).toMatchObject({ severity: 'critical', example: false });
  });
});

describe('counting and the badge', () => {
  const state = {
    ...emptyState('https://a.example/'),
    findings: [
      finding('a'),
      finding('b', { severity: 'medium' }),
      finding('c', { severity: 'info', notCounted: 'public-by-design' }),
      finding('d', { severity: 'high', example: true }),
    ],
  };

  const badge = (findings: StoredFinding[] | undefined) => badgeFor(credentialsOf(findings && { ...state, findings }));

  it('counts alerting keys only: no info, no examples', () => {
    expect(credentialsOf(state)).toHaveLength(2);
    expect(credentialsOf(undefined)).toEqual([]);
  });

  it('shows the count, coloured by the highest alerting severity; empty when none', () => {
    expect(badge(state.findings)).toEqual({ text: '2', color: BADGE_COLORS.critical });
    expect(badge([finding('b', { severity: 'medium' })])).toEqual({ text: '1', color: BADGE_COLORS.medium });
    expect(badge([finding('c', { severity: 'info' })]).text).toBe('');
    expect(badge(undefined).text).toBe('');
  });

  it('counts a key pair once', () => {
    expect(badge([finding('sec', { pairedWith: 'pub' }), finding('pub', { kind: 'public', severity: 'medium' }), finding('other')]).text).toBe('2');
  });

  it('drops dismissed fingerprints', () => {
    const left = withoutDismissed(state, new Set(['a']));
    expect(left.findings.map((f) => f.fingerprint)).toEqual(['b', 'c', 'd']);
    expect(withoutDismissed(state, new Set(['zzz']))).toBe(state);
  });
});

describe('the popup and the badge count alike', () => {
  const dismissal = { redacted: 'x', provider: 'kraken', reason: 'rotated' as const, at: 1 };
  const arbitraryFinding = fc.record({
    fingerprint: fc.constantFrom('a', 'b', 'c', 'd', 'e'),
    pairedWith: fc.option(fc.constantFrom('a', 'b', 'c', 'd', 'e'), { nil: undefined }),
    provider: fc.constantFrom('kraken', 'github'),
    severity: fc.constantFrom('critical', 'high', 'medium', 'low', 'info' as const),
    example: fc.boolean(),
  }).map((over) => storedFinding(over));

  it('for any findings and dismissals', () => {
    fc.assert(fc.property(fc.array(arbitraryFinding, { maxLength: 8 }), fc.subarray(['a', 'b', 'c', 'd', 'e']), (findings, dismissedPrints) => {
      const dismissed = Object.fromEntries(dismissedPrints.map((fp) => [fp, dismissal]));
      // The worker drops dismissed keys from the tab's state; the popup reads that state and the dismissals.
      const stored = withoutDismissed({ ...emptyState('https://a.test/'), findings }, new Set(dismissedPrints));
      const badge = badgeFor(credentialsOf(stored)).text;
      expect(badge === '' ? 0 : Number(badge)).toBe(flaggedCount(stored.findings, dismissed));
    }), { numRuns: 300 });
  });
});
