// The worker's per-tab reducer: distinct keys by fingerprint, exact counts over every key with full
// detail for a bounded number, what counts, badge text and colour.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  addFindings, badgeFor, badgeText, BADGE_COLORS, emptyState, shedDetail, withoutDismissed,
} from '../../../src/background/state';
import { exposedCredentials } from '../../../src/shared/findings';
import { buildPopupModel } from '../../../src/popup/model';
import { TAB_LIMITS, type StoredFinding, type TabState } from '../../../src/shared/storage';
import { finding as storedFinding } from '../../fixtures/findings';

function finding(fingerprint: string, over: Partial<StoredFinding> = {}): StoredFinding {
  return {
    rule: 'github-token', provider: 'github', kind: 'token', severity: 'critical', example: false,
    confidence: 'high', redacted: 'ghp_Ab…(40)…x9Qz', fingerprint, source: 'text', where: 'text',
    onProviderSite: false, ...over,
  };
}

/** A hex fingerprint, as the engine makes them, numbered. */
const fp = (n: number): string => n.toString(16).padStart(12, '0') + 'ab'.repeat(26);
const tokens = (from: number, n: number, over: Partial<StoredFinding> = {}) =>
  Array.from({ length: n }, (_, i) => finding(fp(from + i), { redacted: `ghp_${from + i}`, ...over }));

const base = emptyState('https://a.example/', 1);
const add = (state: TabState, findings: StoredFinding[], maxKeys?: number) => addFindings(state, findings, { now: 2, maxKeys });
const count = (state: TabState) => state.tally.credentials;

describe('addFindings', () => {
  it('adds each fingerprint once and reports only the new ones', () => {
    const first = add(base, [finding('a'), finding('b'), finding('a')]);
    expect(first.state.findings.map((f) => f.fingerprint)).toEqual(['a', 'b']);
    expect(first.added.map((f) => f.fingerprint)).toEqual(['a', 'b']);
    expect(count(first.state)).toBe(2);
    const again = add(first.state, [finding('b', { where: 'code' })]);
    expect(again.added).toEqual([]);
    expect(again.state).toBe(first.state); // unchanged: nothing to write
  });

  it('keeps the more severe classification and a pairing learnt later', () => {
    const low = add(base, [finding('k', { severity: 'medium', rule: 'kraken-public-key' })]).state;
    const up = add(low, [finding('k', { severity: 'critical', pairedWith: 'p' })]).state;
    expect(up.findings).toHaveLength(1);
    expect(up.findings[0]).toMatchObject({ severity: 'critical', pairedWith: 'p' });
    expect(up.tally.bySeverity).toEqual({ critical: 1 });
    // An example seen later never upgrades an alert into… anything else.
    const same = add(up, [finding('k', { severity: 'info', example: true })]).state;
    expect(same.findings[0]).toMatchObject({ severity: 'critical', example: false });
  });

  it('keeps full detail for the most severe credentials only, and counts every key exactly', () => {
    const medium = tokens(0, 400, { severity: 'medium' });
    const critical = tokens(1000, 400);
    const doc = tokens(5000, 80, { severity: 'info', example: true, notCounted: 'documentation-example' });
    let state = add(base, [...medium, ...doc]).state;
    state = add(state, critical).state;
    expect(count(state)).toBe(800);
    expect(state.tally).toMatchObject({ keys: 880, notCounted: 80, bySeverity: { critical: 400, medium: 400 } });
    expect(state.tally.groups).toEqual([
      { provider: 'github', kind: 'token', severity: 'critical', credentials: 800 },
    ]);
    const alerts = state.findings.filter((f) => f.severity !== 'info');
    expect(alerts).toHaveLength(TAB_LIMITS.detailCredentials);
    // Every critical key is in detail; the medium ones fill what is left.
    expect(alerts.filter((f) => f.severity === 'critical')).toHaveLength(400);
    expect(state.findings.filter((f) => f.severity === 'info')).toHaveLength(TAB_LIMITS.detailNotCounted);
    // A key the detail left out is still known: seen again, it is not new.
    expect(add(state, [medium[0]!]).added).toEqual([]);
  });

  it('stays small whatever the page holds: 15,000 keys in ~220 KB, counted exactly', () => {
    let state = base;
    for (let i = 0; i < 15_000; i += 5000) state = add(state, tokens(i, 5000)).state;
    expect(count(state)).toBe(15_000);
    expect(state.findings).toHaveLength(TAB_LIMITS.detailCredentials);
    expect(JSON.stringify(state).length).toBeLessThan(400_000);
    expect(badgeFor(state).text).toBe('15k');
  });

  it('past the keys a tab keeps count of, says the count is a lower bound', () => {
    const full = add(base, tokens(0, 10), 8).state;
    expect(count(full)).toBe(8);
    expect(full.keysFull).toBe(true);
    expect(badgeFor(full).text).toBe('8+');
    // Keys it already holds still upgrade; new ones are still not kept.
    expect(add(full, tokens(20, 3), 8).added).toEqual([]);
  });

  it('counts a key pair once, in whichever order the halves arrive', () => {
    const secret = finding(fp(1), { rule: 'kraken-private-key', provider: 'kraken', kind: 'secret', pairedWith: fp(2) });
    const pub = finding(fp(2), { rule: 'kraken-public-key', provider: 'kraken', kind: 'public', severity: 'medium' });
    for (const order of [[secret, pub], [pub, secret]]) {
      const state = add(add(base, [order[0]!]).state, [order[1]!, finding(fp(3))]).state;
      expect(count(state)).toBe(2);
      expect(state.tally.groups.map((g) => [g.provider, g.kind, g.credentials])).toEqual([['github', 'token', 1], ['kraken', 'secret', 1]]);
    }
    // The credentials a new key joins are reported whole, for the running total.
    const first = add(base, [pub]);
    expect(first.fresh).toHaveLength(1);
    const second = add(first.state, [secret]);
    expect(second.fresh.map((c) => c.length)).toEqual([2]);
  });
});

describe('dismissals and the storage budget', () => {
  it('drops dismissed keys from the counts and the detail, also keys without detail', () => {
    const state = add(base, tokens(0, 600)).state;
    const outOfDetail = tokens(0, 600).find((f) => !state.findings.some((d) => d.fingerprint === f.fingerprint))!;
    const left = withoutDismissed(state, new Set([fp(0), outOfDetail.fingerprint]), 3);
    expect(count(left)).toBe(598);
    expect(left.findings.map((f) => f.fingerprint)).not.toContain(fp(0));
    expect(withoutDismissed(state, new Set(['zzz']), 3)).toBe(state);
  });

  it('sheds detail but never the count', () => {
    const state = add(base, tokens(0, 600)).state;
    const lean = shedDetail(state);
    expect(lean.findings).toHaveLength(TAB_LIMITS.shedCredentials);
    expect(lean.detailShed).toBe(true);
    expect(badgeFor(lean)).toEqual(badgeFor(state));
    // Later findings keep the shed tab small.
    expect(add(lean, tokens(700, 50)).state.findings).toHaveLength(TAB_LIMITS.shedCredentials);
  });
});

describe('the badge', () => {
  it('shows the count, coloured by the highest alerting severity; empty when none', () => {
    const state = add(base, [
      finding('a'),
      finding('b', { severity: 'medium' }),
      finding('c', { severity: 'info', notCounted: 'public-by-design' }),
      finding('d', { severity: 'high', example: true }),
    ]).state;
    expect(badgeFor(state)).toEqual({ text: '2', color: BADGE_COLORS.critical });
    expect(badgeFor(add(base, [finding('b', { severity: 'medium' })]).state)).toEqual({ text: '1', color: BADGE_COLORS.medium });
    expect(badgeFor(add(base, [finding('c', { severity: 'info' })]).state).text).toBe('');
    expect(badgeFor(undefined).text).toBe('');
  });

  it('fits four characters, and says "+" when the count is a lower bound', () => {
    expect([0, 7, 999, 5000, 9999, 10_000, 15_321, 999_999].map((n) => badgeText(n, false)))
      .toEqual(['', '7', '999', '5000', '9999', '10k', '15k', '999k']);
    expect([0, 7, 999, 1000, 10_138, 50_000].map((n) => badgeText(n, true)))
      .toEqual(['', '7+', '999+', '1k+', '10k+', '50k+']);
    const stopped = { ...add(base, tokens(0, 3)).state, stoppedEarly: true };
    expect(badgeFor(stopped).text).toBe('3+');
  });
});

describe('the popup and the badge count alike', () => {
  const dismissal = { redacted: 'x', provider: 'kraken', reason: 'rotated' as const, at: 1 };
  const prints = ['a', 'b', 'c', 'd', 'e'];
  const arbitraryFinding = fc.record({
    fingerprint: fc.constantFrom(...prints),
    pairedWith: fc.option(fc.constantFrom(...prints), { nil: undefined }),
    provider: fc.constantFrom('kraken', 'github'),
    severity: fc.constantFrom('critical', 'high', 'medium', 'low', 'info' as const),
    example: fc.boolean(),
  }).map((over) => storedFinding(over));

  it('for any findings and dismissals, before and after the worker applies them', () => {
    fc.assert(fc.property(fc.array(arbitraryFinding, { maxLength: 8 }), fc.subarray(prints), (findings, dismissedPrints) => {
      const dismissed = Object.fromEntries(dismissedPrints.map((p) => [p, dismissal]));
      const state = add(base, findings).state;
      // The tally over every key counts what the detail lists show.
      expect(count(state)).toBe(exposedCredentials(state.findings).credentials.length);
      // Just dismissed in the popup: the popup counts without them at once…
      const popupNow = buildPopupModel(state, dismissed).count;
      expect(popupNow).toBe(exposedCredentials(state.findings, (f) => dismissedPrints.includes(f)).credentials.length);
      // …and once the worker drops them, the badge says the same.
      const applied = withoutDismissed(state, new Set(dismissedPrints), 3);
      const badge = badgeFor(applied).text;
      expect(badge === '' ? 0 : Number(badge)).toBe(popupNow);
      expect(buildPopupModel(applied, dismissed).count).toBe(popupNow);
    }), { numRuns: 300 });
  });
});
