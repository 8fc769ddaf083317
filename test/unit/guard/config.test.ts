// The paste guard's switch in a frame: the worker's pause answer (judged on the tab's page, so a
// frame of a paused tab is quiet too) and the hosts the user trusts with keys. Wallet secrets are
// checked wherever the worker answers, paused sites included.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from '@webext-core/fake-browser';
import { STORAGE_KEYS } from '../../../src/shared/storage';
import type { HelloReply } from '../../../src/shared/protocol';

type Config = typeof import('../../../src/content/paste-guard/config');

async function loadConfig(local: Record<string, unknown>, paused: boolean | undefined): Promise<Config> {
  fakeBrowser.reset();
  await fakeBrowser.storage.local.set(local);
  vi.resetModules();
  const config = await import('../../../src/content/paste-guard/config');
  config.followHello(Promise.resolve(paused === undefined ? undefined : { paused, notice: true }));
  await config.guardReady();
  return config;
}

describe('paste guard config', () => {
  beforeEach(() => fakeBrowser.reset());

  it('follows the worker: API keys off in every frame of a paused tab, whatever the frame’s own host; wallet secrets on', async () => {
    const c = await loadConfig({}, true);
    expect(c.guardActive('localhost')).toBe(false);
    expect(c.guardRunning()).toBe(true);
    c.followHello(Promise.resolve({ paused: false, notice: true }));
    await c.guardReady();
    expect(c.guardActive('localhost')).toBe(true);
  });

  it('is off when the worker does not answer (it could not scan anything anyway)', async () => {
    const c = await loadConfig({}, undefined);
    expect(c.guardActive('example.com')).toBe(false);
    expect(c.guardRunning()).toBe(false);
  });

  it('a later answer wins over an earlier one that arrives late', async () => {
    const c = await loadConfig({}, false);
    let answerFirst: (r: HelloReply) => void = () => undefined;
    c.followHello(new Promise((ok) => { answerFirst = ok; }));
    c.followHello(Promise.resolve({ paused: true, notice: true }));
    answerFirst({ paused: false, notice: true });
    await c.guardReady();
    await new Promise((r) => setTimeout(r, 0));
    expect(c.guardActive('example.com')).toBe(false);
  });

  it('trusts exactly the host the user chose, and remembers only hostnames', async () => {
    const c = await loadConfig({}, false);
    await c.trustSite('GitHub.com');
    expect(c.guardActive('github.com')).toBe(false);
    expect(c.guardActive('gist.github.com')).toBe(true);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({ [STORAGE_KEYS.guardTrustedSites]: ['github.com'] });
  });

  it('reads the trusted hosts when the guard first checks a field, once, not when the frame starts', async () => {
    vi.resetModules();
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    const c = await import('../../../src/content/paste-guard/config');
    c.followHello(Promise.resolve({ paused: false, notice: true }));
    expect(get).not.toHaveBeenCalled();
    await c.guardReady();
    await c.guardReady();
    expect(get).toHaveBeenCalledTimes(1);
    get.mockRestore();
  });

  it('follows trusted sites changed elsewhere', async () => {
    const c = await loadConfig({ [STORAGE_KEYS.guardTrustedSites]: ['bot.example'] }, false);
    expect(c.guardActive('bot.example')).toBe(false);
    await fakeBrowser.storage.local.set({ [STORAGE_KEYS.guardTrustedSites]: [] });
    await vi.waitFor(() => expect(c.guardActive('bot.example')).toBe(true));
  });
});
