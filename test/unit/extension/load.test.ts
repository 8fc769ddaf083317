// The worker under load, imported for real on the in-memory browser with storage.session's real
// 10 MB quota (test/fake-browser.ts): many tabs of thousands of keys, a page of 15,000, a full
// storage area, closed tabs, dismissals of keys kept without detail, one notification per page.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from '@webext-core/fake-browser';
import type { Runtime, Tabs } from 'webextension-polyfill';
import { setSessionQuota } from '../../fake-browser';
import { fakeKeys } from '../../support/keys';
import { fingerprint } from '../../../src/engine/fingerprint';
import { LIMITS } from '../../../src/shared/protocol';
import { STORAGE_KEYS, TAB_LIMITS, tabKey, type TabState, type Totals } from '../../../src/shared/storage';

await import('../../../src/background/index');

const fake = fakeKeys(26);

/** A page's text as the content script sends it: windows of ≤ 8 KB, ≤ 64 a message. */
function messages(lines: readonly string[]): unknown[] {
  const windows: string[] = [];
  let current = '';
  for (const line of lines) {
    if (current.length + line.length + 1 > LIMITS.windowChars) {
      windows.push(current);
      current = '';
    }
    current += `${line}\n`;
  }
  if (current) windows.push(current);
  const out: unknown[] = [];
  for (let i = 0; i < windows.length; i += LIMITS.windowsPerMessage) {
    const batch = windows.slice(i, i + LIMITS.windowsPerMessage).map((text) => ({ text, where: 'text' }));
    out.push({ type: 'page:candidates', windows: batch, title: 'dump' });
  }
  return out;
}

/** An open tab (so the storage budget sees it open) showing `url`. */
async function openTab(url: string): Promise<{ id: number; sender: Runtime.MessageSender }> {
  const tab = await fakeBrowser.tabs.create({ url });
  const sender = { id: fakeBrowser.runtime.id, url, frameId: 0, tab: { ...tab, url } as Tabs.Tab };
  return { id: tab.id!, sender };
}

async function show(sender: Runtime.MessageSender, lines: readonly string[]): Promise<void> {
  for (const m of messages(lines)) await fakeBrowser.runtime.onMessage.trigger(m, sender as never, () => undefined);
}

const badge = (tabId: number) => fakeBrowser.action.getBadgeText({ tabId });
const tab = async (id: number) => (await fakeBrowser.storage.session.get(tabKey(id)))[tabKey(id)] as TabState | undefined;
const sessionBytes = () => fakeBrowser.storage.session.getBytesInUse(null);

beforeEach(async () => {
  // The worker keeps its salt in memory once read: keep it in storage too, to compute fingerprints.
  const salt = await fakeBrowser.storage.local.get(STORAGE_KEYS.salt);
  await fakeBrowser.storage.local.clear();
  await fakeBrowser.storage.local.set(salt);
  await fakeBrowser.storage.session.clear();
});

afterEach(() => setSessionQuota());

describe('many heavy tabs', () => {
  it('eight tabs of 5,000 keys, then a small page: every badge right, storage.session well within 10 MB', async () => {
    const ids: number[] = [];
    for (let t = 0; t < 8; t++) {
      const { id, sender } = await openTab(`https://dump${t}.example/keys`);
      await show(sender, fake.githubTokens(5000));
      ids.push(id);
    }
    const small = await openTab('https://small.example/');
    await show(small.sender, fake.githubTokens(3));
    for (const id of ids) expect(await badge(id)).toBe('5000');
    expect(await badge(small.id)).toBe('3');
    expect((await tab(ids[0]!))?.tally.credentials).toBe(5000);
    // Counted once ever across all of them.
    const totals = (await fakeBrowser.storage.local.get(STORAGE_KEYS.totals))[STORAGE_KEYS.totals] as Totals;
    expect(totals.flagged).toBe(40_003);
    expect(await sessionBytes()).toBeLessThan(3 * 1024 * 1024);
  });

  it('a page of 15,000 keys: the exact count, bounded detail', async () => {
    const { id, sender } = await openTab('https://big.example/');
    await show(sender, fake.githubTokens(15_000));
    expect(await badge(id)).toBe('15k');
    const state = await tab(id);
    expect(state?.tally.credentials).toBe(15_000);
    expect(state?.findings).toHaveLength(TAB_LIMITS.detailCredentials);
    expect(state?.keysFull).toBeUndefined();
  });
});

describe('a full storage area', () => {
  /** What one 600-key tab costs in storage.session here (JSON). */
  async function tabBytes(): Promise<number> {
    const probe = await openTab('https://probe.example/');
    await show(probe.sender, fake.githubTokens(600));
    const bytes = await fakeBrowser.storage.session.getBytesInUse(tabKey(probe.id));
    await fakeBrowser.tabs.remove(probe.id);
    return bytes;
  }

  it('makes room from closed tabs first, then from the least recently used tabs\' detail; no tab loses its count', async () => {
    const size = await tabBytes();
    setSessionQuota(Math.floor(size * 3.5));
    // A state left behind by a tab the worker never heard closing.
    const gone = await openTab('https://gone.example/');
    await show(gone.sender, fake.githubTokens(600));
    const left = await tab(gone.id);
    await fakeBrowser.tabs.remove(gone.id);
    await vi.waitFor(async () => expect(await tab(gone.id)).toBeUndefined());
    await fakeBrowser.storage.session.set({ [tabKey(gone.id)]: left });

    const open = [];
    for (let t = 1; t <= 4; t++) {
      const next = await openTab(`https://dump${t}.example/`);
      await show(next.sender, fake.githubTokens(600));
      open.push(next.id);
    }
    expect(await tab(gone.id)).toBeUndefined();
    for (const id of open) expect(await badge(id)).toBe('600');
    // The oldest tab gave its detail; the newest kept theirs.
    const first = await tab(open[0]!);
    expect(first).toMatchObject({ detailShed: true, tally: { credentials: 600 } });
    expect(first?.findings).toHaveLength(TAB_LIMITS.shedCredentials);
    expect((await tab(open[3]!))?.findings).toHaveLength(TAB_LIMITS.detailCredentials);
    expect(await sessionBytes()).toBeLessThanOrEqual(size * 3.5);
  });

  it('when nothing else can give room, a tab\'s keys stop growing and its count says "at least"', async () => {
    const size = await tabBytes();
    setSessionQuota(Math.floor(size / 2));
    const { id, sender } = await openTab('https://huge.example/');
    await show(sender, fake.githubTokens(600));
    expect(await badge(id)).toBe('600'); // its own detail went first
    await show(sender, fake.githubTokens(20_000));
    expect(await badge(id)).toBe('600+');
    expect(await tab(id)).toMatchObject({ keysFull: true, tally: { credentials: 600 } });
  });

  it('closing a tab frees what it stored', async () => {
    const { id, sender } = await openTab('https://closing.example/');
    await show(sender, fake.githubTokens(2000));
    const before = await sessionBytes();
    await fakeBrowser.tabs.remove(id);
    await vi.waitFor(async () => expect(await tab(id)).toBeUndefined());
    expect(await sessionBytes()).toBeLessThan(before / 10);
  });
});

describe('dismissals and notifications on heavy pages', () => {
  it('a dismissal applies to a key kept without detail: the count drops at once', async () => {
    const keys = fake.githubTokens(800);
    const { id, sender } = await openTab('https://dump.example/');
    await show(sender, keys);
    const state = (await tab(id))!;
    const salt = (await fakeBrowser.storage.local.get(STORAGE_KEYS.salt))[STORAGE_KEYS.salt] as string;
    const shown = new Set(state.findings.map((f) => f.fingerprint));
    const hidden = keys.map((k) => fingerprint(k, salt)).find((fp) => !shown.has(fp))!;
    await fakeBrowser.storage.local.set({ dismissed: { [hidden]: { redacted: 'x', provider: 'github', reason: 'rotated', at: 1 } } });
    await vi.waitFor(async () => expect(await badge(id)).toBe('799'));
  });

  it('one system notification for a page of thousands of critical keys, none again on reload', async () => {
    const create = vi.fn(async () => '');
    const { notifications, permissions } = fakeBrowser as unknown as Record<string, Record<string, unknown>>;
    const saved = { create: notifications!.create, contains: permissions!.contains };
    notifications!.create = create;
    permissions!.contains = async () => true;
    try {
      await fakeBrowser.storage.local.set({ settings: { notifications: true } });
      const keys = fake.githubTokens(3000);
      const { id, sender } = await openTab('https://dump.example/');
      await show(sender, keys.slice(0, 1500));
      await show(sender, keys.slice(1500));
      expect(create).toHaveBeenCalledTimes(1);
      expect(JSON.stringify(create.mock.calls[0])).toMatch(/1,500 exposed keys, among them a GitHub key/);
      await fakeBrowser.tabs.onUpdated.trigger(id, { status: 'loading' }, {} as never);
      await show(sender, keys);
      expect(create).toHaveBeenCalledTimes(1);
    } finally {
      Object.assign(notifications!, { create: saved.create });
      Object.assign(permissions!, { contains: saved.contains });
    }
  });
});
