// A page whose CSP forbids inline styles (`style-src 'self'`): the in-page notice and the paste
// warning still appear, styled, in Chromium and Firefox ESR, and cause no CSP violation. Firefox
// blocks a <style> element a content script adds under such a policy; adopted stylesheets are not
// blocked in either browser. What they look like is read from screenshots: their closed shadow
// roots hide their styles from the page.
// Run: npm run build && npx vitest run -c vitest.e2e.config.ts test/e2e/strict-csp.test.ts
import { describe, expect, it } from 'vitest';
import { PNG } from 'pngjs';
import { BROWSERS, type Rect, type Tab } from './driver';
import { html, waitFor } from './harness';
import { paste, useExtension } from './helpers';
import { fakeKeys } from '../support/keys';

const fake = fakeKeys(24);
const CSP = "default-src 'self'; style-src 'self'; script-src 'self'";

// The page's script records every violation it hears of, then tries an inline style of its own:
// the control, which the browser must block and report (the CSP is in force, the listener works).
const PAGE = html(`
  <p id="control">Deploy token ${fake.githubToken()}</p>
  <label for="ta">Notes</label><textarea id="ta" rows="4" cols="50"></textarea>
  <script src="/violations.js"></script>`, 'Strict CSP');
const VIOLATIONS = `window.violations = [];
document.addEventListener('securitypolicyviolation', (e) => window.violations.push(e.violatedDirective), true);
document.getElementById('control').setAttribute('style', 'color: rgb(255, 0, 0)');`;

/** The colour at (x, y) of the viewport, from a screenshot of the region around it. */
async function colourAt(tab: Tab, region: Rect, x: number, y: number): Promise<[number, number, number]> {
  const png = PNG.sync.read(await tab.capture(region));
  const scale = png.width / region.width;
  const i = (Math.round((y - region.y) * scale) * png.width + Math.round((x - region.x) * scale)) * 4;
  return [png.data[i]!, png.data[i + 1]!, png.data[i + 2]!];
}

const near = (got: number[], want: number[], tolerance = 40) => got.every((c, i) => Math.abs(c - want[i]!) <= tolerance);

/** How many pixels of a region are close to `want`. */
async function pixelsLike(tab: Tab, region: Rect, want: number[]): Promise<number> {
  const png = PNG.sync.read(await tab.capture(region));
  let n = 0;
  for (let i = 0; i < png.data.length; i += 4) if (near([png.data[i]!, png.data[i + 1]!, png.data[i + 2]!], want, 24)) n++;
  return n;
}

const rectOf = (tab: Tab, selector: string) =>
  tab.evaluate((s: string) => {
    const r = document.querySelector(s)?.getBoundingClientRect();
    return r ? { x: r.x, y: r.y, width: r.width, height: r.height, vw: innerWidth, vh: innerHeight } : undefined;
  }, selector);

const violationCount = (tab: Tab) => tab.evaluate(() => (window as unknown as { violations: string[] }).violations.length);

describe.each(BROWSERS)('%s: under a strict page CSP', (browser) => {
  const env = useExtension(browser, {
    sites: {
      site: {
        '/strict': { body: PAGE, headers: { 'content-security-policy': CSP } },
        '/violations.js': { body: VIOLATIONS, type: 'text/javascript' },
      },
    },
  });

  it('shows the notice and the paste warning, styled, with no CSP violation', async () => {
    const { tab } = await env.ext.open(env.site.url('/strict'));
    // The CSP is in force: the page's own inline style is blocked, and reported.
    expect(await tab.evaluate(() => getComputedStyle(document.getElementById('control')!).color)).not.toBe('rgb(255, 0, 0)');
    const ownViolations = await waitFor(() => violationCount(tab), { message: 'the control violation' });

    // The notice: a pill in the bottom-right corner, amber on cream.
    const notice = (await waitFor(() => rectOf(tab, '[data-keywarden="notice"]'), { message: 'the notice' }))!;
    expect(notice.width).toBeLessThanOrEqual(360);
    expect(notice.vw - (notice.x + notice.width)).toBeCloseTo(12, 0);
    expect(notice.vh - (notice.y + notice.height)).toBeCloseTo(12, 0);
    const noticeRegion = { x: notice.x, y: notice.y, width: notice.width, height: notice.height };
    expect(near(await colourAt(tab, noticeRegion, notice.x + 40, notice.y + notice.height / 2), [0xff, 0xf8, 0xe1])).toBe(true);

    // The warning, after a real paste: under the field, a bordered box of bounded width with a blue primary button.
    await paste(env.ext, tab, '#ta', `token ${fake.githubToken()}`);
    const warning = (await waitFor(() => rectOf(tab, '[data-keywarden="paste-warning"]'), { message: 'the paste warning' }))!;
    const field = (await rectOf(tab, '#ta'))!;
    expect(warning.width).toBeGreaterThanOrEqual(240);
    expect(warning.width).toBeLessThanOrEqual(384);
    expect(Math.abs(warning.y - (field.y + field.height))).toBeLessThan(20);
    const region = { x: warning.x, y: warning.y, width: warning.width, height: warning.height };
    expect(near(await colourAt(tab, region, warning.x + 1, warning.y + warning.height / 2), [0xb2, 0x6a, 0x00])).toBe(true);
    expect(near(await colourAt(tab, region, warning.x + 8, warning.y + warning.height / 2), [0xff, 0xff, 0xff], 16)).toBe(true);
    expect(await pixelsLike(tab, region, [0x1f, 0x57, 0xc3])).toBeGreaterThan(500);

    // Nothing of ours was blocked.
    expect(await violationCount(tab)).toBe(ownViolations);
    await tab.close();
  });
});
