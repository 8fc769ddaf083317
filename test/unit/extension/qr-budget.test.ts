// The worker's QR decode budget: per page and per minute, one decode at a time, and what the worker
// does with an image the budget refuses (counted, the tab told "stopped early", nothing fetched).
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from '@webext-core/fake-browser';
import type { Runtime, Tabs } from 'webextension-polyfill';
import { QR_BUDGET, QrBudget } from '../../../src/background/qr-budget';
import { STORAGE_KEYS, tabKey, type TabState } from '../../../src/shared/storage';

/** A budget on a clock the test moves; each decode "takes" `ms` of it. */
function clocked(limits = { perPageMs: 100, perMinuteMs: 250 }) {
  let now = 0;
  const budget = new QrBudget(limits, () => now);
  const decode = (ms: number, result = 'done') => async () => {
    now += ms;
    return result;
  };
  return { budget, decode, advance: (ms: number) => void (now += ms) };
}

describe('QrBudget', () => {
  it('lets a page decode until its time is spent, then skips that page only', async () => {
    const { budget, decode } = clocked();
    expect(await budget.run('tab 1 /gallery', decode(60))).toEqual({ skipped: false, value: 'done' });
    expect(await budget.run('tab 1 /gallery', decode(60))).toEqual({ skipped: false, value: 'done' });
    // 120 ms spent of 100: the page's next image is skipped without running.
    let ran = false;
    expect(await budget.run('tab 1 /gallery', async () => (ran = true))).toEqual({ skipped: true });
    expect(ran).toBe(false);
    expect(await budget.run('tab 2 /other', decode(10))).toEqual({ skipped: false, value: 'done' });
  });

  it('skips every page once the last minute holds the per-minute time, until it slides out', async () => {
    const { budget, decode, advance } = clocked();
    for (const page of ['a', 'b', 'c']) await budget.run(page, decode(90));
    expect(budget.allows('d')).toBe(false);
    advance(30_000);
    expect(budget.allows('d')).toBe(false);
    advance(30_001);
    expect(budget.allows('d')).toBe(true);
    expect(budget.allows('a')).toBe(true); // 90 of 100 ms: a page keeps what it spent
  });

  it('runs decodes one at a time and charges one that throws', async () => {
    const { budget, advance } = clocked();
    const events: string[] = [];
    const slow = (name: string) => async () => {
      events.push(`${name} start`);
      await new Promise((r) => setTimeout(r, 5));
      advance(60);
      events.push(`${name} end`);
      if (name === 'b') throw new Error('broken image');
      return name;
    };
    const runs = [budget.run('p', slow('a')), budget.run('p', slow('b')), budget.run('p', slow('c'))];
    const [a, b, c] = await Promise.allSettled(runs);
    expect(events).toEqual(['a start', 'a end', 'b start', 'b end']);
    expect(a).toEqual({ status: 'fulfilled', value: { skipped: false, value: 'a' } });
    expect(b?.status).toBe('rejected');
    expect(c).toEqual({ status: 'fulfilled', value: { skipped: true } }); // a and b spent 60 + 60 of 100 ms
  });
});

describe('the worker', () => {
  it('skips QR images once the budget is spent: counted, the tab says stopped early, nothing fetched', async () => {
    await import('../../../src/background/index');
    const { qrBudget } = await import('../../../src/background/qr');
    const url = 'https://gallery.example/photos';
    const sender: Runtime.MessageSender = {
      id: fakeBrowser.runtime.id, url, frameId: 0,
      tab: { id: 31, url, index: 0, highlighted: false, active: true, pinned: false, incognito: false } as Tabs.Tab,
    };
    let fetched = 0;
    const realFetch = globalThis.fetch;
    globalThis.fetch = async (...args) => {
      fetched++;
      return realFetch(...args);
    };
    try {
      qrBudget.charge('some other tab', QR_BUDGET.perMinuteMs); // the whole minute spent elsewhere
      for (const n of [1, 2]) {
        await fakeBrowser.runtime.onMessage.trigger(
          { type: 'page:qr-image', src: `https://gallery.example/photo-${n}.jpg`, title: 'Photos' }, sender as never, () => undefined);
      }
    } finally {
      globalThis.fetch = realFetch;
    }
    const skipped = async () => (await fakeBrowser.storage.session.get(STORAGE_KEYS.qrSkipped))[STORAGE_KEYS.qrSkipped];
    await expect.poll(skipped).toBe(2);
    const state = (await fakeBrowser.storage.session.get(tabKey(31)))[tabKey(31)] as TabState | undefined;
    expect(state).toMatchObject({ stoppedEarly: true, findings: [] });
    expect(await fakeBrowser.action.getBadgeText({ tabId: 31 })).toBe('');
    expect(fetched).toBe(0);
  });
});
