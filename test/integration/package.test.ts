// `npm run package` is reproducible: two builds in separate folders give byte-identical zips, and the
// second folder holds only what the first one's source zip holds (what an AMO reviewer rebuilds from).
import { afterAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { packageAll, sourceEntries } from '../../scripts/package';
import { unzip } from '../support/unzip';

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
