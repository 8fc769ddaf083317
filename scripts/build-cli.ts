// esbuild build of the CLI: dist/cli/keywarden.mjs (the package's bin, also the scanning threads'
// script) plus one lazily loaded chunk for QR decoding, so a text-only scan never parses the
// image decoders, and the QR reader's wasm beside them. No runtime dependency is left outside the
// bundle except the optional `sharp` (native; GIF/WebP pixels), loaded when present.
// `tsx scripts/build-cli.ts [outdir]` builds it alone (npm pack runs it through prepack).
import { build, type Plugin } from 'esbuild';
import { cp, mkdir, readFile, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const ZXING_WASM = join(ROOT, 'node_modules/zxing-wasm/dist/reader/zxing_reader.wasm');

/**
 * zxing-wasm's default `locateFile` points at a CDN. It is never used (src/qr always passes its
 * own), but a reviewer reading the bundle cannot know that: the address is cut out at build time,
 * and `scripts/check-permissions.ts` fails if any built script still names a code CDN.
 */
export const noCdnDefault: Plugin = {
  name: 'no-cdn-default',
  setup(b) {
    b.onLoad({ filter: /[\\/]zxing-wasm[\\/]dist[\\/].*\.js$/ }, async (args) => ({
      contents: (await readFile(args.path, 'utf8')).replace(/https:\/\/fastly\.jsdelivr\.net\/npm\/zxing-wasm@[^`'"]*/g, ''),
      loader: 'js',
    }));
  },
};

/** Builds the CLI into `outDir` (emptied first); returns the entry file's path. */
export async function buildCli(outDir: string): Promise<string> {
  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  await build({
    entryPoints: { keywarden: join(ROOT, 'src/cli/main.ts') },
    outdir: outDir,
    // Chunks sit beside the entry: src/qr/node.ts finds the wasm next to its own module.
    chunkNames: '[name]-[hash]',
    outExtension: { '.js': '.mjs' },
    bundle: true,
    splitting: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // CommonJS dependencies bundled into ESM (pngjs, jpeg-js) require Node's built-ins: give every
    // output file a real `require`, which esbuild's shim uses when it exists.
    banner: { js: "#!/usr/bin/env node\nimport { createRequire as keywardenRequire } from 'node:module';\nconst require = keywardenRequire(import.meta.url);" },
    external: ['sharp'],
    plugins: [noCdnDefault],
    // The BIP-39 wordlists (Japanese, Korean, Chinese…) as UTF-8, not six-byte \u escapes.
    charset: 'utf8',
    logLevel: 'warning',
  });
  await cp(ZXING_WASM, join(outDir, 'zxing_reader.wasm'));
  return join(outDir, 'keywarden.mjs');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const entry = await buildCli(resolve(ROOT, process.argv[2] ?? 'dist/cli'));
  console.log(`Built ${entry}`);
}
