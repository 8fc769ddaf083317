// Real text nobody wrote for us, on which wallet detection must raise no alert: Debian's Python
// 3.11 documentation (HTML and its reStructuredText sources), the Rust toolchain's HTML docs, and
// English prose (Debian's licence texts, man pages). Sets that are not installed are skipped.
import { readFile, readdir } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

export interface TextSet {
  name: string;
  files: string[];
}

async function filesUnder(dir: string, ext: RegExp, limit = Infinity): Promise<string[]> {
  const out: string[] = [];
  const walk = async (d: string): Promise<void> => {
    const entries = await readdir(d, { withFileTypes: true }).catch(() => []);
    for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      if (out.length >= limit) return;
      const p = join(d, e.name);
      if (e.isDirectory()) await walk(p);
      else if (ext.test(e.name)) out.push(p);
    }
  };
  await walk(dir);
  return out;
}

/** The Rust book, reference, Cargo book, Nomicon, Rust by Example and std docs of the newest stable toolchain. */
async function rustDocs(): Promise<string[]> {
  const toolchains = join(homedir(), '.rustup', 'toolchains');
  const names = (await readdir(toolchains).catch(() => [])).filter((n) => n.startsWith('stable')).sort();
  const last = names[names.length - 1];
  if (!last) return [];
  const html = join(toolchains, last, 'share', 'doc', 'rust', 'html');
  const parts = await Promise.all(['book', 'reference', 'cargo', 'nomicon', 'rust-by-example', 'std'].map((d) => filesUnder(join(html, d), /\.html$/)));
  return parts.flat();
}

export async function realTextSets(): Promise<TextSet[]> {
  return [
    { name: 'Python 3.11 docs (HTML, reST)', files: await filesUnder('/usr/share/doc/python3.11/html', /\.(html|txt)$/) },
    { name: 'Rust docs (book, reference, std…)', files: await rustDocs() },
    {
      name: 'English prose (licences, man pages)',
      files: [...(await filesUnder('/usr/share/common-licenses', /^[^.]+$/)), ...(await filesUnder('/usr/share/man/man1', /\.1\.gz$/, 3000))],
    },
  ];
}

/** A file's text (gzip undone). */
export async function readText(path: string): Promise<string> {
  const bytes = await readFile(path);
  return (path.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8');
}
