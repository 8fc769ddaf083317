import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../shared/storage';
import { isPaused } from '../shared/hosts';
import { dismissalList, withDismissal, withSitePaused, withoutDismissal } from './prefs';

describe('paused sites', () => {
  it('pauses and resumes a host without duplicates', () => {
    const paused = withSitePaused(withSitePaused(DEFAULT_SETTINGS, 'b.test', true), 'b.test', true);
    expect(paused.pausedSites).toEqual(['b.test']);
    expect(isPaused(paused.pausedSites, 'b.test')).toBe(true);
    expect(isPaused(withSitePaused(paused, 'b.test', false).pausedSites, 'b.test')).toBe(false);
    expect(DEFAULT_SETTINGS.pausedSites).toEqual([]);
  });

  it('a paused site covers its subdomains, and resuming a subdomain lifts the covering entry', () => {
    const s = withSitePaused(DEFAULT_SETTINGS, 'example.com', true);
    expect(isPaused(s.pausedSites, 'docs.example.com')).toBe(true);
    expect(isPaused(s.pausedSites, 'badexample.com')).toBe(false);
    expect(isPaused(withSitePaused(s, 'docs.example.com', false).pausedSites, 'docs.example.com')).toBe(false);
  });
});

describe('dismissals', () => {
  const f = { fingerprint: 'fp', redacted: 'ghp_…(40)…abcd', provider: 'github' };

  it('records only the redacted preview, provider, reason and time', () => {
    const d = withDismissal({}, f, 'rotated', 42);
    expect(d).toEqual({ fp: { redacted: f.redacted, provider: 'github', reason: 'rotated', at: 42 } });
    expect(withoutDismissal(d, 'fp')).toEqual({});
  });

  it('lists newest first', () => {
    const d = withDismissal(withDismissal({}, { ...f, fingerprint: 'old' }, 'not-a-secret', 1), { ...f, fingerprint: 'new' }, 'rotated', 2);
    expect(dismissalList(d).map((x) => x.fingerprint)).toEqual(['new', 'old']);
  });
});
