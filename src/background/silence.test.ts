import { describe, expect, it } from 'vitest';
import { isSilenced, minSeverityFor, silencedIn, type Silencing } from './silence';
import type { TabState } from '../shared/storage';

const none: Silencing = { dismissed: new Set(), allowed: new Set(), siteMinSeverity: {} };
const finding = (fingerprint: string, severity: 'critical' | 'high' | 'medium' | 'low' | 'info') => ({ fingerprint, severity });

describe('silencing', () => {
  it('a site minimum covers subdomains; the most specific entry wins', () => {
    const sites = { 'example.com': 'critical', 'docs.example.com': 'medium' } as const;
    expect(minSeverityFor(sites, 'example.com')).toBe('critical');
    expect(minSeverityFor(sites, 'api.example.com')).toBe('critical');
    expect(minSeverityFor(sites, 'v2.docs.example.com')).toBe('medium');
    expect(minSeverityFor(sites, 'badexample.com')).toBeUndefined();
    expect(minSeverityFor(sites, '')).toBeUndefined();
  });

  it('drops keys below the site minimum, keys allowed everywhere and dismissed keys', () => {
    const s: Silencing = { dismissed: new Set(['d']), allowed: new Set(['a']), siteMinSeverity: { 'site.example': 'high' } };
    expect(isSilenced(finding('x', 'critical'), 'site.example', s)).toBe(false);
    expect(isSilenced(finding('x', 'high'), 'site.example', s)).toBe(false);
    expect(isSilenced(finding('x', 'medium'), 'site.example', s)).toBe(true);
    expect(isSilenced(finding('x', 'info'), 'www.site.example', s)).toBe(true);
    expect(isSilenced(finding('x', 'low'), 'other.example', s)).toBe(false);
    expect(isSilenced(finding('a', 'critical'), 'other.example', s)).toBe(true);
    expect(isSilenced(finding('d', 'critical'), 'other.example', s)).toBe(true);
    expect(isSilenced(finding('x', 'low'), 'site.example', none)).toBe(false);
  });

  it('lists what is silenced in a tab, judged on the tab’s host', () => {
    const state = { page: 'https://site.example/', host: 'site.example', findings: [finding('1', 'critical'), finding('2', 'low')] } as unknown as TabState;
    expect([...silencedIn(state, { ...none, siteMinSeverity: { 'site.example': 'critical' } })]).toEqual(['2']);
    expect([...silencedIn(state, none)]).toEqual([]);
  });
});
