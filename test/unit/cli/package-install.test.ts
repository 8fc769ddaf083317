// The npm package as users get it: `npm pack` (which builds the CLI through prepack), then
// `npm install -g` of the tarball into a fresh prefix, offline (dependencies come from the npm
// cache that `npm ci` filled), then the installed `keywarden` bin on a temp folder: a text key and
// a key in a QR image (the lazily loaded decoder and its wasm ship in the tarball).
// An integration test; it lives here because there is no test/integration folder yet.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import QRCode from 'qrcode';
import { FakeKeys, makeRng } from '../../corpus/fake-keys';

const exec = promisify(execFile);
const keys = new FakeKeys(makeRng(1614));
let work: string;
let bin: string;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'kw-npm-'));
  await exec('npm', ['pack', '--pack-destination', work], { cwd: process.cwd() });
  const [tarball] = (await readdir(work)).filter((f) => f.endsWith('.tgz'));
  await exec('npm', ['install', '-g', '--prefix', join(work, 'prefix'), '--offline', '--no-audit', '--no-fund', join(work, tarball as string)], { cwd: work });
  bin = join(work, 'prefix/bin/keywarden');
}, 120_000);

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

describe('npm pack → npm install -g (offline) → keywarden', () => {
  it('installs only the CLI and its runtime dependencies', async () => {
    const installed = join(work, 'prefix/lib/node_modules');
    const names = (await readdir(join(installed, 'keywarden/node_modules'))).sort();
    expect(names).toEqual(['ignore', 're2js', 'smol-toml']);
    expect((await readdir(join(installed, 'keywarden/dist/cli'))).filter((f) => f.endsWith('.wasm'))).toEqual(['zxing_reader.wasm']);
  });

  it('scans a folder with the installed bin: text and QR keys, exit 1', async () => {
    const folder = join(work, 'project');
    await exec('mkdir', ['-p', folder]);
    const token = keys.github();
    await writeFile(join(folder, '.env'), `GITHUB_TOKEN=${token}\n`);
    const secret = keys.krakenPrivate();
    await QRCode.toFile(join(folder, 'key.png'), `kraken://apikey?key=${keys.krakenPublic()}&secret=${secret}`);
    const result = await exec(bin, ['scan', '--json', folder], { cwd: work, env: { PATH: process.env.PATH ?? '' } }).catch((e: { code: number; stdout: string; stderr: string }) => e);
    expect('code' in result ? result.code : 0).toBe(1);
    const found = result.stdout.trim().split('\n').map((l) => JSON.parse(l) as { provider: string; source: string });
    expect(found.map((f) => [f.source, f.provider])).toEqual([
      ['text', 'github'],
      ['qr', 'kraken'],
      ['qr', 'kraken'],
    ]);
    expect(result.stdout + result.stderr).not.toContain(token);
    expect(result.stdout + result.stderr).not.toContain(secret);
  });
});
