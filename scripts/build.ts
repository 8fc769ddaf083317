// esbuild build: the CLI (dist/cli/, scripts/build-cli.ts) and, per browser, the unpacked extension (dist/chrome/,
// dist/firefox/) with its store zip. `--watch [--browser=firefox]`: one browser's unpacked
// extension, rebuilt on every change (no CLI, no zips).
//
// Layout of dist/<browser>/ (flat, so pages reference their script by bare name):
//   manifest.json  background.js  content.js (page scanner and paste guard, no engine)
//   shadow-hook.js (the one main-world script: announces open shadow roots)
//   popup.html popup.js popup.css  options.html options.js options.css
//   _locales/  icons/  zxing_reader.wasm (the worker decodes QR images)
//   managed_schema.json (Chrome only, from src/shared/: what an organisation may set, docs/deployment.md)
// Beside it, dist/<browser>.meta.json: esbuild's inputs per output, read by check-permissions.
import { build, context, type BuildOptions, type Metafile, type Plugin } from 'esbuild';
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { watch } from 'node:fs';
import { join, relative } from 'node:path';
import { ZXING_WASM, buildCli, noCdnDefault } from './build-cli';
import { manifestFor, type Browser, type Manifest } from './manifest';
import { zipFolder } from './zip';

const DIST = 'dist';
const BROWSERS: Browser[] = ['chrome', 'firefox'];
/** Extension pages: src/<name>/index.ts, <name>.html and <name>.css. */
const PAGES = ['popup', 'options'] as const;

/**
 * `import browser from 'webextension-polyfill'`, without esbuild's CommonJS interop: it copies
 * every property descriptor of the module's export, and where the export is the native `browser`
 * (Chrome ≥ 148, Firefox) reading a descriptor builds that API's bindings, all of them, in every
 * frame (docs/extension.md). The native object when there is one; for older Chrome, the polyfill
 * (`fallback: 'polyfill'`) or `chrome` itself (`fallback: 'chrome'`, the content script's: all it
 * calls, storage.local.get and runtime.sendMessage, returns a promise there from Chrome 99 on, and
 * its onMessage listener never replies, so it needs none of the polyfill's 32 KB, which every
 * frame would parse).
 */
function nativeBrowserFirst(fallback: 'polyfill' | 'chrome'): Plugin {
  const older = fallback === 'chrome' ? 'globalThis.chrome' : "require('webextension-polyfill/dist/browser-polyfill.js')";
  return {
    name: 'native-browser-first',
    setup(b) {
      b.onResolve({ filter: /^webextension-polyfill$/ }, () => ({ path: 'browser-api', namespace: 'keywarden' }));
      b.onLoad({ filter: /^browser-api$/, namespace: 'keywarden' }, () => ({
        resolveDir: process.cwd(),
        loader: 'js',
        contents: [
          'const native = globalThis.browser;',
          `export default native && native.runtime && native.runtime.id ? native : ${older};`,
        ].join('\n'),
      }));
    },
  };
}

/**
 * Engine data, not engine code, where a page needs only the data. The popup and options show
 * provider facts, never rules: src/ui/providers.ts gets PROVIDERS as data generated from the
 * provider files, so those pages do not carry every rule, pattern and example (about 70 KB of
 * script and several milliseconds at each opening). The gate (src/gate, run by the worker) gets
 * builtInGateSummary() (src/engine/gate-summary.ts) as data: what the rules need of page text, as
 * JSON text parsed on first use, not derived from the rules' patterns at each start of the worker.
 */
const ENGINE_DATA: ReadonlyArray<{ importer: string; module: RegExp; load: () => Promise<string> }> = [
  {
    importer: join('src', 'ui', 'providers.ts'),
    module: /[\\/]engine[\\/]providers$/,
    load: async () => `export const PROVIDERS = ${JSON.stringify((await import('../src/engine/providers')).PROVIDERS, null, 2)};\n`,
  },
  {
    importer: join('src', 'gate', 'index.ts'),
    module: /[\\/]engine[\\/]gate-summary$/,
    load: async () => {
      const json = JSON.stringify((await import('../src/engine/gate-summary')).builtInGateSummary());
      // Parsed when the gate first judges text (it keeps what it compiled), not while the frame starts.
      return `export const builtInGateSummary = () => JSON.parse(${JSON.stringify(json)});\n`;
    },
  },
];

const engineDataOnly: Plugin = {
  name: 'engine-data-only',
  setup(b) {
    ENGINE_DATA.forEach(({ importer, module, load }, i) => {
      b.onResolve({ filter: module }, (args) =>
        relative(process.cwd(), args.importer) === importer ? { path: `engine-data-${i}`, namespace: 'keywarden' } : undefined);
      b.onLoad({ filter: new RegExp(`^engine-data-${i}$`), namespace: 'keywarden' }, async () => ({ loader: 'js', contents: await load() }));
    });
  },
};

/**
 * The extension's scripts in two builds: what runs in web pages (content.js, shadow-hook.js),
 * bundled without the polyfill, and the worker and extension pages, with it.
 */
function extensionOptions(browser: Browser): Array<BuildOptions & { metafile: true }> {
  return [
    scriptOptions(browser, { content: 'src/content/index.ts', 'shadow-hook': 'src/content/shadow-hook.ts' }, 'chrome'),
    scriptOptions(browser, {
      background: 'src/background/index.ts',
      ...Object.fromEntries(PAGES.map((page) => [page, `src/${page}/index.ts`])),
    }, 'polyfill'),
  ];
}

function scriptOptions(browser: Browser, entryPoints: Record<string, string>, fallback: 'polyfill' | 'chrome'): BuildOptions & { metafile: true } {
  return {
    entryPoints,
    outdir: `${DIST}/${browser}`,
    bundle: true,
    format: 'iife',
    platform: 'browser',
    // Chrome ≥ 120 (polyfill fills the `browser` namespace below 148), Firefox ≥ 140.
    target: ['chrome120', 'firefox140'],
    plugins: [nativeBrowserFirst(fallback), noCdnDefault, engineDataOnly],
    // Readable output: AMO reviewers read it, and rebuild it from source to compare.
    minify: false,
    legalComments: 'none',
    charset: 'utf8',
    logLevel: 'warning',
    metafile: true,
  };
}

/** Everything but the bundles: pages, styles, locales, icons, the QR reader and the manifest. */
async function copyStatics(browser: Browser, version: string): Promise<void> {
  const out = `${DIST}/${browser}`;
  for (const page of PAGES) {
    await cp(`src/${page}/${page}.html`, `${out}/${page}.html`);
    await cp(`src/${page}/${page}.css`, `${out}/${page}.css`);
  }
  await cp('_locales', `${out}/_locales`, { recursive: true });
  await mkdir(`${out}/icons`, { recursive: true });
  for (const size of [16, 32, 48, 128]) {
    for (const name of [`icon-${size}.png`, `icon-alert-${size}.png`]) await cp(`icons/${name}`, `${out}/icons/${name}`);
  }
  await cp(ZXING_WASM, `${out}/zxing_reader.wasm`);
  if (browser === 'chrome') await cp('src/shared/managed_schema.json', `${out}/managed_schema.json`);
  const source = JSON.parse(await readFile('manifest.json', 'utf8')) as Manifest;
  await writeFile(`${out}/manifest.json`, `${JSON.stringify(manifestFor(browser, source, version), null, 2)}\n`);
}

/** One metafile for a browser's builds, as check-permissions reads it. */
const writeMeta = (browser: Browser, metas: readonly Metafile[]) => writeFile(`${DIST}/${browser}.meta.json`, JSON.stringify({
  inputs: Object.assign({}, ...metas.map((m) => m.inputs)) as Metafile['inputs'],
  outputs: Object.assign({}, ...metas.map((m) => m.outputs)) as Metafile['outputs'],
}));

async function buildExtension(browser: Browser, version: string): Promise<string> {
  const metas = await Promise.all(extensionOptions(browser).map(async (options) => (await build(options)).metafile));
  await copyStatics(browser, version);
  await writeMeta(browser, metas);
  const zipPath = `${DIST}/keywarden-${browser}-${version}.zip`;
  await writeFile(zipPath, zipFolder(`${DIST}/${browser}`));
  return zipPath;
}

/** Rebuilds one browser's unpacked extension on every change to its sources or static files. */
async function watchExtension(browser: Browser, version: string): Promise<void> {
  const all = extensionOptions(browser);
  const metas: Metafile[] = [];
  let started = 0;
  const contexts = await Promise.all(all.map((options, i) => context({
    ...options,
    plugins: [...options.plugins!, {
      name: 'statics',
      setup(b) {
        b.onStart(() => void (started = performance.now()));
        b.onEnd(async (result) => {
          if (result.errors.length) return;
          await copyStatics(browser, version);
          if (result.metafile) metas[i] = result.metafile;
          if (metas.filter(Boolean).length === all.length) await writeMeta(browser, metas);
          console.log(`watch: rebuilt ${DIST}/${browser} in ${Math.round(performance.now() - started)} ms; reload the extension to see it`);
        });
      },
    }],
  })));
  await Promise.all(contexts.map((ctx) => ctx.watch()));
  // esbuild watches what it bundles; pages, styles, locales and the manifest are copied files
  // (by either build's end: the last one's, which holds the pages).
  const pages = contexts[contexts.length - 1]!;
  for (const path of ['_locales', 'src/popup', 'src/options', 'manifest.json']) {
    watch(path, { recursive: true }, (_, file) => {
      if (file && !/\.(ts)$/.test(file)) void pages.rebuild().catch(() => undefined);
    });
  }
}

const { version } = JSON.parse(await readFile('package.json', 'utf8')) as { version: string };
if (process.argv.includes('--watch')) {
  const browser = (process.argv.find((a) => a.startsWith('--browser='))?.slice('--browser='.length) ?? 'chrome') as Browser;
  if (!BROWSERS.includes(browser)) throw new Error(`--browser must be one of ${BROWSERS.join(', ')}`);
  await rm(`${DIST}/${browser}`, { recursive: true, force: true });
  await watchExtension(browser, version);
  console.log(`watch: ${DIST}/${browser}, load it unpacked (README: Load the extension); Ctrl+C stops`);
} else {
  await rm(DIST, { recursive: true, force: true });
  await buildCli(`${DIST}/cli`);
  const zips: string[] = [];
  for (const browser of BROWSERS) zips.push(await buildExtension(browser, version));
  console.log(`Built:
  CLI        ${DIST}/cli/keywarden.mjs   (run: node ${DIST}/cli/keywarden.mjs scan <path>)
  Chrome     ${DIST}/chrome/   package ${zips[0]}
             load: chrome://extensions → Developer mode → Load unpacked → ${DIST}/chrome
  Firefox    ${DIST}/firefox/  package ${zips[1]}
             load: about:debugging → This Firefox → Load Temporary Add-on → ${DIST}/firefox/manifest.json`);
}
