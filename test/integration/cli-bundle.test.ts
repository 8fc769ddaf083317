// The bundled CLI as a real child process: what users and CI actually run.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from 'esbuild';
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fakeKeys } from '../support/keys';

// Built under node_modules/.cache so the bundle resolves packages (e.g. QR wasm) like dist/ would.
const OUT_DIR = join(process.cwd(), 'node_modules/.cache', `kw-cli-test-${process.pid}`);
const BUNDLE = join(OUT_DIR, 'keywarden.mjs');
const TOKEN = fakeKeys(7).github();
let data: string;

function runCli(args: string[], stdin?: string): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BUNDLE, ...args], { env: { ...process.env, NO_COLOR: '' } });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, out, err }));
    child.stdin.end(stdin ?? '');
  });
}

beforeAll(async () => {
  await mkdir(OUT_DIR, { recursive: true });
  await build({
    entryPoints: ['src/cli/main.ts'],
    outfile: BUNDLE,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
    external: ['sharp'], // as scripts/build.ts
    logLevel: 'error',
  });
  data = await mkdtemp(join(tmpdir(), 'kw-bundle-'));
  await writeFile(join(data, 'ci.yml'), `env:\n  GH_TOKEN: ${TOKEN}\n`);
  await writeFile(join(data, 'notes.md'), 'nothing secret here\n');
}, 60_000);

afterAll(async () => {
  await rm(OUT_DIR, { recursive: true, force: true });
  if (data) await rm(data, { recursive: true, force: true });
});

describe('dist CLI (child process)', () => {
  it('scans a folder, prints JSON Lines and exits 1 on an alert, without printing the key', async () => {
    const { code, out, err } = await runCli(['scan', '--json', data]);
    expect(err).toBe('');
    expect(code).toBe(1);
    const [record] = out.trim().split('\n').map((l) => JSON.parse(l));
    expect(record).toMatchObject({ path: join(data, 'ci.yml'), provider: 'github', line: 2, column: 13 });
    expect(out).not.toContain(TOKEN);
  });

  it('reads stdin and exits 0 when clean', async () => {
    const { code, out } = await runCli(['scan', '-'], 'just words\n');
    expect(code).toBe(0);
    expect(out).toContain('no exposed keys found');
  });

  it('prints help with the exit codes, and --version', async () => {
    const help = await runCli(['--help']);
    expect(help.code).toBe(0);
    expect(help.out).toMatch(/Exit status:[\s\S]*2 {2}usage error/);
    expect((await runCli(['--version'])).out.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('exits 2 on a usage error', async () => {
    const { code, err } = await runCli(['scan']);
    expect(code).toBe(2);
    expect(err).toContain('keywarden: nothing to scan');
  });
});
