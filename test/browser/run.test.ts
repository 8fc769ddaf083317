// The in-browser tier: content-script modules (the scanner, the paste guard's fields, the notice, the
// QR candidate picker) on real DOM in real Chromium and Firefox ESR. Each `<name>.browser.ts` is
// bundled with esbuild together with runner.ts, served from 127.0.0.1 on a page with a strict CSP
// (no inline script or style: what our page code has to live with), and run; its results come
// back from window.__results, one line per failed in-page test. No extension is loaded: the modules
// are called directly. `npm run test:browser` (run it under the heavy lock, see the brief).
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser as PlaywrightBrowser } from 'playwright-core';
import puppeteer, { type Browser as PuppeteerBrowser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_PATH, FIREFOX_PATH, servePages, type Site } from '../e2e/harness';
import type { Result } from './runner';

const HERE = fileURLToPath(new URL('.', import.meta.url));
const MODULES = ['scanner', 'fields', 'notice', 'qr-candidates'] as const;
/** The page's own policy: scripts and styles from its origin only (styles from our sheets pass through CSSOM). */
const STRICT_CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:";
const RESULTS_TIMEOUT = 30_000;

async function bundle(name: string): Promise<string> {
  const out = await build({
    stdin: { contents: `import './${name}.browser';\nimport { run } from './runner';\nvoid run();\n`, resolveDir: HERE, loader: 'ts' },
    bundle: true, write: false, format: 'iife', platform: 'browser', target: ['chrome120', 'firefox128'], logLevel: 'silent',
  });
  return out.outputFiles[0]!.text;
}

let site: Site;

beforeAll(async () => {
  const scripts = await Promise.all(MODULES.map(bundle));
  const routes: Parameters<typeof servePages>[0] = {};
  for (const [i, name] of MODULES.entries()) {
    routes[`/${name}.js`] = { body: scripts[i]!, type: 'text/javascript' };
    routes[`/${name}`] = {
      body: `<!doctype html><html><head><meta charset="utf-8"><title>${name}</title></head><body><script src="/${name}.js"></script></body></html>`,
      headers: { 'content-security-policy': STRICT_CSP },
    };
  }
  site = await servePages(routes);
});

afterAll(async () => {
  await site?.close();
});

/** Opens a module's page and returns its results. */
interface Driver {
  results(path: string): Promise<Result[]>;
  close(): Promise<void>;
}

async function chromiumDriver(): Promise<Driver> {
  const browser: PlaywrightBrowser = await chromium.launch({
    executablePath: CHROMIUM_PATH, headless: true, args: ['--headless=new', '--no-sandbox', '--disable-gpu'],
  });
  return {
    async results(path) {
      const page = await browser.newPage();
      try {
        await page.goto(site.url(path));
        await page.waitForFunction(() => 'window' in globalThis && '__results' in window, undefined, { timeout: RESULTS_TIMEOUT });
        return await page.evaluate(() => (window as unknown as { __results: Result[] }).__results);
      } finally {
        await page.close();
      }
    },
    close: () => browser.close(),
  };
}

async function firefoxDriver(): Promise<Driver> {
  const browser: PuppeteerBrowser = await puppeteer.launch({
    browser: 'firefox', executablePath: FIREFOX_PATH, headless: true, protocol: 'webDriverBiDi',
  });
  return {
    async results(path) {
      const page = await browser.newPage();
      try {
        await page.goto(site.url(path));
        await page.waitForFunction(() => '__results' in window, { timeout: RESULTS_TIMEOUT });
        return await page.evaluate(() => (window as unknown as { __results: Result[] }).__results);
      } finally {
        await page.close();
      }
    },
    close: () => browser.close(),
  };
}

describe.each([
  ['Chromium', chromiumDriver],
  ['Firefox ESR', firefoxDriver],
] as const)('%s', (_, launch) => {
  let driver: Driver;
  beforeAll(async () => {
    driver = await launch();
  });
  afterAll(async () => {
    await driver?.close();
  });

  it.each(MODULES)('%s', async (name) => {
    const results = await driver.results(`/${name}`);
    expect(results.length).toBeGreaterThan(0);
    expect(results.filter((r) => r.error).map((r) => `${r.name}: ${r.error}`)).toEqual([]);
  });
});
