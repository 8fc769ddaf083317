// Managed settings from real policy files, in Chromium and Firefox ESR: the organisation's rule
// finds its token on a page, its paused site stays quiet, and (Chromium) the options page shows
// what it set, locked. The files are written in beforeAll and removed in afterAll; this needs root
// (tests run as root here and in CI) and no other browser test running at the same time (e2e
// files run one at a time: fileParallelism false). Paths: docs/deployment.md.
import { createHash } from 'node:crypto';
import { existsSync, rmSync } from 'node:fs';
import { mkdir, rm, rmdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { html, launchChromium, launchFirefox, NOTICE_SELECTOR, servePages, settle, waitFor, type ChromiumExtension, type FirefoxExtension, type Site } from './harness';
import { githubToken, keyBody } from './keys';
import { ready, snapshotExtension } from './popup-helpers';

const CHROMIUM_POLICY = '/etc/chromium/policies/managed/keywarden-e2e.json';
const FIREFOX_POLICY = '/usr/lib/firefox-esr/distribution/policies.json';
const FIREFOX_ID = 'keywarden@keywarden.dev';

const orgToken = `excorp_${keyBody(githubToken()).slice(0, 32).padEnd(32, 'Z')}`;
const POLICY = {
  includeGeneric: true,
  pausedSites: ['localhost'],
  settingsLocked: true,
  customRules: {
    rules: [{ id: 'excorp-deploy', name: 'Example Corp deploy token', provider: 'excorp', pattern: '\\b(excorp_[A-Za-z0-9]{32})\\b', keywords: ['excorp_'], severity: 'critical', kind: 'token' }],
  },
};

/** Chromium's id for an unpacked extension: SHA-256 of its absolute path, first 32 hex digits written a–p. */
function unpackedId(path: string): string {
  return [...createHash('sha256').update(path).digest('hex').slice(0, 32)].map((d) => String.fromCharCode(97 + parseInt(d, 16))).join('');
}

/** Writes a policy file, creating its folders; returns how to remove exactly what it created. */
async function writePolicy(path: string, content: unknown): Promise<() => Promise<void>> {
  const created: string[] = [];
  for (let dir = dirname(path); !existsSync(dir); dir = dirname(dir)) created.push(dir);
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, JSON.stringify(content, null, 2));
  // Should the run die before afterAll, the file must not outlive it: other runs would obey it.
  process.once('exit', () => rmSync(path, { force: true }));
  return async () => {
    await rm(path, { force: true });
    for (const dir of created) await rmdir(dir).catch(() => undefined);
  };
}

const page = html(`<p>Deploy token for the pipeline: <code>${orgToken}</code></p>`, 'Runbook');
let site: Site;

beforeAll(async () => {
  site = await servePages({ '/runbook': page });
});

afterAll(async () => {
  await site?.close();
});

describe('Chromium: policy under /etc/chromium/policies/managed', () => {
  let ext: ChromiumExtension;
  let removeSnapshot: () => Promise<void>;
  let removePolicy: () => Promise<void>;
  let dir: string;

  beforeAll(async () => {
    const snap = await snapshotExtension();
    removeSnapshot = snap.remove;
    dir = snap.dir;
    removePolicy = await writePolicy(CHROMIUM_POLICY, { '3rdparty': { extensions: { [unpackedId(snap.dir)]: POLICY } } });
    ext = await launchChromium({ extensionDir: snap.dir });
  });

  afterAll(async () => {
    await ext?.close();
    await removePolicy?.();
    await removeSnapshot?.();
  });

  it('reads the policy for its id (computed from the folder, as the test wrote it)', async () => {
    expect(ext.extensionId).toBe(unpackedId(dir));
    expect(await ext.evaluate(() => chrome.storage.managed.get(null), undefined)).toEqual(POLICY);
  });

  it('the worker applies it: the organisation’s rule finds its token; its paused site stays quiet', async () => {
    const tab = await ext.context.newPage();
    await tab.goto(site.url('/runbook'));
    const tabId = await ext.tabIdOf(tab);
    await waitFor(async () => (await ext.badgeText(tabId)) === '1', { message: 'org rule finds the token' });
    const paused = await ext.context.newPage();
    await paused.goto(`http://localhost:${site.port}/runbook`);
    const pausedId = await ext.tabIdOf(paused);
    await settle(1500);
    expect(await ext.badgeText(pausedId)).toBe('');
    await Promise.all([tab.close(), paused.close()]);
  });

  it('the options page shows what the organisation set and does not let it be changed', async () => {
    // The user's own values are stored but do not count while settings are locked.
    await ext.evaluate(() => chrome.storage.local.set({ settings: { includeGeneric: false, pausedSites: ['mine.example'] } }), undefined);
    const options = await ext.openExtensionPage('options.html');
    await ready(options);
    expect(await options.locator('#policy-banner').isVisible()).toBe(true);
    expect(await options.locator('#policy-banner-text').innerText()).toContain('locked');
    expect(await options.locator('#opt-generic').isChecked()).toBe(true);
    expect(await options.locator('#opt-generic').isDisabled()).toBe(true);
    expect(await options.locator('#opt-notice').isDisabled()).toBe(true);
    expect(await options.locator('[data-managed=includeGeneric]').innerText()).toBe('Set by your organisation.');
    expect(await options.getByTestId('paused-site').allInnerTexts()).toEqual([expect.stringContaining('localhost')]);
    expect(await options.getByTestId('paused-site').getByRole('button').isDisabled()).toBe(true);
    expect(await options.getByTestId('org-rule').innerText()).toContain('Example Corp deploy token');
    for (const id of ['#rule-add', '#rules-import', '#site-rule-host']) expect(await options.locator(id).isDisabled(), id).toBe(true);
    await options.close();
  });
});

describe('Firefox ESR: policy in distribution/policies.json', () => {
  let ff: FirefoxExtension;
  let removePolicy: () => Promise<void>;

  beforeAll(async () => {
    removePolicy = await writePolicy(FIREFOX_POLICY, { policies: { '3rdparty': { Extensions: { [FIREFOX_ID]: POLICY } } } });
    ff = await launchFirefox();
  });

  afterAll(async () => {
    await ff?.close();
    await removePolicy?.();
  });

  it('the worker applies it: the organisation’s rule finds its token; its paused site stays quiet', async () => {
    const tab = await ff.newPage();
    await tab.goto(site.url('/runbook'));
    const count = await waitFor(() => tab.$eval(NOTICE_SELECTOR, (n) => n.getAttribute('data-count')).catch(() => null), { message: 'notice' });
    expect(count).toBe('1');
    const paused = await ff.newPage();
    await paused.goto(`http://localhost:${site.port}/runbook`);
    await settle(1500);
    expect(await paused.$(NOTICE_SELECTOR)).toBeNull();
    await Promise.all([tab.close(), paused.close()]);
  });
});
