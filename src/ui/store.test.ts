import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from '@webext-core/fake-browser';
import { EMPTY_TALLY, STORAGE_KEYS, tabKey } from '../shared/storage';
import {
  clearAllData, readLocal, readTabState, updateChecklist, updateDismissals, updateSettings,
} from './store';
import { withDismissal, withSitePaused } from './prefs';

beforeEach(() => fakeBrowser.reset());

describe('store', () => {
  it('reads defaults from empty storage', async () => {
    const local = await readLocal();
    expect(local.settings).toEqual({ notice: true, notifications: false, includeGeneric: false, redownloadScripts: false, pausedSites: [] });
    expect(local.totals).toEqual({ flagged: 0, pastesKeptOut: 0 });
    expect(local.dismissed).toEqual({});
    expect(local.checklist).toEqual({});
  });

  it('persists checklist ticks and un-ticks', async () => {
    await updateChecklist('passwordManager', true);
    await updateChecklist('krakenExpiry', true);
    await updateChecklist('passwordManager', false);
    expect((await readLocal()).checklist).toEqual({ krakenExpiry: true });
  });

  it('writes settings and dismissals under the shared storage keys', async () => {
    await updateSettings((s) => withSitePaused(s, 'a.test', true));
    await updateDismissals((d) => withDismissal(d, { fingerprint: 'fp', redacted: 'r', provider: 'kraken' }, 'not-a-secret', 5));
    const raw = await fakeBrowser.storage.local.get(null);
    expect(raw[STORAGE_KEYS.settings]).toMatchObject({ pausedSites: ['a.test'] });
    expect(raw[STORAGE_KEYS.dismissed]).toEqual({ fp: { redacted: 'r', provider: 'kraken', reason: 'not-a-secret', at: 5 } });
  });

  it('reads a tab state from session storage and clears everything', async () => {
    const state = { page: 'https://a.test/', host: 'a.test', findings: [], tally: EMPTY_TALLY, keys: '', pairs: '', providers: [], updatedAt: 1 };
    await fakeBrowser.storage.session.set({ [tabKey(7)]: state });
    await fakeBrowser.storage.local.set({ [STORAGE_KEYS.salt]: 's', [STORAGE_KEYS.totals]: { flagged: 3, pastesKeptOut: 1 } });
    expect(await readTabState(7)).toEqual(state);
    await clearAllData();
    expect(await readTabState(7)).toBeUndefined();
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });
});
