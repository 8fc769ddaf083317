// The worker with custom rules, silencing and the organisation's policy, imported for real and
// driven through the in-memory browser: custom findings are ordinary findings, built-in findings
// keep their provider, hostile rules and huge inputs stay linear, keys allowed everywhere and
// per-site minimums silence pages and pastes, and managed values win over the user's.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from '@webext-core/fake-browser';
import type { Runtime, Tabs } from 'webextension-polyfill';
import type { CustomRule } from '../../../src/engine/custom';
import { STORAGE_KEYS, tabKey, type TabState } from '../../../src/shared/storage';
import { fakeKeys, keyBody, keyFragmentsIn } from '../../support/keys';

const fake = fakeKeys(1602);

await import('../../../src/background/index');

const OUR_ID = fakeBrowser.runtime.id;

function sender(tabId: number, url = 'https://site.example/page'): Runtime.MessageSender {
  return { id: OUR_ID, url, frameId: 0, tab: { id: tabId, url, index: 0, highlighted: false, active: true, pinned: false, incognito: false } as Tabs.Tab };
}

async function deliver(message: unknown, from: Runtime.MessageSender): Promise<unknown> {
  const replies = await fakeBrowser.runtime.onMessage.trigger(message, from as never, () => undefined);
  return replies[0];
}

const candidates = (...texts: string[]) => ({ type: 'page:candidates', windows: texts.map((text) => ({ text, where: 'text' })), title: 'Settings' });
const tab = async (id: number) => (await fakeBrowser.storage.session.get(tabKey(id)))[tabKey(id)] as TabState | undefined;
const badge = (tabId: number) => fakeBrowser.action.getBadgeText({ tabId });
const guard = async (text: string, from: Runtime.MessageSender) =>
  ((await deliver({ type: 'guard:scan', text, context: '' }, from)) as { keys: Array<{ provider: string }> }).keys.map((k) => k.provider);

/** An in-house token format we made up: acme_ + 32 letters and digits. */
const acmeToken = () => `acme_${keyBody(fake.githubToken()).slice(0, 32).padEnd(32, 'Q')}`;
const ACME: CustomRule = {
  id: 'acme-token', provider: 'acme', pattern: '\\b(acme_[A-Za-z0-9]{32})\\b', keywords: ['acme_'], severity: 'critical', kind: 'token',
};

async function setPolicy(policy: Record<string, unknown>): Promise<void> {
  await fakeBrowser.storage.managed.clear();
  await fakeBrowser.storage.managed.set(policy);
}

beforeEach(async () => {
  await fakeBrowser.storage.local.clear();
  await fakeBrowser.storage.session.clear();
  await setPolicy({});
});

describe('custom rules in the worker', () => {
  it('finds an in-house token: stored redacted, counted, badged, first-seen time kept; nothing raw stored', async () => {
    await fakeBrowser.storage.local.set({ [STORAGE_KEYS.customRules]: { rules: [ACME] } });
    const token = acmeToken();
    const before = Date.now();
    await deliver(candidates(`deploy key ${token} here`), sender(1));
    const [f] = (await tab(1))!.findings;
    expect(f).toMatchObject({ rule: 'acme-token', provider: 'acme', kind: 'token', severity: 'critical', where: 'text' });
    expect(f!.at).toBeGreaterThanOrEqual(before);
    expect(await badge(1)).toBe('1');
    const all = JSON.stringify([await fakeBrowser.storage.local.get(null), await fakeBrowser.storage.session.get(null)]);
    expect(keyFragmentsIn(all.replace(JSON.stringify(ACME.pattern), ''), [token.slice(5)], 6)).toEqual([]);
  });

  it('never changes a built-in finding: a rule matching GitHub tokens adds nothing over them', async () => {
    const greedy: CustomRule = { ...ACME, id: 'anything-long', provider: 'acme', pattern: '[A-Za-z0-9_]{30,}', keywords: [] };
    await fakeBrowser.storage.local.set({ [STORAGE_KEYS.customRules]: { rules: [greedy] } });
    await deliver(candidates(`token ${fake.githubToken()}`), sender(2));
    expect((await tab(2))!.findings.map((f) => f.provider)).toEqual(['github']);
  });

  it('leaves out a stored rule that does not compile and runs the others; edits take effect at once', async () => {
    const bad: CustomRule = { ...ACME, id: 'bad', pattern: '(?=acme_)acme_\\w+' };
    await fakeBrowser.storage.local.set({ [STORAGE_KEYS.customRules]: { rules: [bad] } });
    await deliver(candidates(`x ${acmeToken()} y`), sender(3));
    expect(await tab(3)).toBeUndefined();
    await fakeBrowser.storage.local.set({ [STORAGE_KEYS.customRules]: { rules: [bad, ACME] } });
    await deliver(candidates(`x ${acmeToken()} y`), sender(3));
    expect((await tab(3))!.findings.map((f) => f.rule)).toEqual(['acme-token']);
  });

  it('warns when an in-house token is pasted', async () => {
    await fakeBrowser.storage.local.set({ [STORAGE_KEYS.customRules]: { rules: [ACME] } });
    expect(await guard(`here: ${acmeToken()}`, sender(4, 'https://chat.example/'))).toEqual(['acme']);
  });

  it('stays linear on hostile rules over the largest message a page may send (64 windows of 8 KB)', async () => {
    const hostile = ['(a+)+$', '(a|aa)+c', '(.*a){20}', '(\\w+\\s?)+$', '(x+x+)+y'];
    await fakeBrowser.storage.local.set({
      [STORAGE_KEYS.customRules]: { rules: hostile.map((pattern, i) => ({ ...ACME, id: `hostile-${i}`, pattern, keywords: [] })) },
    });
    const windows = Array.from({ length: 64 }, (_, i) => (i % 2 ? 'a'.repeat(8191) + '!' : 'word '.repeat(1638) + '!'));
    const t0 = performance.now();
    await deliver(candidates(...windows), sender(5));
    // A backtracking engine would not finish (2^8000 paths); RE2 takes about a second here.
    expect(performance.now() - t0).toBeLessThan(20_000);
    for (const f of (await tab(5))?.findings ?? []) expect(f.redacted.length).toBeLessThan(40);
  });
});

describe('silencing', () => {
  it('a key allowed everywhere leaves every open tab, is not recorded again and is not warned about when pasted', async () => {
    const key = fake.githubToken();
    await deliver(candidates(`a ${key}`), sender(10));
    await deliver(candidates(`b ${key}`), sender(11, 'https://other.example/'));
    const fp = (await tab(10))!.findings[0]!.fingerprint;
    await fakeBrowser.storage.local.set({ [STORAGE_KEYS.allowed]: { [fp]: { redacted: 'r', provider: 'github', at: 1 } } });
    await expect.poll(() => badge(10)).toBe('');
    await expect.poll(() => badge(11)).toBe('');
    await deliver(candidates(`again ${key}`), sender(12, 'https://third.example/'));
    expect((await tab(12))?.findings ?? []).toEqual([]);
    expect(await guard(`paste ${key}`, sender(12, 'https://chat.example/'))).toEqual([]);
    // A dismissal judges the key on pages only: the paste guard still speaks up.
    const other = fake.githubToken();
    await deliver(candidates(other), sender(13));
    const otherFp = (await tab(13))!.findings[0]!.fingerprint;
    await fakeBrowser.storage.local.set({ [STORAGE_KEYS.dismissed]: { [otherFp]: { redacted: 'r', provider: 'github', reason: 'rotated', at: 1 } } });
    expect(await guard(`paste ${other}`, sender(13, 'https://chat.example/'))).toEqual(['github']);
  });

  it('a site minimum keeps only keys that severe on that site and its subdomains, on pages and pastes', async () => {
    const kraken = fake.krakenPair();
    const page = `GitHub ${fake.githubToken()}\nKraken API key ${kraken.apiKey}\nprivate key ${kraken.privateKey}`;
    await deliver(candidates(page), sender(20, 'https://docs.site.example/a'));
    const severities = (await tab(20))!.findings.map((f) => f.severity);
    expect(severities).toContain('critical');
    expect(severities.some((s) => s !== 'critical')).toBe(true);
    await fakeBrowser.storage.local.set({ [STORAGE_KEYS.settings]: { siteMinSeverity: { 'site.example': 'critical' } } });
    await expect.poll(async () => (await tab(20))!.findings.every((f) => f.severity === 'critical')).toBe(true);
    await deliver(candidates(page), sender(21, 'https://www.site.example/'));
    expect((await tab(21))!.findings.every((f) => f.severity === 'critical')).toBe(true);
    // A GitHub server token is high, not critical: quiet here, heard elsewhere.
    expect(await guard(`token ${fake.githubToken('ghs')}`, sender(21, 'https://www.site.example/'))).toEqual([]);
    expect(await guard(`token ${fake.githubToken('ghs')}`, sender(22, 'https://else.example/'))).toEqual(['github']);
    // Another site is untouched.
    await deliver(candidates(page), sender(22, 'https://else.example/'));
    expect((await tab(22))!.findings.some((f) => f.severity !== 'critical')).toBe(true);
  });
});

describe('the organisation’s policy', () => {
  it('managed values win over the user’s: pause, notice, rules (an org rule replaces the user’s of the same id)', async () => {
    await fakeBrowser.storage.local.set({
      [STORAGE_KEYS.settings]: { notice: true, pausedSites: [] },
      [STORAGE_KEYS.customRules]: { rules: [{ ...ACME, provider: 'mine' }] },
    });
    await setPolicy({ notice: false, pausedSites: ['paused.example'], customRules: { rules: [ACME] } });
    expect(await deliver({ type: 'page:hello' }, sender(30, 'https://paused.example/'))).toMatchObject({ paused: true, notice: false });
    await deliver(candidates(`k ${acmeToken()}`), sender(31));
    expect((await tab(31))!.findings.map((f) => f.provider)).toEqual(['acme']);
  });

  it('locked: the user’s settings, rules and allowed keys do not count; defaults stand where the policy says nothing', async () => {
    const key = fake.githubToken();
    await deliver(candidates(key), sender(40));
    const fp = (await tab(40))!.findings[0]!.fingerprint;
    await fakeBrowser.storage.local.set({
      [STORAGE_KEYS.settings]: { notice: false, pausedSites: ['site.example'], siteMinSeverity: { 'other.example': 'critical' } },
      [STORAGE_KEYS.customRules]: { rules: [ACME] },
      [STORAGE_KEYS.allowed]: { [fp]: { redacted: 'r', provider: 'github', at: 1 } },
    });
    await setPolicy({ settingsLocked: true });
    expect(await deliver({ type: 'page:hello' }, sender(41))).toMatchObject({ paused: false, notice: true });
    await deliver(candidates(`${key} ${acmeToken()}`), sender(42, 'https://other.example/'));
    expect((await tab(42))!.findings.map((f) => f.provider)).toEqual(['github']);
  });

  it('a policy change applies at once (Chrome reports it as a managed storage change)', async () => {
    await deliver(candidates(fake.githubToken()), sender(50));
    expect(await badge(50)).toBe('1');
    await setPolicy({ pausedSites: ['site.example'] });
    await expect.poll(() => badge(50)).toBe('');
  });
});
