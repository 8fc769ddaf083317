// Noise control in the CLI, in-process against real temp files: .keywardenignore, keywarden:allow,
// baselines (and their salt), --config loading and refusals.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run, type CliIo } from '../../../src/cli/run';
import { dropAllowedLines } from '../../../src/cli/allow';
import { IgnoreFiles } from '../../../src/cli/ignore';
import { saltId } from '../../../src/cli/baseline';
import { scan } from '../../../src/engine/index';
import { fakeKeys } from '../../support/keys';

const keys = fakeKeys(1616);
let root: string;

async function cli(argv: string[], env: Record<string, string> = {}) {
  let out = '';
  let err = '';
  const io: CliIo = {
    stdout: (s) => void (out += s),
    stderr: (s) => void (err += s),
    stdin: async function* () {},
    stdoutIsTTY: false,
    env,
    cwd: root,
  };
  const code = await run(argv, io);
  return {
    code, out, err,
    get lines() {
      return out.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);
    },
  };
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'kw-silence-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('keywarden:allow', () => {
  it('silences the lines of its own finding only', () => {
    const a = keys.github();
    const b = keys.github();
    const text = `A=${a} # keywarden:allow\nB=${b}\n`;
    const kept = dropAllowedLines(text, scan(text));
    expect(kept.map((f) => text.slice(f.start, f.end))).toEqual([b]);
    const above = `# keywarden:allow\nA=${a}\n`;
    expect(dropAllowedLines(above, scan(above))).toHaveLength(1);
  });
});

describe('.keywardenignore', () => {
  it('follows gitignore syntax: globs, folders, negation, anchoring', async () => {
    const dir = join(root, 'ign');
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, '.keywardenignore'), '# fixtures\n*.log\nfixtures/\n!fixtures/keep.env\n/top.env\n');
    const test = await new IgnoreFiles(root).forRoot(dir);
    const at = (p: string) => join(dir, p);
    expect(test(at('x.log'), false)).toBe(true);
    expect(test(at('deep/x.log'), false)).toBe(true);
    expect(test(at('fixtures'), true)).toBe(true);
    expect(test(at('top.env'), false)).toBe(true);
    expect(test(at('sub/top.env'), false)).toBe(false);
    expect(test(at('src/app.env'), false)).toBe(false);
    // As in git, a file inside an ignored folder cannot be re-included.
    expect(test(at('fixtures/keep.env'), false)).toBe(true);
  });

  it('leaves ignored paths out of a folder scan, and out of named files via the working directory', async () => {
    const repo = join(root, 'repo-ign');
    await mkdir(join(repo, 'test/fixtures'), { recursive: true });
    await writeFile(join(repo, '.keywardenignore'), 'test/fixtures/\n');
    await writeFile(join(repo, 'test/fixtures/fake.env'), `TOKEN=${keys.github()}\n`);
    await writeFile(join(repo, 'app.env'), `TOKEN=${keys.github()}\n`);
    const folder = await cli(['scan', '--json', repo]);
    expect(folder.lines.map((l) => l.path)).toEqual([join(repo, 'app.env')]);
    // Files named one by one (as a pre-commit hook does) from the repository root.
    const saved = root;
    root = repo;
    try {
      const named = await cli(['scan', '--json', join(repo, 'test/fixtures/fake.env'), join(repo, 'app.env')]);
      expect(named.lines.map((l) => l.path)).toEqual([join(repo, 'app.env')]);
    } finally {
      root = saved;
    }
  });
});

describe('baselines', () => {
  it('writes fingerprints and previews only, honours them, and still alerts on a new key', async () => {
    const dir = join(root, 'base');
    await mkdir(dir, { recursive: true });
    const old = keys.github();
    await writeFile(join(dir, 'a.env'), `TOKEN=${old}\n`);
    const file = join(root, 'baseline.json');
    const written = await cli(['scan', '--json', '--write-baseline', file, dir]);
    expect(written.code).toBe(0);
    expect(written.err).toContain(`baseline written to '${file}' (1 findings)`);
    const text = await readFile(file, 'utf8');
    expect(text).not.toContain(old);
    const baseline = JSON.parse(text);
    expect(baseline).toMatchObject({ keywarden: 'baseline', version: 1, salt: 'default' });
    expect(Object.keys(baseline.findings[0]).sort()).toEqual(['fingerprint', 'line', 'path', 'provider', 'redacted', 'rule']);

    expect((await cli(['scan', '--json', '--baseline', file, dir])).code).toBe(0);
    const fresh = keys.github();
    await writeFile(join(dir, 'b.env'), `TOKEN=${fresh}\n`);
    const after = await cli(['scan', '--json', '--baseline', file, dir]);
    expect(after.code).toBe(1);
    expect(after.lines.map((l) => l.path)).toEqual([join(dir, 'b.env')]);
    const textOut = await cli(['scan', '--baseline', file, dir]);
    expect(textOut.out).toContain('1 known finding in the baseline not shown');
  });

  it('is refused with exit 2 when written with another salt, naming salts by id, never by value', async () => {
    const dir = join(root, 'salted');
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, 'a.env'), `TOKEN=${keys.github()}\n`);
    const file = join(root, 'salted.json');
    await cli(['scan', '--write-baseline', file, dir], { KEYWARDEN_SALT: 'team-secret-salt' });
    const written = await readFile(file, 'utf8');
    expect(written).not.toContain('team-secret-salt');
    expect(JSON.parse(written).salt).toBe(saltId('team-secret-salt'));
    expect(saltId('team-secret-salt')).toMatch(/^sha256:[0-9a-f]{16}$/);

    const mismatch = await cli(['scan', '--baseline', file, dir]);
    expect(mismatch.code).toBe(2);
    expect(mismatch.err).toContain(`was written with salt ${saltId('team-secret-salt')} but this run uses default`);
    expect((await cli(['scan', '--baseline', file, dir], { KEYWARDEN_SALT: 'team-secret-salt' })).code).toBe(0);
  });

  it('refuses a missing or foreign baseline file with exit 2', async () => {
    expect((await cli(['scan', '--baseline', join(root, 'nope.json'), root])).err).toMatch(/does not exist/);
    await writeFile(join(root, 'foreign.json'), '{"results": []}');
    const foreign = await cli(['scan', '--baseline', join(root, 'foreign.json'), root]);
    expect(foreign.code).toBe(2);
    expect(foreign.err).toMatch(/is not a keywarden baseline/);
  });
});

describe('--config', () => {
  it('loads a keywarden JSON rule set and reports custom findings', async () => {
    const dir = join(root, 'json-config');
    await mkdir(dir, { recursive: true });
    const token = `corp-${keys.hex(40)}`;
    await writeFile(join(dir, 'rules.json'), JSON.stringify({ rules: [{ id: 'corp-key', provider: 'corp', pattern: 'corp-[0-9a-f]{40}', severity: 'high', kind: 'secret' }] }));
    await writeFile(join(dir, 'app.cfg'), `key = ${token}\n`);
    const { code, lines, err, out } = await cli(['scan', '--json', '--config', join(dir, 'rules.json'), join(dir, 'app.cfg')]);
    expect(code).toBe(1);
    expect(err).toMatch(/config '.*rules\.json': 1 rule loaded \(patterns: RE2 syntax/);
    expect(lines).toMatchObject([{ rule: 'corp-key', provider: 'corp', line: 1, column: 7 }]);
    expect(out).not.toContain(token);
  });

  it('refuses an unsafe or broken config with exit 2 and the reason, scanning nothing', async () => {
    const bad = join(root, 'bad.json');
    await writeFile(bad, JSON.stringify({ rules: [{ id: 'slow', provider: 'x', pattern: '(a|aa)+\\1', severity: 'high', kind: 'secret' }] }));
    const refused = await cli(['scan', '--config', bad, root]);
    expect(refused.code).toBe(2);
    expect(refused.err).toMatch(/refused {3}slow \(pattern\): back-references are not supported/);
    expect(refused.out).toBe('');
    await writeFile(join(root, 'broken.toml'), '[[rules]\n');
    expect((await cli(['scan', '--config', join(root, 'broken.toml'), root])).err).toMatch(/is not valid TOML/);
    expect((await cli(['scan', '--config', join(root, 'missing.toml'), root])).err).toMatch(/cannot read config .*no such file/);
  });
});
