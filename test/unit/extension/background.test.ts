// The worker's listeners, imported for real and driven through the in-memory browser: replies,
// per-tab state, badge, totals counted once ever, refusals counted, resets, dismissals.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from '@webext-core/fake-browser';
import type { Runtime } from 'webextension-polyfill';
import { STORAGE_KEYS, tabKey, type TabState, type Totals } from '../../../src/shared/storage';
import { deliver, sender } from '../../support/worker';
import { fakeKeys, keyBody, keyFragmentsIn } from '../../support/keys';

const fake = fakeKeys(22);

import { fakeWallet } from '../../corpus/wallet/fake-wallet';

await import('../../../src/background/index');

const OUR_ID = fakeBrowser.runtime.id;


const candidates = (text: string, where = 'text') => ({ type: 'page:candidates', windows: [{ text, where }], title: 'Settings' });
const tab = async (id: number) => (await fakeBrowser.storage.session.get(tabKey(id)))[tabKey(id)] as TabState | undefined;
const badge = (tabId: number) => fakeBrowser.action.getBadgeText({ tabId });
const totals = async () => (await fakeBrowser.storage.local.get(STORAGE_KEYS.totals))[STORAGE_KEYS.totals] as Totals | undefined;
const dropped = async () => (await fakeBrowser.storage.session.get(STORAGE_KEYS.dropped))[STORAGE_KEYS.dropped] ?? 0;

beforeEach(async () => {
  await fakeBrowser.storage.local.clear();
  await fakeBrowser.storage.session.clear();
});

describe('hello', () => {
  it('answers paused for a paused site (and its subdomains), with the notice setting', async () => {
    expect(await deliver({ type: 'page:hello' }, sender(1))).toEqual({ paused: false, notice: true });
    await fakeBrowser.storage.local.set({ settings: { pausedSites: ['site.example'], notice: false } });
    expect(await deliver({ type: 'page:hello' }, sender(1, 'https://www.site.example/'))).toEqual({ paused: true, notice: false });
  });
});

describe('first reads', () => {
  it('answers which chunks hold a finding, where, and records nothing', async () => {
    const key = fake.githubToken();
    const body = [
      'a commit 3f9a1c0e4b7d2a6f8e1c5b9d0a3f7e2c4b6d8a1f, nothing secret',
      `token: ${key}`,
      'AKIAIOSFODNN7EXAMPLE is the documented example',
    ];
    const lengths = body.map((t) => t.length);
    expect(await deliver({ type: 'page:chunks', body, lengths, title: 'Settings' }, sender(3))).toEqual({
      windows: [[], [{ start: 0, end: lengths[1] }], [{ start: 0, end: lengths[2] }]],
    });
    expect(await tab(3)).toBeUndefined();
    expect(await badge(3)).toBe('');
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });
});

describe('candidates', () => {
  it('stores distinct keys per tab, sets the badge and counts each key once ever', async () => {
    const key = fake.githubToken();
    await deliver(candidates(`token: ${key}`), sender(7));
    await deliver(candidates(`again ${key}`, 'code'), sender(7));
    expect((await tab(7))?.findings).toHaveLength(1);
    expect(await badge(7)).toBe('1');
    // Same key in another tab: that tab shows it, the running total does not grow.
    await deliver(candidates(`copy ${key}`), sender(8, 'https://other.example/'));
    expect(await badge(8)).toBe('1');
    expect((await totals())?.flagged).toBe(1);
    // Nothing of the key itself anywhere in storage.
    const all = JSON.stringify([await fakeBrowser.storage.local.get(null), await fakeBrowser.storage.session.get(null)]);
    expect(keyFragmentsIn(all, [keyBody(key)])).toEqual([]);
  });

  it('counts a Kraken key pair once: badge, notice and running total, also when the pair shows up after one half', async () => {
    const kraken = fake.krakenPair();
    await deliver(candidates(`Kraken API key: ${kraken.apiKey}`), sender(20));
    expect(await badge(20)).toBe('1');
    await deliver(candidates(`Kraken API key: ${kraken.apiKey}\nKraken private key: ${kraken.privateKey}`), sender(20));
    expect((await tab(20))?.findings).toHaveLength(2);
    expect(await badge(20)).toBe('1');
    expect((await totals())?.flagged).toBe(1);
    await deliver(candidates(`token ${fake.githubToken()}`), sender(20));
    expect(await badge(20)).toBe('2');
    expect((await totals())?.flagged).toBe(2);
  });

  it('ignores pages of a paused site', async () => {
    await fakeBrowser.storage.local.set({ settings: { pausedSites: ['site.example'] } });
    await deliver(candidates(`token: ${fake.githubToken()}`), sender(9));
    expect(await tab(9)).toBeUndefined();
  });

  it('marks findings from sub-frames as seen in a frame', async () => {
    await deliver(candidates(`token: ${fake.githubToken()}`), sender(10, 'https://site.example/', 3));
    expect((await tab(10))?.findings[0]?.where).toBe('frame');
  });
});

describe('refusals', () => {
  it('drops and counts messages from other extensions, extension pages, and malformed ones', async () => {
    const key = fake.githubToken();
    await deliver(candidates(key), { ...sender(11), id: 'someone-else' });
    await deliver(candidates(key), sender(11, `chrome-extension://${OUR_ID}/popup.html`));
    await deliver(candidates(key), { id: OUR_ID, url: 'https://site.example/' }); // no tab
    await deliver({ type: 'page:candidates', windows: [{ text: key, where: 'qr-image' }], title: '' }, sender(11));
    await deliver({ type: 'page:candidates', windows: [{ text: 'x'.repeat(9000), where: 'text' }], title: '' }, sender(11));
    await deliver({ type: 'nope' }, sender(11));
    expect(await tab(11)).toBeUndefined();
    await expect.poll(dropped).toBe(6); // counted without holding up the reply
  });
});

describe('resets', () => {
  it('clears a tab when a document starts loading, and on an SPA URL change', async () => {
    await deliver(candidates(fake.githubToken()), sender(12));
    expect(await badge(12)).toBe('1');
    await fakeBrowser.tabs.onUpdated.trigger(12, { status: 'loading' }, {} as never);
    await expect.poll(() => badge(12)).toBe('');
    expect(await tab(12)).toBeUndefined();

    await deliver(candidates(fake.githubToken()), sender(12));
    // Same page, new fragment: kept. Another path: reset.
    await fakeBrowser.tabs.onUpdated.trigger(12, { url: 'https://site.example/page#tab2' }, {} as never);
    await new Promise((r) => setTimeout(r, 50));
    expect((await tab(12))?.findings).toHaveLength(1);
    await fakeBrowser.tabs.onUpdated.trigger(12, { url: 'https://site.example/next' }, {} as never);
    await expect.poll(() => badge(12)).toBe('');
    expect(await tab(12)).toBeUndefined();
  });

  it('a page:navigated from the top frame resets only when the page changed', async () => {
    await deliver(candidates(fake.githubToken()), sender(13));
    await deliver({ type: 'page:navigated' }, sender(13));
    expect((await tab(13))?.findings).toHaveLength(1);
    await deliver({ type: 'page:navigated' }, sender(13, 'https://site.example/elsewhere'));
    expect(await tab(13)).toBeUndefined();
  });
});

describe('dismissals and paste guard', () => {
  it('drops dismissed keys from open tabs and their badges', async () => {
    await deliver(candidates(`${fake.githubToken()} and ${fake.githubToken()}`), sender(14));
    expect(await badge(14)).toBe('2');
    const fp = (await tab(14))!.findings[0]!.fingerprint;
    await fakeBrowser.storage.local.set({ dismissed: { [fp]: { redacted: 'x', provider: 'github', reason: 'rotated', at: 1 } } });
    await expect.poll(() => badge(14)).toBe('1');
    expect((await tab(14))?.findings.map((f) => f.fingerprint)).not.toContain(fp);
  });

  it('clears tabs of a site the user pauses', async () => {
    await deliver(candidates(fake.githubToken()), sender(16));
    await deliver(candidates(fake.githubToken()), sender(17, 'https://other.example/'));
    await fakeBrowser.storage.local.set({ settings: { pausedSites: ['site.example'] } });
    await expect.poll(() => badge(16)).toBe('');
    expect(await tab(16)).toBeUndefined();
    expect(await badge(17)).toBe('1');
  });

  it('counts pastes kept out', async () => {
    await deliver({ type: 'guard:kept-out' }, sender(15));
    await deliver({ type: 'guard:kept-out' }, sender(15));
    expect((await totals())?.pastesKeptOut).toBe(2);
  });

  it('answers a guard scan with the keys in the text, stores nothing, and refuses malformed ones', async () => {
    const key = fake.githubToken();
    const text = `deploy with ${key} please`;
    const reply = await deliver({ type: 'guard:scan', text, context: 'site.example' }, sender(16)) as
      { keys: Array<{ start: number; end: number; provider: string }> };
    expect(reply.keys.map((k) => [text.slice(k.start, k.end), k.provider])).toEqual([[key, 'github']]);
    expect(JSON.stringify(reply)).not.toContain(keyBody(key).slice(0, 12));
    expect(await tab(16)).toBeUndefined();
    const all = JSON.stringify([await fakeBrowser.storage.local.get(null), await fakeBrowser.storage.session.get(null)]);
    expect(keyFragmentsIn(all, [keyBody(key)])).toEqual([]);
    expect(await deliver({ type: 'guard:scan', text: 42, context: '' }, sender(16))).toBeUndefined();
    expect(await dropped()).toBe(1);
  });

  it('words a warning for the sending frame’s site, in the user’s locale', async () => {
    const words = await deliver({ type: 'guard:words', keys: [{ provider: 'kraken', kind: 'secret' }] }, sender(16, 'http://bot.example/connect')) as
      { heading: string; tips: Array<{ text: string }>; lines: Array<{ text: string }> };
    expect(words.heading).toBe('This looks like a real key: Kraken (API secret)');
    expect(words.lines.map((l) => l.text).join(' ')).toContain('Before you give a key to bot.example');
    expect(words.tips.map((t) => t.text).join(' ')).toContain('Never allow withdrawals');
    expect(await deliver({ type: 'guard:words', keys: [{ provider: 'kraken', kind: 'nonsense' }] }, sender(16))).toBeUndefined();
  });
});

describe('the pause rule, for every frame of a tab', () => {
  // A page on site.example with a frame from widgets.example: the user paused the site they see.
  const frame = (tabId: number): Runtime.MessageSender => ({
    ...sender(tabId, 'https://widgets.example/embed', 2),
    tab: { ...sender(tabId).tab!, url: 'https://site.example/page' },
  });

  beforeEach(async () => {
    await fakeBrowser.storage.local.set({ settings: { pausedSites: ['SITE.example.'] } });
  });

  it('a frame from another site inside a paused tab is told it is paused, and its candidates are ignored', async () => {
    expect(await deliver({ type: 'page:hello' }, frame(30))).toEqual({ paused: true, notice: true });
    const text = `token: ${fake.githubToken()}`;
    expect(await deliver({ type: 'page:chunks', body: [text], lengths: [text.length], title: '' }, frame(30))).toEqual({ windows: [[]] });
    await deliver(candidates(text), frame(30));
    expect(await tab(30)).toBeUndefined();
  });

  it('the paste guard in that frame gets no API keys, but wallet secrets still (no website asks for one)', async () => {
    const reply = await deliver({ type: 'guard:scan', text: `token ${fake.githubToken()}`, context: '' }, frame(31)) as { keys: unknown[] };
    expect(reply.keys).toEqual([]);
    const wallet = fakeWallet(33);
    const phrase = wallet.phrase('en', 12);
    const text = `token ${fake.githubToken()}\nmy words: ${phrase}\nkey ${wallet.wif()}`;
    const both = await deliver({ type: 'guard:scan', text, context: '' }, frame(31)) as { keys: Array<{ provider: string; kind: string }> };
    expect(both.keys.map((k) => `${k.provider}/${k.kind}`).sort()).toEqual(['wallet/private-key', 'wallet/recovery-phrase']);
    const typed = await deliver({ type: 'guard:phrase-inputs', words: phrase.split(' '), context: '' }, frame(31)) as { keys: Array<{ kind: string }> };
    expect(typed.keys.map((k) => k.kind)).toEqual(['recovery-phrase']);
  });

  it('pausing the frame’s site pauses nothing in a tab showing another site', async () => {
    await fakeBrowser.storage.local.set({ settings: { pausedSites: ['widgets.example'] } });
    expect(await deliver({ type: 'page:hello' }, frame(32))).toEqual({ paused: false, notice: true });
    const reply = await deliver({ type: 'guard:scan', text: `token ${fake.githubToken()}`, context: '' }, frame(32)) as { keys: unknown[] };
    expect(reply.keys).toHaveLength(1);
  });
});
