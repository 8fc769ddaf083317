// esbuild build: the CLI (dist/cli/) and, per browser, the unpacked extension (dist/chrome/, dist/firefox/).
import { build } from 'esbuild';
import { mkdir, rm } from 'node:fs/promises';

const DIST = 'dist';

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
    logLevel: 'warning',
  });
}

await rm(DIST, { recursive: true, force: true });
await buildCli();
console.log(`Built:
  CLI        ${DIST}/cli/keywarden.mjs   (run: node ${DIST}/cli/keywarden.mjs scan <path>)`);
