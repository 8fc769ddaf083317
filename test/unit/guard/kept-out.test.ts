import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from '@webext-core/fake-browser';
import { recordKeptOut } from '../../../src/guard/kept-out';
import { isGuardKeptOutMessage, STORAGE_KEYS } from '../../../src/messages';

describe('recordKeptOut', () => {
  beforeEach(() => fakeBrowser.reset());

  it('counts each removal once, even when tabs report at the same moment', async () => {
    await fakeBrowser.storage.local.set({ [STORAGE_KEYS.totals]: { flagged: 7, pastesKeptOut: 2 } });
    await Promise.all([recordKeptOut(), recordKeptOut(), recordKeptOut()]);
    const stored = await fakeBrowser.storage.local.get(STORAGE_KEYS.totals);
    expect(stored[STORAGE_KEYS.totals]).toEqual({ flagged: 7, pastesKeptOut: 5 });
  });

  it('starts from zero on a fresh install', async () => {
    expect(await recordKeptOut()).toEqual({ flagged: 0, pastesKeptOut: 1 });
  });
});

describe('isGuardKeptOutMessage', () => {
  it('accepts only the guard message', () => {
    expect(isGuardKeptOutMessage({ type: 'guard:kept-out' })).toBe(true);
    for (const m of [null, undefined, 'guard:kept-out', {}, { type: 'guard:kept' }, { kind: 'guard:kept-out' }]) {
      expect(isGuardKeptOutMessage(m)).toBe(false);
    }
  });
});
