// ~18 MB of real third-party web assets from node_modules (minified bundles, type libraries, CSS,
// READMEs and notices): text written by other people that must raise no alert at all.
// A '*' in the file name matches hashed bundle names; missing entries are skipped.
import { readdir, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

export const THIRD_PARTY = [
  'playwright-core/lib/coreBundle.js',
  'playwright-core/lib/utilsBundle.js',
  'playwright-core/lib/vite/traceViewer/assets/defaultSettingsView-*.js',
  'playwright-core/lib/vite/traceViewer/assets/codeMirrorModule-*.js',
  'playwright-core/lib/vite/htmlReport/report.js',
  'playwright-core/lib/vite/htmlReport/report.css',
  'playwright-core/lib/vite/traceViewer/*.css',
  'playwright-core/lib/vite/recorder/assets/*.css',
  'playwright-core/lib/vite/dashboard/assets/*.css',
  'playwright-core/ThirdPartyNotices.txt',
  'typescript/lib/lib.dom.d.ts',
  'typescript/lib/lib.webworker.d.ts',
  'typescript/lib/lib.es5.d.ts',
  'typescript/ThirdPartyNoticeText.txt',
  'vite/dist/node/chunks/node.js',
  'vite/dist/node/chunks/dist.js',
  'vite/dist/node/chunks/build.js',
  'vite/LICENSE.md',
  'vitest/dist/chunks/cli-api.*.js',
  'puppeteer-core/lib/es5-iife/puppeteer-core-browser.js',
  'puppeteer-core/lib/cjs/third_party/rxjs/rxjs.js',
  'addons-linter/dist/addons-linter.js',
  'addons-linter/node_modules/eslint/node_modules/ajv/dist/ajv.bundle.js',
  'axe-core/axe.min.js',
  'jsqr/dist/jsQR.js',
  'qrcode/node_modules/pngjs/browser.js',
  'zxing-wasm/dist/es/reader/index.js',
  'zxing-wasm/dist/es/share.js',
  'eslint/README.md',
  'ajv/README.md',
  'type-fest/readme.md',
  'web-ext/README.md',
] as const;

export interface ThirdPartyFile {
  path: string;
  size: number;
}

/** Resolves the list under `nodeModules`, expanding '*' names; entries not installed are left out. */
export async function thirdPartyFiles(nodeModules = join(process.cwd(), 'node_modules')): Promise<ThirdPartyFile[]> {
  const out: ThirdPartyFile[] = [];
  for (const entry of THIRD_PARTY) {
    const dir = join(nodeModules, dirname(entry));
    const name = basename(entry);
    let names: string[];
    if (name.includes('*')) {
      const pattern = new RegExp(`^${name.split('*').map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
      names = await readdir(dir).then((all) => all.filter((n) => pattern.test(n)).sort(), () => []);
    } else {
      names = [name];
    }
    for (const n of names) {
      const path = join(dir, n);
      const info = await stat(path).catch(() => undefined);
      if (info?.isFile()) out.push({ path, size: info.size });
    }
  }
  return out;
}
