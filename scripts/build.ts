// esbuild build: the CLI (dist/cli/) and, per browser, the unpacked extension (dist/chrome/, dist/firefox/).
import { build, type Plugin } from 'esbuild';
import { cp, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { manifestFor, type Browser, type Manifest } from './manifest';
import { zip } from './zip';

const DIST = 'dist';

/**
 * zxing-wasm's default `locateFile` points at a CDN. It is never used (src/qr always passes its
 * own), but a reviewer reading the bundle cannot know that: the address is cut out at build time,
 * and `scripts/check-permissions.ts` fails if any built script still names a code CDN.
 */
const noCdnDefault: Plugin = {
  name: 'no-cdn-default',
  setup(b) {
    b.onLoad({ filter: /[\\/]zxing-wasm[\\/]dist[\\/].*\.js$/ }, async (args) => ({
      contents: (await readFile(args.path, 'utf8')).replace(/https:\/\/fastly\.jsdelivr\.net\/npm\/zxing-wasm@[^`'"]*/g, ''),
      loader: 'js',
    }));
  },
};

async function buildCli(): Promise<void> {
  await mkdir(`${DIST}/cli`, { recursive: true });
  await build({
    entryPoints: ['src/cli/main.ts'],
    outfile: `${DIST}/cli/keywarden.mjs`,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
    // sharp (WebP/GIF pixels for QR decoding) is native: loaded lazily from node_modules when present.
    external: ['sharp'],
    plugins: [noCdnDefault],
    // The BIP-39 wordlists (Japanese, Korean, Chinese…) as UTF-8, not six-byte \u escapes.
    charset: 'utf8',
    logLevel: 'warning',
  });
  // src/qr/node.ts loads the QR reader from beside the bundle (new URL('./zxing_reader.wasm', import.meta.url)).
  await cp(ZXING_WASM, `${DIST}/cli/zxing_reader.wasm`);
}

// ---- Extension -----------------------------------------------------------------------------
// Layout of dist/<browser>/ (flat, so pages reference their script by bare name):
//   manifest.json  background.js  content.js (page scanner and paste guard, no engine)
//   shadow-hook.js (the one main-world script: announces open shadow roots)
//   popup.html popup.js popup.css     ← src/popup/popup.html, src/popup/index.ts, src/popup/popup.css
//   options.html options.js options.css ← src/options/options.html, src/options/index.ts, …/options.css
//   _locales/  icons/  zxing_reader.wasm (when the worker decodes QR images)

const BROWSERS: Browser[] = ['chrome', 'firefox'];
const ZXING_WASM = 'node_modules/zxing-wasm/dist/reader/zxing_reader.wasm';

interface Page {
  name: 'popup' | 'options';
  dir: string;
}
const PAGES: Page[] = [
  { name: 'popup', dir: 'src/popup' },
  { name: 'options', dir: 'src/options' },
];

const pageExists = (p: Page) => existsSync(`${p.dir}/index.ts`) && existsSync(`${p.dir}/${p.name}.html`);
/** The worker decodes QR images with zxing-wasm once src/qr is wired in (see src/background/qr.ts). */
const usesWasm = () => existsSync('src/background/qr.ts') && existsSync('src/qr/index.ts');

async function filesUnder(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...await filesUnder(path));
    else out.push(path);
  }
  return out.sort();
}

/**
 * `import browser from 'webextension-polyfill'`, without the cost of esbuild's CommonJS interop:
 * it copies every property descriptor of the module's export, and where the export is the native
 * `browser` (Chrome ≥ 148, Firefox) reading a descriptor builds that API's bindings, all of them,
 * in every frame (measured: ~7 ms per page in Chromium). The native object when there is one; the
 * polyfill, required as it is, for older Chrome.
 */
const nativeBrowserFirst: Plugin = {
  name: 'native-browser-first',
  setup(b) {
    b.onResolve({ filter: /^webextension-polyfill$/ }, () => ({ path: 'browser-api', namespace: 'keywarden' }));
    b.onLoad({ filter: /^browser-api$/, namespace: 'keywarden' }, () => ({
      resolveDir: process.cwd(),
      loader: 'js',
      contents: [
        'const native = globalThis.browser;',
        "export default native && native.runtime && native.runtime.id ? native : require('webextension-polyfill/dist/browser-polyfill.js');",
      ].join('\n'),
    }));
  },
};

async function buildExtension(browser: Browser, version: string): Promise<string> {
  const out = `${DIST}/${browser}`;
  await mkdir(out, { recursive: true });

  const entryPoints: Record<string, string> = {
    background: 'src/background/index.ts',
    content: 'src/content/index.ts',
    'shadow-hook': 'src/content/shadow-hook.ts',
  };
  for (const p of PAGES.filter(pageExists)) entryPoints[p.name] = `${p.dir}/index.ts`;

  await build({
    entryPoints,
    outdir: out,
    bundle: true,
    format: 'iife',
    platform: 'browser',
    // Chrome ≥ 120 (polyfill fills the `browser` namespace below 148), Firefox ≥ 140.
    target: ['chrome120', 'firefox140'],
    define: { __BROWSER__: JSON.stringify(browser) },
    plugins: [nativeBrowserFirst, noCdnDefault],
    // Readable output: AMO reviewers read it, and rebuild it from source to compare.
    minify: false,
    legalComments: 'none',
    charset: 'utf8',
    logLevel: 'warning',
  });

  for (const p of PAGES.filter(pageExists)) {
    await cp(`${p.dir}/${p.name}.html`, `${out}/${p.name}.html`);
    const css = `${p.dir}/${p.name}.css`;
    if (existsSync(css)) await cp(css, `${out}/${p.name}.css`);
  }
  await cp('_locales', `${out}/_locales`, { recursive: true });
  await mkdir(`${out}/icons`, { recursive: true });
  for (const size of [16, 32, 48, 128]) {
    for (const name of [`icon-${size}.png`, `icon-alert-${size}.png`]) {
      if (existsSync(`icons/${name}`)) await cp(`icons/${name}`, `${out}/icons/${name}`);
    }
  }
  if (usesWasm()) await cp(ZXING_WASM, `${out}/zxing_reader.wasm`);

  const source = JSON.parse(await readFile('manifest.json', 'utf8')) as Manifest;
  const manifest = manifestFor(browser, source, {
    version,
    hasPopup: pageExists(PAGES[0]!),
    hasOptions: pageExists(PAGES[1]!),
    usesWasm: usesWasm(),
  });
  await writeFile(`${out}/manifest.json`, `${JSON.stringify(manifest, null, 2)}\n`);

  const files = await filesUnder(out);
  const entries = await Promise.all(files.map(async (f) => ({ path: relative(out, f), data: await readFile(f) })));
  const zipPath = `${DIST}/keywarden-${browser}.zip`;
  await writeFile(zipPath, zip(entries));
  return zipPath;
}

await rm(DIST, { recursive: true, force: true });
await buildCli();
const { version } = JSON.parse(await readFile('package.json', 'utf8')) as { version: string };
const zips: string[] = [];
for (const browser of BROWSERS) zips.push(await buildExtension(browser, version));
console.log(`Built:
  CLI        ${DIST}/cli/keywarden.mjs   (run: node ${DIST}/cli/keywarden.mjs scan <path>)
  Chrome     ${DIST}/chrome/   package ${zips[0]}
             load: chrome://extensions → Developer mode → Load unpacked → ${DIST}/chrome
  Firefox    ${DIST}/firefox/  package ${zips[1]}
             load: about:debugging → This Firefox → Load Temporary Add-on → ${DIST}/firefox/manifest.json`);
