// `npx tsx bench/docs-alerts.ts [dir…]`: runs the engine over every HTML page of large real
// documentation sets (by default Debian's Python 3.11 docs, the Rust docs of each rustup
// toolchain, and where bench/setup.sh installed them Debian's Django, Go, Git and PostgreSQL docs)
// and prints each alert with its file and a redacted preview, then the totals.
// Docs are full of key-shaped values (hashes, ids, examples), so the expected count is 0;
// look at each alert by hand before changing a rule.
import { readFile, readdir, stat } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { isAlert, scan } from '../src/engine/index';

async function defaultDirs(): Promise<string[]> {
  const dirs = ['/usr/share/doc/python3.11-doc/html'];
  // 55 MB more, about 4 s: python-django-doc, golang-1.19-doc, git-doc, postgresql-doc-15.
  dirs.push(
    '/usr/share/doc/python-django-doc/html',
    '/usr/share/doc/golang-1.19-doc/html',
    '/usr/share/doc/git-doc',
    '/usr/share/doc/postgresql-doc-15/html',
  );
  const toolchains = join(homedir(), '.rustup', 'toolchains');
  if (existsSync(toolchains)) {
    for (const t of await readdir(toolchains)) dirs.push(join(toolchains, t, 'share', 'doc', 'rust', 'html'));
  }
  return dirs.filter((d) => existsSync(d));
}

/** Every .html file under `dir`, following symbolic links (the Python docs are one). */
async function* htmlFiles(dir: string): AsyncGenerator<string> {
  for (const name of await readdir(dir)) {
    const path = join(dir, name);
    const s = await stat(path);
    if (s.isDirectory()) yield* htmlFiles(path);
    else if (name.endsWith('.html')) yield path;
  }
}

const dirs = process.argv.length > 2 ? process.argv.slice(2) : await defaultDirs();
let total = 0;
for (const dir of dirs) {
  let files = 0;
  let bytes = 0;
  let alerts = 0;
  let ms = 0;
  for await (const file of htmlFiles(dir)) {
    const text = await readFile(file, 'utf8');
    const t0 = performance.now();
    const found = scan(text).filter(isAlert);
    ms += performance.now() - t0;
    files++;
    bytes += text.length;
    for (const f of found) {
      alerts++;
      console.log(`${file.slice(dir.length + 1)}:${f.start} ${f.rule} ${f.severity} ${f.confidence} ${f.redacted}`);
    }
  }
  total += alerts;
  console.log(`${dir}: ${files} files, ${(bytes / 1e6).toFixed(1)} MB, ${alerts} alerts, engine ${(bytes / 1e3 / ms).toFixed(1)} MB/s`);
}
console.log(`total alerts: ${total}`);
