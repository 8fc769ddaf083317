// The bundled CLI as a real child process: what users and CI actually run.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fakeKeys } from '../support/keys';
import { BASE62 } from '../support/random';
import { buildCli } from '../../scripts/build-cli';

// Built under node_modules/.cache so the bundle resolves packages (e.g. QR wasm) like dist/ would.
const OUT_DIR = join(process.cwd(), 'node_modules/.cache', `kw-cli-test-${process.pid}`);
const BUNDLE = join(OUT_DIR, 'keywarden.mjs');
const TOKEN = fakeKeys(7).github();
let data: string;

function runCli(args: string[], stdin?: string, cwd?: string): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BUNDLE, ...args], { env: { ...process.env, NO_COLOR: '' }, ...(cwd ? { cwd } : {}) });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, out, err }));
    child.stdin.end(stdin ?? '');
  });
}

beforeAll(async () => {
  await buildCli(OUT_DIR);
  data = await mkdtemp(join(tmpdir(), 'kw-bundle-'));
  await writeFile(join(data, 'ci.yml'), `env:\n  GH_TOKEN: ${TOKEN}\n`);
  await writeFile(join(data, 'notes.md'), 'nothing secret here\n');
}, 60_000);

afterAll(async () => {
  await rm(OUT_DIR, { recursive: true, force: true });
  if (data) await rm(data, { recursive: true, force: true });
});

describe('dist CLI (child process)', () => {
  it('scans a folder, prints JSON Lines and exits 1 on an alert, without printing the key', async () => {
    const { code, out, err } = await runCli(['scan', '--json', data]);
    expect(err).toBe('');
    expect(code).toBe(1);
    const [record] = out.trim().split('\n').map((l) => JSON.parse(l));
    expect(record).toMatchObject({ path: join(data, 'ci.yml'), provider: 'github', line: 2, column: 13 });
    expect(out).not.toContain(TOKEN);
  });

  it('reads stdin and exits 0 when clean', async () => {
    const { code, out } = await runCli(['scan', '-'], 'just words\n');
    expect(code).toBe(0);
    expect(out).toContain('no exposed keys found');
  });

  it('prints help with the exit codes, and --version', async () => {
    const help = await runCli(['--help']);
    expect(help.code).toBe(0);
    expect(help.out).toMatch(/Exit status:[\s\S]*2 {2}usage error/);
    expect((await runCli(['--version'])).out.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('exits 2 on a usage error', async () => {
    const { code, err } = await runCli(['scan']);
    expect(code).toBe(2);
    expect(err).toContain('keywarden: nothing to scan');
  });

  it('gives the same output with worker threads as without, on a folder large enough to start them', async () => {
    const dir = join(data, 'many');
    await mkdir(dir);
    const filler = 'const value = computeSomething(alpha, beta) + 42; // ordinary code\n'.repeat(1200); // ~80 KB
    for (let i = 0; i < 80; i++) {
      await writeFile(join(dir, `f${String(i).padStart(2, '0')}.js`), i % 7 === 0 ? `${filler}const t = "${fakeKeys(i).github()}";\n` : filler);
    }
    const one = await runCli(['scan', '--json', '--jobs', '1', dir]);
    const two = await runCli(['scan', '--json', '--jobs', '2', dir]);
    expect(one.code).toBe(1);
    expect(two.err).toBe('');
    expect(two.out).toBe(one.out);
    expect(one.out.trim().split('\n')).toHaveLength(12);
  });
});

// The acceptance scenario of custom rules and noise control, driven as a user would.
describe('dist CLI: custom rules, ignores, allowed lines, baselines', () => {
  const keys = fakeKeys(2016);
  const inHouse = () => `nbx_${keys.chars(BASE62, 36)}`; // NimbusDesk: a made-up in-house token format
  let repo: string;

  beforeAll(async () => {
    repo = await mkdtemp(join(tmpdir(), 'kw-user-'));
    await mkdir(join(repo, 'src'), { recursive: true });
    await mkdir(join(repo, 'test/fixtures'), { recursive: true });
    await writeFile(join(repo, '.gitleaks.toml'), [
      '[[rules]]',
      'id = "nimbusdesk-api-token"',
      'description = "NimbusDesk API token"',
      "regex = '''\\b(nbx_[0-9A-Za-z]{36})\\b'''",
      'keywords = ["nbx_"]',
      'entropy = 3.5',
      '[[rules.allowlists]]',
      'stopwords = ["nbx_example"]',
      '',
    ].join('\n'));
    await writeFile(join(repo, '.keywardenignore'), 'test/fixtures/\n');
  });

  afterAll(async () => {
    await rm(repo, { recursive: true, force: true });
  });

  it('finds an in-house token from a .gitleaks.toml, redacted', async () => {
    const token = inHouse();
    await writeFile(join(repo, 'src/client.ts'), `export const token = '${token}';\n`);
    const { code, out, err } = await runCli(['scan', '--config', '.gitleaks.toml', '.'], undefined, repo);
    expect(err).toMatch(/config '.gitleaks.toml': 1 rule loaded, 1 converted/);
    expect(code).toBe(1);
    expect(out).toMatch(/^src\/client\.ts:1:23 {2}high {6}nimbusdesk {2}secret {2}nbx_…/m);
    expect(out).not.toContain(token);
  });

  it('keeps ignored paths and an allowed line silent while the next line alerts', async () => {
    await writeFile(join(repo, 'test/fixtures/tokens.env'), `NBX=${inHouse()}\n`);
    const allowed = inHouse();
    const next = inHouse();
    await writeFile(join(repo, 'src/client.ts'), `const a = '${allowed}'; // keywarden:allow (rotated test key)\nconst b = '${next}';\n`);
    const { code, out } = await runCli(['scan', '--json', '--config', '.gitleaks.toml', '.'], undefined, repo);
    expect(code).toBe(1);
    const found = out.trim().split('\n').map((l) => JSON.parse(l));
    expect(found.map((f) => [f.path, f.line])).toEqual([['src/client.ts', 2]]);
  });

  it('writes a baseline, honours it (exit 0), and still alerts on a new key (exit 1)', async () => {
    const written = await runCli(['scan', '--config', '.gitleaks.toml', '--write-baseline', '.keywarden-baseline.json', '.'], undefined, repo);
    expect(written.code).toBe(0);
    const baseline = await readFile(join(repo, '.keywarden-baseline.json'), 'utf8');
    expect(baseline).toContain('"rule": "nimbusdesk-api-token"');
    expect(baseline).not.toMatch(/nbx_[0-9A-Za-z]{36}/);
    const known = await runCli(['scan', '--config', '.gitleaks.toml', '--baseline', '.keywarden-baseline.json', '.'], undefined, repo);
    expect(known.code).toBe(0);
    expect(known.out).toContain('1 known finding in the baseline not shown');
    await writeFile(join(repo, 'src/new.ts'), `const c = '${inHouse()}';\n`);
    const fresh = await runCli(['scan', '--config', '.gitleaks.toml', '--baseline', '.keywarden-baseline.json', '.'], undefined, repo);
    expect(fresh.code).toBe(1);
    expect(fresh.out).toMatch(/^src\/new\.ts:1:12 /m);
  });

  it('refuses a catastrophic-backtracking pattern with exit 2 and the reason', async () => {
    await writeFile(join(repo, 'slow.toml'), "[[rules]]\nid = \"slow\"\nregex = '''(nbx_\\w+)\\1'''\n");
    const { code, out, err } = await runCli(['scan', '--config', 'slow.toml', '.'], undefined, repo);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toMatch(/refused {3}slow \(pattern\): back-references are not supported .* backtracking engine/);
  });
});
