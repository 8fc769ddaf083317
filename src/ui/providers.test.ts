import { describe, expect, it } from 'vitest';
import { badgeColour, providerInfo, safeHttpUrl } from './providers';

describe('providerInfo', () => {
  it('takes Kraken from the engine table, with its key-management page', () => {
    expect(providerInfo('kraken')).toMatchObject({ name: 'Kraken', category: 'exchange', keysUrl: 'https://www.kraken.com/u/security/api' });
  });

  it('names an unknown slug readably and never throws on prototype names', () => {
    expect(providerInfo('acme-cloud')).toEqual({ slug: 'acme-cloud', name: 'Acme cloud', category: 'other' });
    expect(providerInfo('constructor').name).toBe('Constructor');
  });
});

describe('safeHttpUrl', () => {
  it('keeps only http(s) links', () => {
    expect(safeHttpUrl('https://www.kraken.com/u/security/api')).toBe('https://www.kraken.com/u/security/api');
    expect(safeHttpUrl('javascript:alert(1)')).toBeUndefined();
    expect(safeHttpUrl('data:text/html,x')).toBeUndefined();
    expect(safeHttpUrl(undefined)).toBeUndefined();
  });
});

describe('badgeColour', () => {
  it('is stable per provider', () => {
    expect(badgeColour('kraken')).toBe('#5741d9');
    expect(badgeColour('zzz')).toBe(badgeColour('zzz'));
  });
});
