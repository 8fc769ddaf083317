// Which browsers the end-to-end scenarios run in, and how to start one.
//
//   describe.each(BROWSERS)('%s', (browser) => {
//     let ext: ExtensionDriver;
//     beforeAll(async () => { ext = await launch(browser); });
//     afterAll(() => ext?.close());
//     it('…', async () => { const { tab, tabId } = await ext.open(site.url('/')); … });
//   });
//
// KEYWARDEN_BROWSERS=chromium (or firefox) runs one browser only.
import { launchChromium } from './chromium';
import { launchFirefox } from './firefox';
import type { BrowserName, ExtensionDriver, LaunchOptions } from './types';

export type { BrowserName, ExtensionDriver, Initiator, LaunchOptions, Observation, SeenRequest, StorageDump, Tab, Target } from './types';

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

/** A fresh profile of `browser` with the built extension installed. */
export function launch(browser: BrowserName, options: LaunchOptions = {}): Promise<ExtensionDriver> {
  return browser === 'chromium' ? launchChromium(options) : launchFirefox(options);
}
