// The worker's per-tab reducer: distinct keys by fingerprint, what counts, badge text and colour.
import { describe, expect, it } from 'vitest';
import {
  addFindings, alertCount, badgeFor, BADGE_COLORS, emptyState, withoutDismissed,
} from '../../../src/background/state';
import type { StoredFinding } from '../../../src/shared/storage';

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

  it('counts alerting keys only: no info, no examples', () => {
    expect(alertCount(state)).toBe(2);
    expect(alertCount(undefined)).toBe(0);
  });

  it('shows the count, coloured by the highest alerting severity; empty when none', () => {
    expect(badgeFor(state)).toEqual({ text: '2', color: BADGE_COLORS.critical });
    expect(badgeFor({ ...state, findings: [finding('b', { severity: 'medium' })] })).toEqual({ text: '1', color: BADGE_COLORS.medium });
    expect(badgeFor({ ...state, findings: [finding('c', { severity: 'info' })] }).text).toBe('');
    expect(badgeFor(undefined).text).toBe('');
  });

  it('drops dismissed fingerprints', () => {
    const left = withoutDismissed(state, new Set(['a']));
    expect(left.findings.map((f) => f.fingerprint)).toEqual(['b', 'c', 'd']);
    expect(withoutDismissed(state, new Set(['zzz']))).toBe(state);
  });
});
