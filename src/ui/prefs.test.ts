import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../shared/storage';
import { isPaused } from '../shared/hosts';
import { newestFirst, withAllowed, withDismissal, withSiteMinSeverity, withSitePaused, withoutAllowed, withoutDismissal } from './prefs';

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
    expect(newestFirst(d).map((x) => x.fingerprint)).toEqual(['new', 'old']);
  });
});

describe('allowed everywhere and site minimums', () => {
  it('allows a key by fingerprint with its preview and labels, and undoes it', () => {
    const f = { fingerprint: 'fp', redacted: 'ghp_…x', provider: 'github', kind: 'token' as const, severity: 'critical' as const };
    const allowed = withAllowed({}, f, 7);
    expect(allowed).toEqual({ fp: { redacted: 'ghp_…x', provider: 'github', at: 7, kind: 'token', severity: 'critical' } });
    expect(newestFirst(withAllowed(allowed, { ...f, fingerprint: 'new' }, 9)).map((a) => a.fingerprint)).toEqual(['new', 'fp']);
    expect(withoutAllowed(allowed, 'fp')).toEqual({});
  });

  it('sets and removes a site’s minimum, host normalised', () => {
    const s = withSiteMinSeverity(DEFAULT_SETTINGS, 'Docs.Example.', 'critical');
    expect(s.siteMinSeverity).toEqual({ 'docs.example': 'critical' });
    expect(withSiteMinSeverity(s, 'docs.example', undefined).siteMinSeverity).toEqual({});
    expect(DEFAULT_SETTINGS.siteMinSeverity).toEqual({});
  });
});
