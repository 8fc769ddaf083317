// Noise control in real Chromium and Firefox ESR, driven as a user would: a custom rule typed in
// the options page (a refused pattern explained as it is typed) finds an in-house token on a page;
// a .gitleaks.toml chosen in the file picker, with its report, and exported back; exports from the popup (this tab)
// and the options page (everything), JSON and CSV, nothing raw; "allow everywhere" from a card,
// listed and undone in the options page; a site's minimum severity, added and removed there; a
// hostile rule on a big page.
// Run: npm run build && npx vitest run -c vitest.e2e.config.ts test/e2e/rules.test.ts
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importGitleaks } from '../../src/engine/gitleaks';
import { fakeKeys, keyBody, keyFragmentsIn } from '../support/keys';
import { BROWSERS, type Tab } from './driver';
import { html, servePages, waitFor, type Site } from './harness';
import { axeViolations, badgeBecomes, ready, tabState, useExtension } from './helpers';

const fake = fakeKeys(1603);

/** In-house formats we made up: Acme deploy tokens and Widget session keys. */
const body = (): string => keyBody(fake.githubToken()).slice(0, 30);
const acme = `acme_${body()}`;
const widget = `wdg-${body()}`;
const github = fake.githubToken();
const npm = fake.npm();
const secrets = [acme.slice(5), widget.slice(4), keyBody(github), keyBody(npm)];

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

/**
 * The page records the longest gap between its 10 ms timer ticks from its load event on, while
 * it is scanned (parsing 400 KB is the browser's own cost, and slow on a loaded machine).
 */
const GAP_METER = `<script>
  window.maxGap = 0;
  addEventListener('load', () => {
    let last = performance.now();
    setInterval(() => { const now = performance.now(); window.maxGap = Math.max(window.maxGap, now - last); last = now; }, 10);
  });
</script>`;

const CUSTOM_RULE = '[data-testid="custom-rule"]';
const ALLOWED = '[data-testid="allowed-key"]';
const SITE_RULE = '[data-testid="site-rule"]';

let site: Site;
let pickerDir: string;

beforeAll(async () => {
  site = await servePages({
    '/acme': html(`<p>Deploy with <code>${acme}</code> and ${github}.</p>`, 'Runbook'),
    // Alone, with no built-in key or key word near it: only the rule's own gate word lets it through.
    '/acme-alone': html(`<p>Ship it with <code>${acme}</code> today.</p>`, 'Release day'),
    '/widget': html(`<pre>session: ${widget}</pre>`, 'Widget notes'),
    '/npm': html(`<p>CI: <code>${github}</code>, publish with <code>${npm}</code></p>`, 'Release'),
    '/big': html(`${GAP_METER}<p id="big">${'a'.repeat(400_000)}!</p><p>key ${acme}</p>`, 'Big'),
  });
  // The file the user picks in the import's file picker.
  pickerDir = await mkdtemp(join(tmpdir(), 'kw-gitleaks-'));
  await writeFile(join(pickerDir, '.gitleaks.toml'), GITLEAKS);
});

afterAll(async () => {
  await site?.close();
  if (pickerDir) await rm(pickerDir, { recursive: true, force: true });
});

describe.each(BROWSERS)('%s', (browser) => {
  const env = useExtension(browser, { launch: { privateCopy: true } });

  async function openOptions(): Promise<Tab> {
    const page = await env.ext.openExtensionPage('options.html');
    await page.setViewport(800, 1000);
    await ready(page);
    return page;
  }

  const localStore = async (): Promise<Record<string, unknown>> => (await env.ext.storage()).local;

  /** Waits until `n` rows match `selector`; on a timeout, says what the page showed. */
  async function rowsBecome(page: Tab, selector: string, n: number): Promise<void> {
    await waitFor(async () => (await page.count(selector)) === n, { message: `${n} × ${selector}` }).catch(async (err: Error) => {
      const errors = (await page.texts('.field-error')).filter(Boolean);
      throw new Error(`${browser}: ${err.message}; rows ${JSON.stringify(await page.texts(selector))}, errors ${JSON.stringify(errors)}, status "${await page.text('#status')}"`);
    });
  }

  describe('custom rules', () => {
    it('the options page explains a refused pattern as it is typed, saves a rule, and the worker finds the token', async () => {
      const options = await openOptions();
      await options.click('#rule-add');
      await options.fill('#rule-id', 'acme-deploy');
      await options.fill('#rule-provider', 'acme');
      await options.focus('#rule-pattern');
      await options.type('(?<=deploy )acme_\\w+');
      await waitFor(async () => (await options.text('#rule-pattern-error')).includes('(?<=…) looks ahead or behind'), { message: 'reason shown' });
      expect(await options.attribute('#rule-pattern', 'aria-invalid')).toBe('true');
      await options.fill('#rule-pattern', '\\b(acme_[A-Za-z0-9]{30})\\b');
      expect(await options.isVisible('#rule-pattern-error')).toBe(false);
      await options.select('#rule-severity', 'critical');
      await options.select('#rule-kind', 'token');
      await options.fill('#rule-keywords', 'acme_');
      expect(await axeViolations(options)).toEqual([]);
      await options.click('#rule-form button[type=submit]');
      await waitFor(async () => (await options.text('#status')) === 'Rule acme-deploy saved.', { message: 'saved' });
      await rowsBecome(options, CUSTOM_RULE, 1);
      expect((await localStore()).customRules).toEqual({
        rules: [{ id: 'acme-deploy', provider: 'acme', pattern: '\\b(acme_[A-Za-z0-9]{30})\\b', severity: 'critical', kind: 'token', keywords: ['acme_'] }],
      });

      const { tab, tabId } = await env.ext.open(site.url('/acme'));
      await badgeBecomes(env.ext, tabId, '2');
      const popup = await env.ext.openPopup(tabId);
      await ready(popup);
      const titles = (await popup.texts('[data-testid="finding"] h3')).join(' ');
      expect(titles).toMatch(/Acme/);
      expect(titles).toMatch(/GitHub/);
      expect(keyFragmentsIn(JSON.stringify(await env.ext.storage()), secrets)).toEqual([]);

      const alone = await env.ext.open(site.url('/acme-alone'));
      await badgeBecomes(env.ext, alone.tabId, '1');
      expect((await tabState(env.ext, alone.tabId))?.findings.map((f) => f.provider)).toEqual(['acme']);
      await Promise.all([tab.close(), popup.close(), options.close(), alone.tab.close()]);
    });

    it('imports a .gitleaks.toml from the file picker and reports what was imported, converted, left out and refused', async () => {
      const options = await openOptions();
      await options.setInputFiles('#rules-import-file', [join(pickerDir, '.gitleaks.toml')]);
      const summary = '.gitleaks.toml: 1 rules imported, 1 refused.';
      await waitFor(async () => (await options.texts('[data-testid="import-summary"]'))[0] === summary, { message: 'import summary' });
      // Imported once (a second import of the same file would say it replaces the rule).
      expect(await options.texts('[data-testid="import-imported"] li')).toEqual(['widget-session-key']);
      expect(await options.text('[data-testid="import-converted"]')).toContain('[allowlist] (deprecated form)');
      expect(await options.text('[data-testid="import-skipped"]')).toContain('[extend]');
      expect(await options.text('[data-testid="import-refused"]')).toMatch(/needs-backtracking: \\1 refers back/);
      expect(await options.count(CUSTOM_RULE)).toBe(2);
      // Exported back as a .gitleaks.toml, the rules read in again are the ones stored.
      const exported = await options.download('#rules-export');
      expect(exported.name).toBe('keywarden.gitleaks.toml');
      expect(importGitleaks(exported.text).ruleSet).toEqual((await localStore()).customRules);

      const { tab, tabId } = await env.ext.open(site.url('/widget'));
      await badgeBecomes(env.ext, tabId, '1');
      const state = await tabState(env.ext, tabId);
      expect(state?.findings.map((f) => [f.rule, f.provider])).toEqual([['widget-session-key', 'widget']]);
      await Promise.all([tab.close(), options.close()]);
    });
  });

  describe('export, allow everywhere, site minimums', () => {
    it('exports this tab from the popup and everything from the options page, JSON and CSV: redacted, with page, provider, kind, severity and time', async () => {
      const { tab, tabId } = await env.ext.open(site.url('/acme'));
      await badgeBecomes(env.ext, tabId, '2');
      const popup = await env.ext.openPopup(tabId);
      await ready(popup);
      const json = await popup.download('#export-json');
      const csv = await popup.download('#export-csv');
      expect(json.name).toMatch(/^keywarden-findings-127\.0\.0\.1-\d{4}-\d{2}-\d{2}\.json$/);
      expect(csv.name).toMatch(/^keywarden-findings-127\.0\.0\.1-\d{4}-\d{2}-\d{2}\.csv$/);
      const report = JSON.parse(json.text) as { scope: string; findings: Array<Record<string, string>> };
      expect(report.scope).toBe('tab');
      expect(report.findings.map((f) => [f.page, f.providerId, f.kind, f.severity, f.status])).toEqual(expect.arrayContaining([
        [site.url('/acme'), 'acme', 'token', 'critical', 'exposed'],
        [site.url('/acme'), 'github', 'token', 'critical', 'exposed'],
      ]));
      expect(report.findings.every((f) => /^\d{4}-\d{2}-\d{2}T/.test(f.when!))).toBe(true);
      expect(csv.text.split('\r\n')[0]).toBe('page,provider,providerId,kind,severity,status,where,redacted,when');

      const options = await openOptions();
      const all = await options.download('#export-all-csv');
      expect(all.name).toMatch(/^keywarden-findings-all-\d{4}-\d{2}-\d{2}\.csv$/);
      // Every open tab's findings: this one's two keys at least.
      expect(all.text.split('\r\n').filter((line) => line.startsWith(`${site.url('/acme')},`))).toHaveLength(2);
      for (const file of [json, csv, all]) expect(keyFragmentsIn(file.text, secrets, 5)).toEqual([]);
      await Promise.all([tab.close(), popup.close(), options.close()]);
    });

    it('"Allow everywhere" silences the key in every tab; the options page lists it and undoes it', async () => {
      const first = await env.ext.open(site.url('/acme'));
      const second = await env.ext.open(site.url('/acme'));
      await badgeBecomes(env.ext, first.tabId, '2');
      await badgeBecomes(env.ext, second.tabId, '2');
      const popup = await env.ext.openPopup(first.tabId);
      await ready(popup);
      await popup.click({ css: '[data-testid="finding"]', hasText: 'Acme', inner: '[data-action="allow-everywhere"]' });
      await badgeBecomes(env.ext, first.tabId, '1');
      await badgeBecomes(env.ext, second.tabId, '1');
      await waitFor(async () => (await popup.text('#status')).includes('allowed everywhere'), { message: 'announced' });

      const options = await openOptions();
      expect(await options.text(ALLOWED)).toContain('Acme');
      expect(keyFragmentsIn(JSON.stringify((await localStore()).allowed), secrets, 5)).toEqual([]);
      await options.click({ css: ALLOWED, inner: 'button' });
      await rowsBecome(options, ALLOWED, 0);
      await first.tab.reload();
      await badgeBecomes(env.ext, first.tabId, '2');
      await Promise.all([first.tab.close(), second.tab.close(), popup.close(), options.close()]);
    });

    it('a site\'s minimum severity, set in the options page, quiets lesser keys on that site at once; removing it brings them back', async () => {
      const { tab, tabId } = await env.ext.open(site.url('/npm'));
      await badgeBecomes(env.ext, tabId, '2');
      const options = await openOptions();
      await options.focus('#site-rule-host');
      // A URL pasted whole counts by its host.
      await options.type(site.url('/npm'));
      await options.select('#site-rule-severity', 'critical');
      await options.click('#site-rule-form button[type=submit]');
      await rowsBecome(options, SITE_RULE, 1);
      expect(await options.text(SITE_RULE)).toContain('127.0.0.1');
      expect((await localStore()).settings).toMatchObject({ siteMinSeverity: { '127.0.0.1': 'critical' } });
      // The npm token is high, the GitHub token critical: only the latter counts now, without a reload.
      await badgeBecomes(env.ext, tabId, '1');
      expect((await tabState(env.ext, tabId))?.findings.map((f) => f.provider)).toEqual(['github']);

      await options.click({ css: SITE_RULE, inner: 'button' });
      await rowsBecome(options, SITE_RULE, 0);
      await tab.reload();
      await badgeBecomes(env.ext, tabId, '2');
      await Promise.all([tab.close(), options.close()]);
    });
  });

  it('a hostile rule on a 400 KB page: the page stays responsive and the key is still found', async () => {
    const options = await openOptions();
    await options.click('#rule-add');
    await options.fill('#rule-id', 'hostile');
    await options.fill('#rule-provider', 'hostile');
    await options.fill('#rule-pattern', '(a+)+$');
    await options.click('#rule-form button[type=submit]');
    await rowsBecome(options, CUSTOM_RULE, 3);
    await options.close();

    const { tab, tabId } = await env.ext.open(site.url('/big'));
    await badgeBecomes(env.ext, tabId, '1', 30_000);
    const maxGap = await tab.evaluate(() => (window as unknown as { maxGap: number }).maxGap);
    // The rules run in the worker; the page only reads its text (tens of ms here).
    expect(maxGap).toBeLessThan(500);
    await tab.close();

    // Removed again: the last row goes, focus moves to the row before it (its remove button).
    const again = await openOptions();
    await again.click('button[aria-label="Remove the rule hostile"]');
    await rowsBecome(again, CUSTOM_RULE, 2);
    expect(((await localStore()).customRules as { rules: { id: string }[] }).rules.map((r) => r.id)).not.toContain('hostile');
    expect(await again.isFocused('button[aria-label="Remove the rule Widget session key"]')).toBe(true);
    await again.close();
  });
});
