// Which browsers the end-to-end scenarios run in, and how to start one.
//
//   describe.each(BROWSERS)('%s', (browser) => {
//     const env = useExtension(browser, { sites: { site: {} } }); // ../helpers: launch() and close() as hooks
//     it('…', async () => { const { tab, tabId } = await env.ext.open(env.site.url('/')); … });
//   });
//
// KEYWARDEN_BROWSERS=chromium (or firefox) runs one browser only.
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROME_DIR, FIREFOX_DIR } from '../harness';
import { launchChromium } from './chromium';
import { launchFirefox } from './firefox';
import type { BrowserName, ExtensionDriver, LaunchOptions } from './types';

export type { BrowserName, ExtensionDriver, Initiator, LaunchOptions, Observation, Rect, SeenRequest, StorageDump, Tab, Target } from './types';

const ALL: readonly BrowserName[] = ['chromium', 'firefox'];

function chosen(): BrowserName[] {
  const wanted = process.env.KEYWARDEN_BROWSERS?.split(',').map((s) => s.trim()).filter(Boolean);
  if (!wanted?.length) return [...ALL];
  const unknown = wanted.filter((w) => !ALL.includes(w as BrowserName));
  if (unknown.length) throw new Error(`KEYWARDEN_BROWSERS: unknown ${unknown.join(', ')} (known: ${ALL.join(', ')})`);
  return wanted as BrowserName[];
}

/** The browsers this run covers: both unless KEYWARDEN_BROWSERS names some. */
export const BROWSERS: readonly BrowserName[] = chosen();

/** A private copy of the built extension for `browser` (other builds may replace dist/ mid-run). */
export async function snapshotExtension(browser: BrowserName): Promise<{ dir: string; remove: () => Promise<void> }> {
  const root = await mkdtemp(join(tmpdir(), 'kw-ext-'));
  const dir = join(root, browser);
  await cp(browser === 'chromium' ? CHROME_DIR : FIREFOX_DIR, dir, { recursive: true });
  return { dir, remove: () => rm(root, { recursive: true, force: true }) };
}

/**
 * A fresh profile of `browser` with the built extension installed; with `privateCopy`, from a copy
 * of the build made now and removed on close.
 */
export async function launch(
  browser: BrowserName,
  { privateCopy = false, ...options }: LaunchOptions & { privateCopy?: boolean } = {},
): Promise<ExtensionDriver> {
  const start = (o: LaunchOptions) => (browser === 'chromium' ? launchChromium(o) : launchFirefox(o));
  if (!privateCopy) return start(options);
  const copy = await snapshotExtension(browser);
  try {
    const ext = await start({ ...options, extensionDir: copy.dir });
    ext.onClose(copy.remove);
    return ext;
  } catch (err) {
    await copy.remove();
    throw err;
  }
}
