// Expands the paths given on the command line into the files to scan.
// Symlinks are followed, but every directory and file is visited once (by device+inode),
// so a link pointing back up the tree ends the descent instead of looping.
import type { Stats } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { IgnoreTest } from './ignore';

export type WalkEntry =
  | { kind: 'file'; path: string; size: number }
  | { kind: 'error'; path: string; error: unknown };

/** Directory names never descended into: version-control internals and installed dependencies. */
const SKIPPED_DIRS = new Set(['.git', 'node_modules']);

/** `ignoredUnder(root)` gives the .keywardenignore test for what is found under a root. */
export async function* walk(
  roots: readonly string[],
  ignoredUnder: (root: string | undefined) => Promise<IgnoreTest> = async () => () => false,
): AsyncGenerator<WalkEntry> {
  const seen = new Set<string>();
  for (const root of roots) yield* visit(root, seen, true, ignoredUnder);
}

/** Entries of a folder stat'ed together (bounded, so a folder of 100,000 files holds no more). */
const STAT_BATCH = 256;

type Stat = { info: Stats } | { error: unknown };

const statOf = (path: string): Promise<Stat> => stat(path).then((info) => ({ info }), (error: unknown) => ({ error }));

async function* visit(
  path: string,
  seen: Set<string>,
  explicit: boolean,
  ignoredUnder: (root: string | undefined) => Promise<IgnoreTest>,
  ignored?: IgnoreTest,
  stated?: Stat,
): AsyncGenerator<WalkEntry> {
  const found = stated ?? (await statOf(path));
  if ('error' in found) {
    const { error } = found;
    // A dangling symlink met while walking is not worth an error; a missing explicit path is.
    if (!explicit && (error as NodeJS.ErrnoException).code === 'ENOENT') return;
    yield { kind: 'error', path, error };
    return;
  }
  const info = found.info;
  const id = `${info.dev}:${info.ino}`;
  if (seen.has(id)) return;

  if (info.isFile()) {
    // A file named on the command line honours the working directory's ignore file.
    if ((ignored ?? (explicit ? await ignoredUnder(undefined) : undefined))?.(path, false)) return;
    seen.add(id);
    yield { kind: 'file', path, size: info.size };
    return;
  }
  if (!info.isDirectory()) return; // sockets, FIFOs, devices: nothing to read
  if (ignored?.(path, true)) return;
  seen.add(id);

  let names: string[];
  try {
    names = (await readdir(path)).sort();
  } catch (error) {
    yield { kind: 'error', path, error };
    return;
  }
  const test = ignored ?? (await ignoredUnder(path));
  // A folder's entries are stat'ed STAT_BATCH at a time: one at a time, the walk moved on by one
  // file per turn of the event loop, which the main thread's own scanning holds up, and the
  // worker threads starved (docs/engine.md "Cold start").
  const paths = names.filter((name) => !SKIPPED_DIRS.has(name)).map((name) => join(path, name));
  for (let from = 0; from < paths.length; from += STAT_BATCH) {
    const batch = paths.slice(from, from + STAT_BATCH);
    const stats = await Promise.all(batch.map(statOf));
    for (const [i, child] of batch.entries()) yield* visit(child, seen, false, ignoredUnder, test, stats[i]);
  }
}
