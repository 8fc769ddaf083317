// Under load, in real Firefox ESR: the same leaked-credentials dumps as load.test.ts. BiDi cannot
// open moz-extension:// pages or read the badge, so Firefox is checked through the in-page notice
// (one per page, its count and its collapsed text, which is the badge's).
// Run: npm run build && npx vitest run -c vitest.e2e.config.ts test/e2e/load-firefox.test.ts
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { html, launchFirefox, NOTICE_SELECTOR, servePages, waitFor, type FirefoxExtension, type Site } from './harness';
import { HEARTBEAT, heartbeatGap, RESET_AFTER_FIRST_PAINT } from './heartbeat';
import { liveGithubTokens } from './keys';

type FirefoxPage = Awaited<ReturnType<FirefoxExtension['newPage']>>;

const dump = (n: number): string =>
  html(`${HEARTBEAT}<h1>paste</h1><pre>${liveGithubTokens(n).join('\n')}</pre>${RESET_AFTER_FIRST_PAINT}`, 'Paste dump');

let ff: FirefoxExtension;
let site: Site;

beforeAll(async () => {
  site = await servePages({ '/a': dump(5000), '/b': dump(5000), '/c': dump(5000), '/small': dump(3), '/15k': dump(15_000), '/50k': dump(50_000) });
  ff = await launchFirefox();
});

afterAll(async () => {
  await ff?.close();
  await site?.close();
});

/** What the notices on the page say: how many there are, the count, the collapsed text. */
const notices = (page: FirefoxPage) => page.evaluate((s) => [...document.querySelectorAll(s)].map((n) =>
  ({ count: n.getAttribute('data-count'), short: n.getAttribute('data-short') })), NOTICE_SELECTOR);

async function open(path: string, count: number, short: string, timeout = 30_000): Promise<FirefoxPage> {
  const page = await ff.newPage();
  await page.goto(site.url(path), { timeout: 60_000 });
  await waitFor(async () => (await notices(page))[0]?.count === String(count), { timeout, interval: 200, message: `notice with ${count} on ${path}` });
  expect(await notices(page)).toEqual([{ count: String(count), short }]);
  return page;
}

describe('under load, in Firefox ESR', () => {
  const dumps: FirefoxPage[] = [];

  it('three tabs of 5,000 keys and a small page: every count right', async () => {
    for (const path of ['/a', '/b', '/c']) dumps.push(await open(path, 5000, '5000'));
    await (await open('/small', 3, '3')).close();
  });

  it('a page of 15,000 keys: the exact count', async () => {
    await (await open('/15k', 15_000, '15k')).close();
  });

  it('a page of 50,000 keys: the exact count, and the page stays responsive', async () => {
    const page = await open('/50k', 50_000, '50k', 60_000);
    expect(await heartbeatGap(page)).toBeLessThan(1000);
    await page.close();
  });

  it('after all that, every dump tab still holds its count: one key more makes 5,001', async () => {
    for (const page of dumps) {
      await page.evaluate((key) => document.body.append(Object.assign(document.createElement('p'), { textContent: key })), liveGithubTokens(1)[0]!);
      await waitFor(async () => (await notices(page))[0]?.count === '5001', { timeout: 10_000, message: 'notice with 5001' });
      await page.close();
    }
  });
});
