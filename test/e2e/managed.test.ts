// Managed settings from real policy files, in Chromium and Firefox ESR: the browser hands the
// organisation's policy to storage.managed, its rule finds its token on a page, its paused site
// stays quiet, and the options page shows what it set, locked. Each browser reads the file where
// an administrator puts it on Linux (docs/deployment.md):
//   Chromium:    /etc/chromium/policies/managed/<name>.json, keyed by the extension's id (for an
//                unpacked copy, computed from its folder: the test computes it the same way);
//   Firefox ESR: distribution/policies.json beside the program (Debian: /usr/lib/firefox-esr/
//                distribution, a link to /usr/share/firefox-esr/distribution), keyed by the add-on id.
// The file is written before the browser starts and removed once it is closed. This needs root
// (tests run as root here and in CI) and no other browser starting meanwhile: e2e files run one at
// a time (fileParallelism false), under the team's lock on this machine.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { mkdir, rm, rmdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fakeKeys, keyBody } from '../support/keys';
import { BROWSERS, launch, snapshotExtension, type BrowserName, type ExtensionDriver } from './driver';
import { FIREFOX_PATH, html, servePages, settle, type Site } from './harness';
import { badgeBecomes, noticeCount, ready, setLocal } from './helpers';

const fake = fakeKeys(1604);
const orgToken = `excorp_${keyBody(fake.githubToken()).slice(0, 30)}Zq`;

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

/** Where `browser` reads the policy for the extension in `extensionDir`, and what the file holds. */
function policyFile(browser: BrowserName, extensionDir: string): { path: string; content: unknown } {
  if (browser === 'chromium') {
    return {
      path: '/etc/chromium/policies/managed/keywarden-e2e.json',
      content: { '3rdparty': { extensions: { [unpackedId(extensionDir)]: POLICY } } },
    };
  }
  const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8')) as { browser_specific_settings: { gecko: { id: string } } };
  return {
    // Beside the real program (FIREFOX_PATH is a link to it).
    path: join(dirname(realpathSync(FIREFOX_PATH)), 'distribution/policies.json'),
    content: { policies: { '3rdparty': { Extensions: { [manifest.browser_specific_settings.gecko.id]: POLICY } } } },
  };
}

/** Writes a policy file, creating its folders; returns how to remove exactly what it created. */
async function writePolicy(path: string, content: unknown): Promise<() => Promise<void>> {
  // An administrator's own file is never overwritten (nor removed afterwards).
  if (existsSync(path)) throw new Error(`${path} exists already: this test writes and removes it, so it stops here`);
  const created: string[] = [];
  for (let dir = dirname(path); !existsSync(dir); dir = dirname(dir)) created.push(dir);
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, JSON.stringify(content, null, 2));
  // Should the run die before afterAll, the file must not outlive it: every later browser would obey it.
  const removeNow = (): void => rmSync(path, { force: true });
  process.once('exit', removeNow);
  return async () => {
    process.off('exit', removeNow);
    await rm(path, { force: true });
    for (const dir of created) await rmdir(dir).catch(() => undefined);
  };
}

let site: Site;

beforeAll(async () => {
  site = await servePages({ '/runbook': html(`<p>Deploy token for the pipeline: <code>${orgToken}</code></p>`, 'Runbook') });
});

afterAll(async () => {
  await site?.close();
});

describe.each(BROWSERS)('%s', (browser) => {
  let ext: ExtensionDriver;

  beforeAll(async () => {
    const copy = await snapshotExtension(browser);
    const policy = policyFile(browser, copy.dir);
    const removePolicy = await writePolicy(policy.path, policy.content);
    try {
      ext = await launch(browser, { extensionDir: copy.dir });
    } catch (err) {
      await removePolicy();
      await copy.remove();
      throw err;
    }
    ext.onClose(async () => {
      await removePolicy();
      await copy.remove();
    });
  });

  afterAll(async () => {
    await ext?.close();
  });

  it('the browser hands the policy file to storage.managed', async () => {
    expect(await ext.run(() => chrome.storage.managed.get(null))).toEqual(POLICY);
  });

  it('the worker applies it: the organisation’s rule finds its token; its paused site stays quiet', async () => {
    const { tab, tabId } = await ext.open(site.url('/runbook'));
    await badgeBecomes(ext, tabId, '1');
    expect(await noticeCount(tab)).toBe('1');
    const paused = await ext.open(`http://localhost:${site.port}/runbook`);
    expect(await paused.tab.text('code')).toBe(orgToken);
    await settle(1500);
    expect(await ext.badgeText(paused.tabId)).toBe('');
    expect(await noticeCount(paused.tab)).toBeNull();
    await Promise.all([tab.close(), paused.tab.close()]);
  });

  it('the options page shows what the organisation set and does not let it be changed', async () => {
    // The user's own values are stored but do not count while settings are locked.
    await setLocal(ext, { settings: { includeGeneric: false, pausedSites: ['mine.example'] } });
    const options = await ext.openExtensionPage('options.html');
    await ready(options);
    expect(await options.isVisible('#policy-banner')).toBe(true);
    expect(await options.text('#policy-banner-text')).toContain('locked');
    expect(await options.isChecked('#opt-generic')).toBe(true);
    expect(await options.isDisabled('#opt-generic')).toBe(true);
    expect(await options.isDisabled('#opt-notice')).toBe(true);
    expect(await options.text('[data-managed="includeGeneric"]')).toBe('Set by your organisation.');
    expect(await options.texts('[data-testid="paused-site"]')).toEqual([expect.stringContaining('localhost')]);
    expect(await options.isDisabled('[data-testid="paused-site"] button')).toBe(true);
    expect(await options.text('[data-testid="org-rule"]')).toContain('Example Corp deploy token');
    for (const id of ['#rule-add', '#rules-import', '#site-rule-host']) expect(await options.isDisabled(id), id).toBe(true);
    await options.close();
  });
});
