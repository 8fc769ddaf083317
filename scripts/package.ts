// Store packages: the build writes
//   dist/keywarden-chrome-<version>.zip   Chrome Web Store
//   dist/keywarden-firefox-<version>.zip  addons.mozilla.org
// and this adds
//   dist/keywarden-source-<version>.zip   the git-tracked source, for AMO reviewers (`npm ci && npm run build`)
// all with the one deterministic zip writer (sorted entries, one fixed timestamp), so two runs from
// the same commit give byte-identical files; it prints their SHA-256. `--no-build` uses an existing dist/.
import { execFile, execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { zip, type ZipEntry } from './zip';

const DIST = 'dist';

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

/** The three zips in `<root>/dist` (building there first unless `build` is false), with their hashes. */
export async function packageAll({ build = true, root = '.' }: { build?: boolean; root?: string } = {}): Promise<Packages> {
  if (build) {
    // The build script works relative to the current directory: run it where the sources are.
    const tsx = join(import.meta.dirname, '..', 'node_modules', 'tsx', 'dist', 'cli.mjs');
    const { stderr } = await promisify(execFile)(process.execPath, [tsx, 'scripts/build.ts'], { cwd: root });
    if (stderr) process.stderr.write(stderr);
  }
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
  const files: Record<string, string> = {};
  for (const browser of ['chrome', 'firefox']) {
    const name = `${DIST}/keywarden-${browser}-${version}.zip`;
    if (!existsSync(join(root, name))) throw new Error(`${relative('.', join(root, name))} missing: run the build first`);
    files[name] = sha256(readFileSync(join(root, name)));
  }
  const source = sourceEntries(root);
  for (const w of source.warnings) console.warn(`package: warning: ${w}`);
  const data = zip(source.entries);
  writeFileSync(join(root, DIST, `keywarden-source-${version}.zip`), data);
  files[`${DIST}/keywarden-source-${version}.zip`] = sha256(data);
  return { version, files };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { files } = await packageAll({ build: !process.argv.includes('--no-build') });
  for (const [file, hash] of Object.entries(files)) console.log(`${hash}  ${file}`);
}
