import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { walk, type WalkEntry } from '../../../src/cli/walk';

let root: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'kw-walk-'));
  await mkdir(join(root, 'src/deep/er'), { recursive: true });
  await mkdir(join(root, '.git/objects'), { recursive: true });
  await mkdir(join(root, 'node_modules/pkg'), { recursive: true });
  await writeFile(join(root, 'a.txt'), 'a');
  await writeFile(join(root, 'src/b.ts'), 'b');
  await writeFile(join(root, 'src/deep/er/c.env'), 'c');
  await writeFile(join(root, '.git/config'), 'git');
  await writeFile(join(root, 'node_modules/pkg/index.js'), 'dep');
  await symlink(root, join(root, 'src/loop')); // points back up: must not loop
  await symlink(join(root, 'a.txt'), join(root, 'src/a-again.txt')); // same file twice
  await symlink(join(root, 'missing'), join(root, 'src/dangling'));
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

async function collect(roots: string[]): Promise<WalkEntry[]> {
  const out: WalkEntry[] = [];
  for await (const entry of walk(roots)) out.push(entry);
  return out;
}

describe('walk', () => {
  it('lists files recursively, once each, skipping .git and node_modules, ending symlink loops', async () => {
    const entries = await collect([root]);
    const files = entries.map((e) => (e.kind === 'file' ? e.path.slice(root.length + 1) : `error:${e.path}`));
    expect(files).toEqual(['a.txt', 'src/b.ts', 'src/deep/er/c.env']);
  });

  it('keeps name order across the batches a large folder is stat\'ed in, folders in place', async () => {
    const wide = await mkdtemp(join(tmpdir(), 'kw-walk-wide-'));
    await mkdir(join(wide, 'f300/inner'), { recursive: true });
    await writeFile(join(wide, 'f300/inner/x.txt'), 'x');
    const names = Array.from({ length: 600 }, (_, i) => `f${String(i).padStart(3, '0')}`).filter((n) => n !== 'f300');
    await Promise.all(names.map((n) => writeFile(join(wide, n), n)));
    const paths = (await collect([wide])).map((e) => e.path.slice(wide.length + 1));
    await rm(wide, { recursive: true, force: true });
    expect(paths).toEqual([...names.slice(0, 300), 'f300/inner/x.txt', ...names.slice(300)]);
  });

  it('scans an explicitly named file even inside a skipped folder, and reports missing paths', async () => {
    const entries = await collect([join(root, 'node_modules/pkg/index.js'), join(root, 'nope')]);
    expect(entries[0]).toMatchObject({ kind: 'file', size: 3 });
    expect(entries[1]).toMatchObject({ kind: 'error', path: join(root, 'nope') });
    expect((entries[1] as { error: NodeJS.ErrnoException }).error.code).toBe('ENOENT');
  });
});
