// .keywardenignore: paths left out of a scan, in gitignore syntax (the `ignore` package implements
// git's matching rules). The file is read from the root of each folder named on the command line,
// and from the working directory, so `keywarden scan .`, `keywarden scan src/` run from the
// repository root and a pre-commit hook's list of staged files all honour the repository's file.
import { readFile } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';

export const IGNORE_FILE = '.keywardenignore';

/** Whether a path (file, or folder when isDir) is ignored. */
export type IgnoreTest = (path: string, isDir: boolean) => boolean;

async function load(dir: string): Promise<Ignore | undefined> {
  let text: string;
  try {
    text = await readFile(join(dir, IGNORE_FILE), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' || (error as NodeJS.ErrnoException).code === 'ENOTDIR') return undefined;
    throw error;
  }
  return ignore().add(text);
}

/** `path` relative to `base` with '/' separators, or undefined when it is not inside `base`. */
function inside(base: string, path: string): string | undefined {
  const rel = relative(base, resolve(path));
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return undefined;
  return sep === '/' ? rel : rel.split(sep).join('/');
}

export class IgnoreFiles {
  private readonly cache = new Map<string, Promise<Ignore | undefined>>();

  constructor(private readonly cwd: string) {}

  private rules(dir: string): Promise<Ignore | undefined> {
    const key = resolve(this.cwd, dir);
    let rules = this.cache.get(key);
    if (!rules) this.cache.set(key, (rules = load(key)));
    return rules;
  }

  /** The test for paths under `root` (a folder named on the command line, or '' for none). */
  async forRoot(root: string | undefined): Promise<IgnoreTest> {
    const bases: [string, Ignore][] = [];
    for (const dir of new Set([this.cwd, ...(root === undefined ? [] : [resolve(this.cwd, root)])])) {
      const rules = await this.rules(dir);
      if (rules) bases.push([dir, rules]);
    }
    if (bases.length === 0) return () => false;
    return (path, isDir) =>
      bases.some(([base, rules]) => {
        const rel = inside(base, resolve(this.cwd, path));
        return rel !== undefined && rules.ignores(isDir ? `${rel}/` : rel);
      });
  }
}
