import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CATALOG } from '../engine/providers';
import { PROVIDER_TEXTS, badgeColour, providerInfo, providerMessage, safeHttpUrl } from './providers';

type Messages = Record<string, { message: string }>;
const root = join(__dirname, '../..');
const load = (lang: string): Messages => JSON.parse(readFileSync(join(root, '_locales', lang, 'messages.json'), 'utf8')) as Messages;
const PROVIDER_TEXT = new RegExp(`^(?:${PROVIDER_TEXTS.join('|')})_`);

describe('providerInfo', () => {
  it('takes Kraken from its provider file, with its key-management page and path', () => {
    expect(providerInfo('kraken')).toMatchObject({
      name: 'Kraken', category: 'exchange', keysUrl: 'https://www.kraken.com/u/security/api', keysPath: 'Settings → Security → API',
    });
    expect(providerInfo('kraken').canDo).toMatch(/balances, orders and history/);
  });

  it('names an unknown slug readably, says what its category allows and never throws on prototype names', () => {
    expect(providerInfo('acme-cloud')).toEqual({ slug: 'acme-cloud', name: 'Acme cloud', category: 'other', canDo: load('en').canDoCategory_other?.message });
    expect(providerInfo('constructor').name).toBe('Constructor');
  });
});

describe('provider texts in the locales', () => {
  it('English has none: the provider files are the English source', () => {
    expect(Object.keys(load('en')).filter((k) => PROVIDER_TEXT.test(k))).toEqual([]);
  });

  const others = readdirSync(join(root, '_locales')).filter((l) => l !== 'en');
  it.each(others)('%s translates what the UI shows per provider, and nothing else', (lang) => {
    const messages = load(lang);
    const wanted = CATALOG.flatMap((p) => [
      providerMessage('canDo', p.slug),
      ...(p.keysPath ? [providerMessage('keysPath', p.slug)] : []),
      ...(p.credentialType ? [providerMessage('providerName', p.slug), providerMessage('replaceHow', p.slug)] : []),
    ]);
    expect(wanted.filter((k) => !(k in messages))).toEqual([]);
    expect(Object.keys(messages).filter((k) => PROVIDER_TEXT.test(k) && !wanted.includes(k))).toEqual([]);
    const untranslated = CATALOG.filter((p) => messages[providerMessage('canDo', p.slug)]?.message === p.canDo);
    expect(untranslated.map((p) => p.slug)).toEqual([]);
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

/** WCAG contrast ratio of `hex` against white. */
function contrastWithWhite(hex: string): number {
  const channel = (i: number): number => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
  return 1.05 / (luminance + 0.05);
}

describe('badgeColour', () => {
  it('is the provider file\'s colour, else stable per slug', () => {
    expect(badgeColour('kraken')).toBe('#5741d9');
    expect(badgeColour('zzz')).toBe(badgeColour('zzz'));
  });

  it('keeps white initials readable (4.5:1) for every provider and fallback', () => {
    const colours = [...CATALOG.map((p) => badgeColour(p.slug)), ...['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].map(badgeColour)];
    for (const c of colours) expect(contrastWithWhite(c), c).toBeGreaterThanOrEqual(4.5);
  });
});
