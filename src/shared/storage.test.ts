import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS, EMPTY_TALLY, parseChecklist, parseCount, parseDismissals, parseSettings, parseStrings, parseTabState, parseTestProviderHosts,
  parseTotals, tabIdOfKey, tabKey,
} from './storage';

describe('storage parsers', () => {
  it('give defaults for missing or malformed values instead of trusting them', () => {
    for (const raw of [undefined, null, 'x', 3, [], {}]) {
      expect(parseSettings(raw)).toEqual(DEFAULT_SETTINGS);
      expect(parseTotals(raw)).toEqual({ flagged: 0, pastesKeptOut: 0 });
      expect(parseDismissals(raw)).toEqual({});
      expect(parseChecklist(raw)).toEqual({});
      expect(parseTabState(raw)).toBeUndefined();
    }
    expect(parseSettings({ notice: 'yes', includeGeneric: true, pausedSites: ['a.test', 3] }))
      .toEqual({ ...DEFAULT_SETTINGS, includeGeneric: true, pausedSites: ['a.test'] });
    expect(parseTotals({ flagged: 2.7, pastesKeptOut: -1 })).toEqual({ flagged: 2, pastesKeptOut: 0 });
    const tab = { page: 'p', host: 'h', findings: [], tally: EMPTY_TALLY, keys: '', pairs: '', providers: [], updatedAt: 1 };
    expect(parseTabState(tab)).toEqual(tab);
    for (const broken of [{ page: 1 }, { tally: { ...EMPTY_TALLY, credentials: -1 } }, { keys: 'not base64!' }, { providers: [3] }, { updatedAt: '1' }]) {
      expect(parseTabState({ ...tab, ...broken }), JSON.stringify(broken)).toBeUndefined();
    }
    expect(parseStrings(['a', 1, null, 'b'])).toEqual(['a', 'b']);
    expect(parseCount(Number.POSITIVE_INFINITY)).toBe(0);
  });

  it('keep only well-formed dismissals and ticked checklist items', () => {
    expect(parseDismissals({
      ok: { redacted: 'r', provider: 'kraken', reason: 'rotated', at: 5 },
      noTime: { redacted: 'r', provider: 'kraken', reason: 'not-a-secret' },
      badReason: { redacted: 'r', provider: 'kraken', reason: 'other', at: 1 },
      notObject: 'x',
    })).toEqual({
      ok: { redacted: 'r', provider: 'kraken', reason: 'rotated', at: 5 },
      noTime: { redacted: 'r', provider: 'kraken', reason: 'not-a-secret', at: 0 },
    });
    expect(parseChecklist({ a: true, b: false, c: 'yes' })).toEqual({ a: true });
  });

  it('map test-only provider hosts to slugs, normalised', () => {
    expect(parseTestProviderHosts({ '127.0.0.1': ['kraken'], 'Local.Test.': ['kraken', 'github', 3] }))
      .toEqual({ kraken: ['127.0.0.1', 'local.test'], github: ['local.test'] });
    // Names of Object.prototype are slugs like any other.
    expect(parseTestProviderHosts({ a: ['toString', '__proto__'] })).toEqual(Object.fromEntries([['toString', ['a']], ['__proto__', ['a']]]));
  });
});

describe('tab keys', () => {
  it('round-trip a tab id and ignore every other key', () => {
    expect(tabIdOfKey(tabKey(42))).toBe(42);
    for (const key of ['settings', 'tab:', 'tab:x', 'tab:-1', 'tab:1.5', 'xtab:1']) expect(tabIdOfKey(key), key).toBeUndefined();
  });
});
