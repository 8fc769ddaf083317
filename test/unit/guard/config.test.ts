import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from '@webext-core/fake-browser';
import { STORAGE_KEYS } from '../../../src/shared/storage';

type Config = typeof import('../../../src/content/paste-guard/config');

async function loadConfig(local: Record<string, unknown>): Promise<Config> {
  fakeBrowser.reset();
  await fakeBrowser.storage.local.set(local);
  vi.resetModules();
  const config = await import('../../../src/content/paste-guard/config');
  await config.configReady;
  return config;
}

describe('paste guard config', () => {
  beforeEach(() => fakeBrowser.reset());

  it('is off on paused sites and their subdomains', async () => {
    const c = await loadConfig({ [STORAGE_KEYS.settings]: { pausedSites: ['example.org'] } });
    expect(c.guardActive('example.org')).toBe(false);
    expect(c.guardActive('app.example.org')).toBe(false);
    expect(c.guardActive('example.com')).toBe(true);
  });

  it('trusts exactly the host the user chose, and remembers only hostnames', async () => {
    const c = await loadConfig({});
    await c.trustSite('GitHub.com');
    expect(c.guardActive('github.com')).toBe(false);
    expect(c.guardActive('gist.github.com')).toBe(true);
    const stored = await fakeBrowser.storage.local.get(null);
    expect(stored).toEqual({ [STORAGE_KEYS.guardTrustedSites]: ['github.com'] });
  });

  it('follows storage changes made elsewhere (the popup pausing a site)', async () => {
    const c = await loadConfig({});
    expect(c.guardActive('bot.example')).toBe(true);
    await fakeBrowser.storage.local.set({ [STORAGE_KEYS.settings]: { pausedSites: ['bot.example'] } });
    await vi.waitFor(() => expect(c.guardActive('bot.example')).toBe(false));
  });

  it('adds test-only provider hosts to a provider’s shipped domains', async () => {
    const c = await loadConfig({ [STORAGE_KEYS.guardTestProviderHosts]: { '127.0.0.1': ['kraken'] } });
    expect(c.providerDomains('kraken', ['kraken.com'])).toEqual(['kraken.com', '127.0.0.1']);
    expect(c.providerDomains('github', ['github.com'])).toEqual(['github.com']);
  });
});
