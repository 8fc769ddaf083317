import { describe, expect, it } from 'vitest';
import { finding } from '../../test/fixtures/findings';
import { addFindings, emptyState, shedDetail } from '../background/state';
import type { Dismissals, StoredFinding } from '../shared/storage';
import { buildPopupModel } from './model';

const dismissal = { redacted: 'x', provider: 'kraken', reason: 'rotated' as const, at: 1 };
/** A tab's state as the worker stores it. */
const state = (findings: StoredFinding[]) => addFindings(emptyState('https://a.test/', 1), findings, { now: 1 }).state;
const flaggedCount = (findings: StoredFinding[], dismissed: Dismissals) => buildPopupModel(state(findings), dismissed).count;

describe('popup model', () => {
  it('lists examples and public-by-design keys apart and never counts them', () => {
    const model = buildPopupModel(state([
      finding({ fingerprint: 'doc', example: true, severity: 'info', notCounted: 'documentation-example' }),
      finding({ fingerprint: 'pub', provider: 'stripe', kind: 'public', severity: 'info', notCounted: 'public-by-design' }),
      finding({ fingerprint: 'real' }),
    ]), {});
    expect(model.keys.map((f) => f.fingerprint)).toEqual(['real']);
    expect(model.notCounted.map((f) => f.fingerprint).sort()).toEqual(['doc', 'pub']);
  });

  it('drops dismissed keys from the count at once, and does not take inherited properties for dismissals', () => {
    const findings = [finding(), finding({ fingerprint: 'fp-2' })];
    expect(flaggedCount(findings, {})).toBe(2);
    expect(flaggedCount(findings, { 'fp-1': dismissal })).toBe(1);
    expect(flaggedCount([finding({ fingerprint: 'toString' })], {})).toBe(1);
  });

  it('shows a Kraken pair as one card and counts it once, beside a GitHub token: 2, not 3', () => {
    const secret = finding({ fingerprint: 'sec', pairedWith: 'pub' });
    const pub = finding({ fingerprint: 'pub', kind: 'public', severity: 'medium', pairedWith: 'sec' });
    const github = finding({ fingerprint: 'gh', provider: 'github', kind: 'token', severity: 'high' });
    const model = buildPopupModel(state([pub, github, secret]), {});
    expect(model.cards).toHaveLength(2);
    expect(flaggedCount([pub, github, secret], {})).toBe(2);
    expect(model.topSeverity).toBe('critical');
  });

  it('at equal severity, an exchange key leads (it can move money)', () => {
    const gh = finding({ fingerprint: 'gh', provider: 'github', kind: 'token' });
    const kr = finding({ fingerprint: 'kr', provider: 'kraken', confidence: 'medium' });
    const low = finding({ fingerprint: 'kr-low', provider: 'kraken', severity: 'low' });
    const model = buildPopupModel(state([gh, low, kr]), {}, (slug) => slug === 'kraken');
    expect(model.keys.map((f) => f.fingerprint)).toEqual(['kr', 'gh', 'kr-low']);
  });

  it('counts every key of the tab, groups the cards by provider and kind, and says when detail is partial', () => {
    const gh = Array.from({ length: 700 }, (_, i) => finding({ fingerprint: `gh-${i}`, provider: 'github', kind: 'token', redacted: `ghp_${i}` }));
    const kr = finding({ fingerprint: 'kr', severity: 'high' });
    const model = buildPopupModel(state([...gh, kr]), { 'gh-1': dismissal });
    expect(model.count).toBe(700); // 701 on the tab, one just dismissed
    expect(model.cards.length).toBeLessThan(model.count);
    expect(model.groups.map((g) => [g.provider, g.kind, g.total])).toEqual([['github', 'token', 699], ['kraken', 'secret', 1]]);
    expect(model.groups[0]!.cards.every((c) => c.primary.provider === 'github')).toBe(true);
    // Detail let go for other tabs: the counts stay.
    const shed = buildPopupModel(shedDetail(state([...gh, kr])), {});
    expect([shed.count, shed.cards.length]).toEqual([701, 20]);
  });

  it('is empty with no tab state', () => {
    const model = buildPopupModel(undefined, {});
    expect(model.cards).toEqual([]);
    expect(model.topSeverity).toBeUndefined();
  });
});
