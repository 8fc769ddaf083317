// Helpers shared by the popup and options end-to-end tests: a private copy of the built extension
// (other builds may replace dist/ mid-run), axe-core in extension pages, screenshots for the docs.
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { CHROME_DIR, REPO_ROOT } from './harness';

export async function snapshotExtension(): Promise<{ dir: string; remove: () => Promise<void> }> {
  const root = await mkdtemp(join(tmpdir(), 'kw-ext-'));
  const dir = join(root, 'chrome');
  await cp(CHROME_DIR, dir, { recursive: true });
  return { dir, remove: () => rm(root, { recursive: true, force: true }) };
}

let axeSource: string | undefined;

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: unknown; failureSummary?: string }>;
}

/**
 * Runs axe-core (WCAG 2.x A/AA + best practices) on the page and returns its violations.
 * Injected with evaluate, which the extension pages' CSP (script-src 'self') does not block.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  axeSource ??= await readFile(join(REPO_ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: unknown[] }> } }).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    });
    return result.violations;
  }) as AxeViolation[];
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => `${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`).join(' | ')}`);
}

/** Opens every <details> so axe and screenshots see the folded content too. */
export async function openAllDetails(page: Page): Promise<void> {
  await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
}

/**
 * Screenshots go to artifacts/screenshots/ on every run (so a test run never dirties the tree), and
 * to docs/screenshots/ for the README only when KEYWARDEN_SCREENSHOTS=docs (`npm run screenshots`).
 */
export async function screenshot(page: Page, name: string, fullPage = false): Promise<void> {
  const dir = process.env.KEYWARDEN_SCREENSHOTS === 'docs' ? 'docs/screenshots' : 'artifacts/screenshots';
  await page.screenshot({ path: join(REPO_ROOT, dir, name), fullPage, animations: 'disabled' });
}

/** Waits until the popup or options page has rendered from storage. */
export async function ready(page: Page): Promise<void> {
  await page.waitForSelector('body[data-ready="true"]');
}
