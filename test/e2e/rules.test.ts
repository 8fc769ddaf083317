// Noise control in real Chromium, driven as a user would: a custom rule written in the options page
// (a refused pattern explained first) finds an in-house token on a page; a .gitleaks.toml imported
// through the file picker, with its report; the popup's export (JSON and CSV, nothing raw); "allow
// everywhere" from a card, listed and undone in the options page; a hostile rule on a big page.
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { html, launchChromium, servePages, waitFor, type ChromiumExtension, type Site } from './harness';
import { githubToken, keyBody, keyFragmentsIn } from './keys';
import { axeViolations, ready, snapshotExtension } from './popup-helpers';

/** In-house formats we made up: Acme deploy tokens and Widget session keys. */
const body = () => keyBody(githubToken()).slice(0, 30);
const acme = `acme_${body()}`;
const widget = `wdg-${body()}`;
const github = githubToken();

const GITLEAKS = `
title = "our rules"
[extend]
useDefault = true

[[rules]]
id = "widget-session-key"
description = "Widget session key"
regex = '''\\b(wdg-[A-Za-z0-9]{30})\\b'''
keywords = ["wdg-"]

[[rules]]
id = "needs-backtracking"
regex = '''(tok)\\1'''

[allowlist]
paths = ['''vendor/''']
`;

let site: Site;
let ext: ChromiumExtension;
let removeSnapshot: () => Promise<void>;

beforeAll(async () => {
  const snap = await snapshotExtension();
  removeSnapshot = snap.remove;
  site = await servePages({
    '/acme': html(`<p>Deploy with <code>${acme}</code> and ${github}.</p>`, 'Runbook'),
    '/widget': html(`<pre>session: ${widget}</pre>`, 'Widget notes'),
    '/big': html(`<p id="big">${'a'.repeat(400_000)}!</p><p>key ${acme}</p>`, 'Big'),
  });
  ext = await launchChromium({ extensionDir: snap.dir });
});

afterAll(async () => {
  await ext?.close();
  await site?.close();
  await removeSnapshot?.();
});

async function openOptions(): Promise<Page> {
  const page = await ext.openExtensionPage('options.html');
  await page.setViewportSize({ width: 800, height: 1000 });
  await ready(page);
  return page;
}

async function visit(path: string): Promise<{ page: Page; tabId: number }> {
  const page = await ext.context.newPage();
  await page.goto(site.url(path));
  return { page, tabId: await ext.tabIdOf(page) };
}

const localStore = async () => (await ext.storage()).local;

describe('custom rules', () => {
  it('the options page explains a refused pattern as it is typed, saves a rule, and the worker finds the token', async () => {
    const options = await openOptions();
    await options.click('#rule-add');
    await options.fill('#rule-id', 'acme-deploy');
    await options.fill('#rule-provider', 'acme');
    await options.fill('#rule-pattern', '(?<=deploy )acme_\\w+');
    const error = options.locator('#rule-pattern-error');
    await waitFor(async () => (await error.innerText()).includes('(?<=…) looks ahead or behind'), { message: 'reason shown' });
    expect(await options.locator('#rule-pattern').getAttribute('aria-invalid')).toBe('true');
    await options.fill('#rule-pattern', '\\b(acme_[A-Za-z0-9]{30})\\b');
    expect(await error.isHidden()).toBe(true);
    await options.selectOption('#rule-severity', 'critical');
    await options.selectOption('#rule-kind', 'token');
    await options.fill('#rule-keywords', 'acme_');
    expect(await axeViolations(options)).toEqual([]);
    await options.click('#rule-form button[type=submit]');
    await waitFor(async () => (await options.getByTestId('custom-rule').count()) === 1, { message: 'rule listed' });
    expect((await localStore()).customRules).toEqual({
      rules: [{ id: 'acme-deploy', provider: 'acme', pattern: '\\b(acme_[A-Za-z0-9]{30})\\b', severity: 'critical', kind: 'token', keywords: ['acme_'] }],
    });

    const { page, tabId } = await visit('/acme');
    await waitFor(async () => (await ext.badgeText(tabId)) === '2', { message: 'badge counts the custom and the built-in key' });
    const popup = await ext.openPopup(tabId);
    await ready(popup);
    const titles = await popup.locator('[data-testid=finding] h3').allInnerTexts();
    expect(titles.join(' ')).toMatch(/Acme/);
    expect(titles.join(' ')).toMatch(/GitHub/);
    const all = JSON.stringify(await ext.storage());
    expect(keyFragmentsIn(all, [acme.slice(5), keyBody(github)])).toEqual([]);
    await Promise.all([page.close(), popup.close(), options.close()]);
  });

  it('imports a .gitleaks.toml from the file picker and reports what was imported, converted, left out and refused', async () => {
    const options = await openOptions();
    await options.locator('#rules-import-file').setInputFiles({ name: '.gitleaks.toml', mimeType: 'application/toml', buffer: Buffer.from(GITLEAKS) });
    const report = options.locator('#import-report');
    await waitFor(async () => (await report.getByTestId('import-summary').count()) === 1, { message: 'import report' });
    expect(await report.getByTestId('import-summary').innerText()).toBe('.gitleaks.toml: 1 rules imported, 1 refused.');
    expect(await report.getByTestId('import-imported').innerText()).toContain('widget-session-key');
    expect(await report.getByTestId('import-converted').innerText()).toContain('[allowlist] (deprecated form)');
    expect(await report.getByTestId('import-skipped').innerText()).toContain('[extend]');
    expect(await report.getByTestId('import-refused').innerText()).toMatch(/needs-backtracking: \\1 refers back/);
    expect(await options.getByTestId('custom-rule').count()).toBe(2);

    const { page, tabId } = await visit('/widget');
    await waitFor(async () => (await ext.badgeText(tabId)) === '1', { message: 'imported rule finds the token' });
    const finding = (await ext.storage()).session[`tab:${tabId}`] as { findings: Array<{ rule: string; provider: string }> };
    expect(finding.findings.map((f) => [f.rule, f.provider])).toEqual([['widget-session-key', 'widget']]);
    await Promise.all([page.close(), options.close()]);
  });

  it('a hostile rule on a 400 KB page: the page stays responsive and the key is still found', async () => {
    const options = await openOptions();
    await options.click('#rule-add');
    await options.fill('#rule-id', 'hostile');
    await options.fill('#rule-provider', 'hostile');
    await options.fill('#rule-pattern', '(a+)+$');
    await options.click('#rule-form button[type=submit]');
    await waitFor(async () => (await options.getByTestId('custom-rule').count()) === 3, { message: 'hostile rule saved' });
    await options.close();

    const page = await ext.context.newPage();
    // Longest gap between 10 ms timer ticks while the page loads and is scanned.
    await page.addInitScript(() => {
      const w = window as unknown as { maxGap: number };
      w.maxGap = 0;
      let last = performance.now();
      setInterval(() => {
        const now = performance.now();
        w.maxGap = Math.max(w.maxGap, now - last);
        last = now;
      }, 10);
    });
    await page.goto(site.url('/big'));
    const tabId = await ext.tabIdOf(page);
    await waitFor(async () => (await ext.badgeText(tabId)) === '1', { timeout: 30_000, message: 'acme key found on the big page' });
    const maxGap = await page.evaluate(() => (window as unknown as { maxGap: number }).maxGap);
    // The rules run in the worker; the page only reads its text (tens of ms here).
    expect(maxGap).toBeLessThan(500);
    await page.close();
  });
});

describe('export and allow everywhere from the popup', () => {
  it('exports this tab as JSON and CSV: redacted, with page, provider, kind, severity and time; nothing raw', async () => {
    const { page, tabId } = await visit('/acme');
    await waitFor(async () => (await ext.badgeText(tabId)) === '2', { message: 'badge' });
    const popup = await ext.openPopup(tabId);
    await ready(popup);
    const files: string[] = [];
    for (const format of ['json', 'csv']) {
      const [download] = await Promise.all([popup.waitForEvent('download'), popup.click(`#export-${format}`)]);
      expect(download.suggestedFilename()).toMatch(new RegExp(`^keywarden-findings-127\\.0\\.0\\.1-\\d{4}-\\d{2}-\\d{2}\\.${format}$`));
      files.push(await readFile((await download.path())!, 'utf8'));
    }
    const json = JSON.parse(files[0]!) as { scope: string; findings: Array<Record<string, string>> };
    expect(json.scope).toBe('tab');
    expect(json.findings.map((f) => [f.page, f.providerId, f.kind, f.severity, f.status])).toEqual(expect.arrayContaining([
      [site.url('/acme'), 'acme', 'token', 'critical', 'exposed'],
      [site.url('/acme'), 'github', 'token', 'critical', 'exposed'],
    ]));
    expect(json.findings.every((f) => /^\d{4}-\d{2}-\d{2}T/.test(f.when!))).toBe(true);
    expect(files[1]!.split('\r\n')[0]).toBe('page,provider,providerId,kind,severity,status,where,redacted,when');
    for (const file of files) expect(keyFragmentsIn(file, [acme.slice(5), keyBody(github)], 5)).toEqual([]);
    await Promise.all([page.close(), popup.close()]);
  });

  it('"Allow everywhere" silences the key in every tab; the options page lists it and undoes it', async () => {
    const first = await visit('/acme');
    const second = await visit('/acme');
    await waitFor(async () => (await ext.badgeText(second.tabId)) === '2', { message: 'badge' });
    const popup = await ext.openPopup(first.tabId);
    await ready(popup);
    const card = popup.locator('[data-testid=finding]', { hasText: 'Acme' });
    await card.locator('[data-action=allow-everywhere]').click();
    await waitFor(async () => (await ext.badgeText(first.tabId)) === '1' && (await ext.badgeText(second.tabId)) === '1', { message: 'both tabs' });
    await waitFor(async () => (await popup.locator('#status').innerText()).includes('allowed everywhere'), { message: 'announced' });

    const options = await openOptions();
    const row = options.getByTestId('allowed-key');
    expect(await row.innerText()).toContain('Acme');
    expect(keyFragmentsIn(JSON.stringify((await localStore()).allowed), [acme.slice(5)], 5)).toEqual([]);
    await row.getByRole('button', { name: /Warn again/ }).click();
    await waitFor(async () => (await options.getByTestId('allowed-key').count()) === 0, { message: 'undone' });
    await first.page.reload();
    await waitFor(async () => (await ext.badgeText(first.tabId)) === '2', { message: 'warned again after undo' });
    await Promise.all([first.page.close(), second.page.close(), popup.close(), options.close()]);
  });
});
