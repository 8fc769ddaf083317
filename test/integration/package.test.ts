// `npm run package` is reproducible: two builds in separate folders give byte-identical zips, and the
// second folder holds only what the first one's source zip holds (what an AMO reviewer rebuilds from).
import { afterAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { inflateRawSync } from 'node:zlib';
import { dirname, join, resolve } from 'node:path';
import { packageAll, sourceEntries } from '../../scripts/package';

const REPO = resolve(import.meta.dirname, '../..');
// What the build reads (the rest of the repo does not change the packages).
const BUILD_INPUTS = ['src', 'scripts', '_locales', 'icons', 'manifest.json', 'package.json', 'tsconfig.json'];
const temps: string[] = [];

function gitRepo(dir: string): void {
  symlinkSync(join(REPO, 'node_modules'), join(dir, 'node_modules'));
  const git = (...args: string[]) => execFileSync('git', ['-C', dir, '-c', 'user.name=t', '-c', 'user.email=t@t', ...args]);
  git('init', '-q');
  writeFileSync(join(dir, '.git', 'info', 'exclude'), 'node_modules\ndist/\n');
  git('add', '-A');
  git('commit', '-qm', 'snapshot');
}

/** Zip entries (name → content), read back through the central directory. */
function unzip(data: Buffer): Map<string, Buffer> {
  const end = data.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = data.readUInt16LE(end + 10);
  let at = data.readUInt32LE(end + 16);
  const out = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    const method = data.readUInt16LE(at + 10);
    const size = data.readUInt32LE(at + 20);
    const nameLength = data.readUInt16LE(at + 28);
    const extra = data.readUInt16LE(at + 30) + data.readUInt16LE(at + 32);
    const local = data.readUInt32LE(at + 42);
    const body = local + 30 + data.readUInt16LE(local + 26) + data.readUInt16LE(local + 28);
    const raw = data.subarray(body, body + size);
    out.set(data.toString('utf8', at + 46, at + 46 + nameLength), method === 8 ? inflateRawSync(raw) : raw);
    at += 46 + nameLength + extra;
  }
  return out;
}

afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

describe('npm run package', () => {
  it('gives byte-identical Chrome, Firefox and source zips from two builds of the same source', async () => {
    const first = mkdtempSync(join(tmpdir(), 'kw-package-a-'));
    const second = mkdtempSync(join(tmpdir(), 'kw-package-b-'));
    temps.push(first, second);
    for (const input of BUILD_INPUTS) {
      if (existsSync(join(REPO, input))) cpSync(join(REPO, input), join(first, input), { recursive: true });
    }
    gitRepo(first);
    // The second folder is rebuilt from exactly what the first one's source zip will hold.
    for (const { path, data } of sourceEntries(first).entries) {
      mkdirSync(dirname(join(second, path)), { recursive: true });
      writeFileSync(join(second, path), data);
    }
    gitRepo(second);

    const [a, b] = await Promise.all([packageAll({ root: first }), packageAll({ root: second })]);
    const v = a.version;
    expect(Object.keys(a.files).sort()).toEqual(
      [`dist/keywarden-chrome-${v}.zip`, `dist/keywarden-firefox-${v}.zip`, `dist/keywarden-source-${v}.zip`],
    );
    expect(b.files).toEqual(a.files);

    const chrome = [...unzip(readFileSync(join(first, `dist/keywarden-chrome-${v}.zip`))).keys()];
    expect(chrome).toContain('manifest.json');
    expect(chrome).toContain('background.js');
    expect(chrome).toEqual([...chrome].sort());
    const firefox = unzip(readFileSync(join(first, `dist/keywarden-firefox-${v}.zip`)));
    const manifest = JSON.parse(firefox.get('manifest.json')?.toString('utf8') ?? '{}') as Record<string, unknown>;
    expect(manifest.browser_specific_settings).toBeDefined();
    expect(manifest.version).toBe(v);
    const source = [...unzip(readFileSync(join(first, `dist/keywarden-source-${v}.zip`))).keys()];
    expect(source).toContain('package.json');
    expect(source).toContain('scripts/build.ts');
    expect(source.some((p) => p.startsWith('node_modules/') || p.startsWith('dist/'))).toBe(false);
  }, 90_000);
});
