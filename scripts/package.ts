// Store packages: builds, then writes
//   dist/keywarden-chrome-<version>.zip   Chrome Web Store
//   dist/keywarden-firefox-<version>.zip  addons.mozilla.org
//   dist/keywarden-source-<version>.zip   the git-tracked source, for AMO reviewers (`npm ci && npm run build`)
// with the deterministic zip writer (sorted entries, one fixed timestamp), so two runs from the same
// commit give byte-identical files. `--no-build` packages an existing dist/.
import { execFile, execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { zip, type ZipEntry } from './zip';

const DIST = 'dist';

/** Every file under `dir`, as zip entries with '/'-separated paths relative to `dir`. */
export function folderEntries(dir: string): ZipEntry[] {
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => statSync(join(dir, f)).isFile())
    .map((f) => ({ path: f.split(sep).join('/'), data: readFileSync(join(dir, f)) }));
}

/**
 * The files git tracks, as they are on disk (what the build just read). Tracked files deleted from
 * the working tree are left out; a warning says when the tree differs from the commit.
 */
export function sourceEntries(root = '.'): { entries: ZipEntry[]; warnings: string[] } {
  const git = (...args: string[]) => execFileSync('git', ['-C', root, ...args], { encoding: 'utf8', maxBuffer: 64 << 20 });
  const paths = git('ls-files', '-z').split('\0').filter(Boolean);
  const warnings: string[] = [];
  const changed = git('status', '--porcelain', '--untracked-files=no').trim();
  if (changed) warnings.push(`tracked files differ from the commit; the source zip holds them as on disk:\n${changed}`);
  const entries: ZipEntry[] = [];
  for (const path of paths) {
    const full = join(root, path);
    if (!existsSync(full) || !statSync(full).isFile()) continue;
    entries.push({ path, data: readFileSync(full) });
  }
  return { entries, warnings };
}

export const sha256 = (data: Buffer): string => createHash('sha256').update(data).digest('hex');

export interface Packages {
  version: string;
  /** Written file → sha256. */
  files: Record<string, string>;
}

/** Writes the three zips into `<root>/dist` (after building there unless `build` is false). */
export async function packageAll({ build = true, root = '.' }: { build?: boolean; root?: string } = {}): Promise<Packages> {
  if (build) {
    // The build script works relative to the current directory: run it where the sources are.
    const tsx = join(import.meta.dirname, '..', 'node_modules', 'tsx', 'dist', 'cli.mjs');
    const { stderr } = await promisify(execFile)(process.execPath, [tsx, 'scripts/build.ts'], { cwd: root });
    if (stderr) process.stderr.write(stderr);
  }
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
  const files: Record<string, string> = {};
  const write = (name: string, entries: ZipEntry[]) => {
    const data = zip(entries);
    writeFileSync(join(root, DIST, name), data);
    files[`${DIST}/${name}`] = sha256(data);
  };
  for (const browser of ['chrome', 'firefox']) {
    const dir = join(root, DIST, browser);
    if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`${relative('.', dir)}/manifest.json missing: the build failed`);
    write(`keywarden-${browser}-${version}.zip`, folderEntries(dir));
  }
  const source = sourceEntries(root);
  for (const w of source.warnings) console.warn(`package: warning: ${w}`);
  write(`keywarden-source-${version}.zip`, source.entries);
  return { version, files };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { files } = await packageAll({ build: !process.argv.includes('--no-build') });
  for (const [file, hash] of Object.entries(files)) console.log(`${hash}  ${file}`);
}
