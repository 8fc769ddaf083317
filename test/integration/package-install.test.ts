// The npm package as users get it: `npm pack` (which builds the CLI through prepack), then
// `npm install -g` of the tarball into a fresh prefix, offline (dependencies come from the npm
// cache: `npm ci` leaves their tarballs there, `npm cache add` the registry metadata an install
// resolves their ranges with, which `npm ci` does not fetch), then the installed `keywarden` bin on a temp folder: a text key and
// a key in a QR image (the lazily loaded decoder and its wasm ship in the tarball).
// The pre-commit hook runs with that installed bin through the real pre-commit framework; the
// GitHub Action's shell steps run as GitHub's runner runs them (the runner itself is not here).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import QRCode from 'qrcode';
import { parse as parseYaml } from 'yaml';
import { fakeKeys } from '../support/keys';

const exec = promisify(execFile);
const keys = fakeKeys(1614);
let work: string;
let bin: string;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'kw-npm-'));
  await exec('npm', ['pack', '--pack-destination', work], { cwd: process.cwd() });
  const [tarball] = (await readdir(work)).filter((f) => f.endsWith('.tgz'));
  const { dependencies } = JSON.parse(await readFile('package.json', 'utf8')) as { dependencies: Record<string, string> };
  const specs = Object.entries(dependencies).map(([name, range]) => `${name}@${range}`);
  await exec('npm', ['cache', 'add', '--prefer-offline', ...specs], { cwd: work });
  await exec('npm', ['install', '-g', '--prefix', join(work, 'prefix'), '--offline', '--no-audit', '--no-fund', join(work, tarball as string)], { cwd: work });
  bin = join(work, 'prefix/bin/keywarden');
}, 120_000);

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

describe('npm pack → npm install -g (offline) → keywarden', () => {
  it('installs only the CLI and its runtime dependencies', async () => {
    const installed = join(work, 'prefix/lib/node_modules');
    const names = (await readdir(join(installed, 'keywarden/node_modules'))).sort();
    expect(names).toEqual(['ignore', 're2js', 'smol-toml']);
    expect((await readdir(join(installed, 'keywarden/dist/cli'))).filter((f) => f.endsWith('.wasm'))).toEqual(['zxing_reader.wasm']);
  });

  it('scans a folder with the installed bin: text and QR keys, exit 1', async () => {
    const folder = join(work, 'project');
    await exec('mkdir', ['-p', folder]);
    const token = keys.github();
    await writeFile(join(folder, '.env'), `GITHUB_TOKEN=${token}\n`);
    const secret = keys.krakenPrivate();
    await QRCode.toFile(join(folder, 'key.png'), `kraken://apikey?key=${keys.krakenPublic()}&secret=${secret}`);
    const result = await exec(bin, ['scan', '--json', folder], { cwd: work, env: { PATH: process.env.PATH ?? '' } }).catch((e: { code: number; stdout: string; stderr: string }) => e);
    expect('code' in result ? result.code : 0).toBe(1);
    const found = result.stdout.trim().split('\n').map((l) => JSON.parse(l) as { provider: string; source: string });
    expect(found.map((f) => [f.source, f.provider])).toEqual([
      ['text', 'github'],
      ['qr', 'kraken'],
      ['qr', 'kraken'],
    ]);
    expect(result.stdout + result.stderr).not.toContain(token);
    expect(result.stdout + result.stderr).not.toContain(secret);
  });
});

type Ran = { code: number; stdout: string; stderr: string };
const ran = (p: Promise<{ stdout: string; stderr: string }>): Promise<Ran> =>
  p.then((r) => ({ code: 0, ...r }), (e: Ran) => e);
const withBin = () => ({ ...process.env, PATH: `${join(work, 'prefix/bin')}:${process.env.PATH ?? ''}` });

async function gitRepo(name: string): Promise<{ dir: string; git: (...args: string[]) => Promise<string> }> {
  const dir = join(work, name);
  await mkdir(dir, { recursive: true });
  const git = async (...args: string[]) => (await exec('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...args], { cwd: dir })).stdout;
  await git('init', '-q');
  return { dir, git };
}

describe('.pre-commit-hooks.yaml with the real pre-commit framework (Debian package pre-commit)', () => {
  it('stops a commit that stages a key, honours .keywardenignore and args, lets the fixed commit through', async () => {
    // The hook repository as users point at it: a git repo with our .pre-commit-hooks.yaml at a rev.
    const hooks = await gitRepo('hooks');
    await writeFile(join(hooks.dir, '.pre-commit-hooks.yaml'), await readFile('.pre-commit-hooks.yaml', 'utf8'));
    await hooks.git('add', '-A');
    await hooks.git('commit', '-q', '-m', 'hooks');
    const rev = (await hooks.git('rev-parse', 'HEAD')).trim();

    const { dir, git } = await gitRepo('hooked');
    await writeFile(join(dir, '.pre-commit-config.yaml'), [
      'repos:',
      `  - repo: ${hooks.dir}`,
      `    rev: ${rev}`,
      '    hooks:',
      '      - id: keywarden',
      '        args: [--json]',
      '',
    ].join('\n'));
    const env = { ...withBin(), PRE_COMMIT_HOME: join(work, 'pre-commit-home'), GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@t', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@t' };
    await exec('pre-commit', ['install'], { cwd: dir, env });
    const token = keys.github();
    await mkdir(join(dir, 'fixtures'));
    await writeFile(join(dir, 'deploy.env'), `GITHUB_TOKEN=${token}\n`);
    await writeFile(join(dir, 'fixtures/old.env'), `GITHUB_TOKEN=${keys.github()}\n`);
    await writeFile(join(dir, '.keywardenignore'), 'fixtures/\n');
    await git('add', '-A');
    const commit = () => ran(exec('git', ['commit', '-m', 'deploy'], { cwd: dir, env }));

    const blocked = await commit();
    expect(blocked.code).toBe(1);
    const said = blocked.stdout + blocked.stderr;
    expect(said).toMatch(/keywarden \(exposed API keys\)\.+Failed/);
    // `args` reach the command: one JSON line per finding, for the staged, not-ignored file only.
    const findings = said.split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l) as { path: string; provider: string; line: number });
    expect(findings.map((f) => [f.path, f.provider, f.line])).toEqual([['deploy.env', 'github', 1]]);
    expect(said).not.toContain('fixtures/');
    expect(said).not.toContain(token);
    expect(await git('log', '--oneline').catch(() => '')).toBe('');

    await writeFile(join(dir, 'deploy.env'), 'GITHUB_TOKEN=${{ secrets.GITHUB_TOKEN }}\n');
    await git('add', '-A');
    const passed = await commit();
    expect(passed.stdout + passed.stderr).toMatch(/keywarden \(exposed API keys\)\.+Passed/);
    expect(passed.code).toBe(0);
  }, 60_000);
});

describe('action.yml: the shell of the composite steps, run locally', () => {
  it('writes SARIF, sets exit-code, and fails the job on findings after the upload step', async () => {
    const action = parseYaml(await readFile('action.yml', 'utf8')) as {
      inputs: Record<string, { default: string }>;
      runs: { using: string; steps: { name: string; id?: string; run?: string; uses?: string; env?: Record<string, string> }[] };
    };
    expect(action.runs.using).toBe('composite');
    const step = (name: string) => action.runs.steps.find((s) => s.name === name)!;
    expect(step('Upload SARIF').uses).toMatch(/^github\/codeql-action\/upload-sarif@/);
    const { dir } = await gitRepo('workflow');
    await writeFile(join(dir, 'settings.py'), `OPENAI_API_KEY = "${keys.openai()}"\n`);
    const output = join(work, 'github-output');
    await writeFile(output, '');
    // ${{ inputs.x }} as the runner fills it in, with the inputs' defaults.
    const inputs = Object.fromEntries(Object.entries(action.inputs).map(([k, v]) => [k, v.default]));
    const fill = (s: string) => s.replace(/\$\{\{ inputs\.([\w-]+) \}\}/g, (_m, k: string) => inputs[k] ?? '');
    const runStep = (name: string) => {
      const s = step(name);
      const env = { ...withBin(), GITHUB_OUTPUT: output, ...Object.fromEntries(Object.entries(s.env ?? {}).map(([k, v]) => [k, fill(v)])) };
      // GitHub runs composite `shell: bash` steps as: bash --noprofile --norc -eo pipefail {0}
      return ran(exec('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', s.run as string], { cwd: dir, env }));
    };
    const scan = await runStep('Scan');
    expect(scan.code).toBe(0);
    expect(await readFile(output, 'utf8')).toBe('exit-code=1\n');
    const sarif = JSON.parse(await readFile(join(dir, 'keywarden.sarif'), 'utf8'));
    expect(sarif.runs[0].results[0]).toMatchObject({ ruleId: expect.stringMatching(/openai/), locations: [{ physicalLocation: { artifactLocation: { uri: 'settings.py' } } }] });
    const failing = await runStep('Fail on findings');
    expect(failing.code).toBe(1);
    expect(failing.stdout).toContain('::error::keywarden found exposed keys');
  });
});
