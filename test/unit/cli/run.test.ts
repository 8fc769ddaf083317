// The CLI in-process against real temp files, with the real engine.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run, type CliIo } from '../../../src/cli/run';
import { fakeKeys } from '../../support/keys';
import { DOC_EXAMPLES } from '../../corpus/catalogue';
import QRCode from 'qrcode';

const keys = fakeKeys(42);
const TOKEN = keys.github(); // CRC-valid, so the engine treats it as a live GitHub token
const NPM = keys.npm();
let root: string;

interface Ran {
  code: number;
  out: string;
  err: string;
}

async function cli(argv: string[], options: { tty?: boolean; env?: Record<string, string>; stdin?: string[]; chunk?: number } = {}): Promise<Ran> {
  let out = '';
  let err = '';
  const io: CliIo = {
    stdout: (s) => void (out += s),
    stderr: (s) => void (err += s),
    stdin: async function* () {
      for (const s of options.stdin ?? []) yield new TextEncoder().encode(s);
    },
    stdoutIsTTY: options.tty ?? false,
    env: options.env ?? {},
    cwd: root,
  };
  const internals = options.chunk ? { chunk: { chunkChars: options.chunk, overlapChars: 256 } } : {};
  const code = await run(argv, io, internals);
  return { code, out, err };
}

const jsonLines = (out: string) => out.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'kw-cli-'));
  await mkdir(join(root, 'repo/config'), { recursive: true });
  await mkdir(join(root, 'repo/.git'), { recursive: true });
  await mkdir(join(root, 'repo/node_modules/x'), { recursive: true });
  await mkdir(join(root, 'clean'), { recursive: true });
  await writeFile(join(root, 'repo/.env'), `# settings\nNODE_ENV=production\nGITHUB_TOKEN=${TOKEN}\n`);
  await writeFile(join(root, 'repo/config/npmrc'), `//registry.npmjs.org/:_authToken=${NPM}\n`);
  await writeFile(join(root, 'repo/.git/config'), `token = ${keys.github()}\n`);
  await writeFile(join(root, 'repo/node_modules/x/index.js'), `const t = "${keys.github()}";\n`);
  await writeFile(join(root, 'repo/logo.bin'), Buffer.from([0x89, 0x50, 0, 0, 1, 2]));
  await writeFile(join(root, 'repo/data.txt'), Buffer.concat([Buffer.from('head\0'), Buffer.from(TOKEN)]));
  await writeFile(join(root, 'clean/README.md'), '# nothing to see\nJust text, a sha 3f786850e387550fdab836ed7e6dc881de23001b.\n');
  await writeFile(
    join(root, 'clean/docs.md'),
    `Kraken's guide uses the secret ${DOC_EXAMPLES.krakenSignatureSecret} for its example.\n`,
  );
  await writeFile(join(root, 'broken-utf8.txt'), Buffer.concat([Buffer.from([0xc3, 0x28, 0xff, 0x0a]), Buffer.from(`tok ${TOKEN}\n`)]));
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('keywarden scan', () => {
  it('finds keys in a folder (not in .git or node_modules) and reports them as JSON Lines', async () => {
    const { code, out, err } = await cli(['scan', '--json', join(root, 'repo')]);
    expect(code).toBe(1);
    const records = jsonLines(out).filter((r) => r.alert);
    expect(records.map((r) => [r.path, r.provider])).toEqual([
      [join(root, 'repo/.env'), 'github'],
      [join(root, 'repo/config/npmrc'), 'npm'],
    ]);
    const gh = records[0] as Record<string, unknown>;
    const text = `# settings\nNODE_ENV=production\nGITHUB_TOKEN=${TOKEN}\n`;
    expect(text.slice(gh.start as number, gh.end as number)).toBe(TOKEN);
    expect(gh).toMatchObject({ source: 'text', line: 3, column: 14, severity: expect.any(String), kind: 'token', example: false });
    for (const field of ['redacted', 'fingerprint', 'rule']) expect(typeof gh[field]).toBe('string');
    // Binary files are skipped with a note; the token after the NUL byte is never reported.
    expect(err).toContain(`skipped '${join(root, 'repo/logo.bin')}': binary file`);
    expect(err).toContain(`skipped '${join(root, 'repo/data.txt')}': binary file`);
    expect(out + err).not.toContain(TOKEN);
    expect(out + err).not.toContain(NPM);
  });

  it('exits 0 on clean input and prints a summary', async () => {
    const { code, out } = await cli(['scan', join(root, 'clean')]);
    expect(code).toBe(0);
    expect(out).toMatch(/^keywarden: no exposed keys found; 0 findings reported; 2 files scanned; 1 not shown/m);
  });

  it('shows documentation examples only with --include-examples, never as alerts', async () => {
    const hidden = await cli(['scan', join(root, 'clean/docs.md')]);
    expect(hidden.out).not.toContain('kraken');
    const shown = await cli(['scan', '--include-examples', join(root, 'clean/docs.md')]);
    expect(shown.code).toBe(0);
    expect(shown.out).toMatch(/docs\.md:1:32 {2}info {6}kraken/);
    expect(shown.out).toContain('(example)');
    expect(shown.out).not.toContain(DOC_EXAMPLES.krakenSignatureSecret);
  });

  it('prints people-readable lines, coloured only on a TTY without NO_COLOR', async () => {
    const path = join(root, 'repo/.env');
    const plain = await cli(['scan', path]);
    expect(plain.out).toContain(`${path}:3:14  `);
    expect(plain.out).toMatch(/github {2}token {2}gh[pousr]_/);
    expect(plain.out).not.toContain('\u001b[');
    expect((await cli(['scan', path], { tty: true })).out).toContain('\u001b[');
    expect((await cli(['scan', path], { tty: true, env: { NO_COLOR: '1' } })).out).not.toContain('\u001b[');
  });

  it('writes SARIF 2.1.0 with rules, levels, regions and fingerprints, and no raw key', async () => {
    const { code, out } = await cli(['scan', '--format', 'sarif', join(root, 'repo')]);
    expect(code).toBe(1);
    const log = JSON.parse(out);
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    const [sarifRun] = log.runs;
    const rules = sarifRun.tool.driver.rules as { id: string }[];
    expect(sarifRun.results).toHaveLength(2);
    const result = sarifRun.results[0];
    expect(rules[result.ruleIndex]?.id).toBe(result.ruleId);
    expect((rules[result.ruleIndex] as unknown as { shortDescription: { text: string } }).shortDescription.text).toMatch(/^GitHub /);
    expect(['error', 'warning', 'note']).toContain(result.level);
    expect(result.locations[0].physicalLocation).toMatchObject({
      artifactLocation: { uri: 'repo/.env' },
      region: { startLine: 3, startColumn: 14, endLine: 3, endColumn: 14 + TOKEN.length },
    });
    expect(Object.values(result.partialFingerprints)[0]).toMatch(/^[0-9a-f]{64}$/);
    expect(out).not.toContain(TOKEN);
  });

  it('keeps scanning after an unreadable path and exits 2, naming the path', async () => {
    const missing = join(root, 'does-not-exist');
    const { code, out, err } = await cli(['scan', '--json', missing, join(root, 'repo/.env')]);
    expect(code).toBe(2);
    expect(err).toContain(`keywarden: cannot read '${missing}': no such file or directory`);
    expect(jsonLines(out).filter((r) => r.alert)).toHaveLength(1);
  });

  it('exits 2 with usage on bad arguments', async () => {
    const { code, err } = await cli(['scan', '--format', 'xml', 'x']);
    expect(code).toBe(2);
    expect(err).toMatch(/--format expects/);
  });

  it('names the service of a secret known only by its name, in every format', async () => {
    const stdin = () => ({ stdin: [`WIDGETLY_API_TOKEN=${keys.hex(40)}\n`] });
    expect((await cli(['scan', '-'], stdin())).out).toContain('generic (named for widgetly)  secret');
    expect(jsonLines((await cli(['scan', '--json', '-'], stdin())).out)).toMatchObject([{ rule: 'generic-named-secret', namedFor: 'widgetly' }]);
    const result = JSON.parse((await cli(['scan', '--format', 'sarif', '-'], stdin())).out).runs[0].results[0];
    expect(result.message.text).toMatch(/^Unrecognised secret named for widgetly \(exposed\): /);
    expect(result.properties.namedFor).toBe('widgetly');
  });

  it('reads standard input for -', async () => {
    const { code, out } = await cli(['scan', '--json', '-'], { stdin: ['line one\nexport NPM_TOKEN=', NPM, '\n'] });
    expect(code).toBe(1);
    expect(jsonLines(out)).toMatchObject([{ path: '<stdin>', provider: 'npm', line: 2, column: 18, start: 26 }]);
  });

  it('finds a key on a chunk border once, with file-global offsets', async () => {
    const filler = 'lorem ipsum dolor sit amet '.repeat(40);
    const text = `${filler}\n${filler}GITHUB_TOKEN=${TOKEN}\n${filler}`;
    const path = join(root, 'border.txt');
    await writeFile(path, text);
    const start = text.indexOf(TOKEN);
    for (const chunk of [start - 5, start + 3, start + 20, 500]) {
      const { out } = await cli(['scan', '--json', path], { chunk });
      const found = jsonLines(out);
      expect(found, `chunk ${chunk}`).toHaveLength(1);
      expect(found[0]).toMatchObject({ start, end: start + TOKEN.length, line: 2, column: filler.length + 14 });
    }
  });

  it('survives invalid UTF-8: offsets are into the decoded text', async () => {
    const { code, out } = await cli(['scan', '--json', join(root, 'broken-utf8.txt')]);
    expect(code).toBe(1);
    // 0xc3 0x28 → U+FFFD '(' ; 0xff → U+FFFD ; '\n' : the token starts at offset 4 + 'tok '.length.
    expect(jsonLines(out)).toMatchObject([{ start: 8, line: 2, column: 5 }]);
  });

  it('decodes QR codes in images and reports their keys with source "qr"; damaged images are a note', async () => {
    const dir = join(root, 'images');
    await mkdir(dir, { recursive: true });
    const pub = keys.krakenPublic();
    const secret = keys.krakenPrivate();
    const payload = `kraken://apikey?key=${pub}&secret=${secret}`;
    await QRCode.toFile(join(dir, 'exchange.png'), payload);
    await writeFile(join(dir, 'broken.jpg'), Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]));
    const { code, out, err } = await cli(['scan', '--json', dir]);
    expect(code).toBe(1);
    const records = jsonLines(out);
    expect(records.map((r) => [r.source, r.provider, r.kind])).toEqual([
      ['qr', 'kraken', 'public'],
      ['qr', 'kraken', 'secret'],
    ]);
    expect(records[1]).toMatchObject({ start: payload.indexOf(secret), line: 1, column: payload.indexOf(secret) + 1 });
    expect(err).toMatch(/skipped '.*broken\.jpg': not a readable image/);
    expect(out + err).not.toContain(secret);
  });

  it('reports generic high-entropy assignments only with --include-generic', async () => {
    const path = join(root, 'generic.py');
    await writeFile(path, 'db_password = "Xk9mPq2Rt7Lw4Vn8Zb3Hc6Jd"\n');
    const without = await cli(['scan', '--json', path]);
    expect(without.out).toBe('');
    const withGeneric = await cli(['scan', '--json', '--include-generic', path]);
    expect(jsonLines(withGeneric.out)).toMatchObject([{ provider: 'generic', line: 1, column: 16 }]);
  });

  it('--min-severity drops findings below the level, and the exit status follows', async () => {
    const all = jsonLines((await cli(['scan', '--json', join(root, 'repo/.env')])).out);
    const severity = all[0]?.severity as string;
    const above = severity === 'critical' ? undefined : 'critical';
    if (above) {
      const { code, out } = await cli(['scan', '--json', '--min-severity', above, join(root, 'repo/.env')]);
      expect(out).toBe('');
      expect(code).toBe(0);
    }
    expect((await cli(['scan', '--json', '--min-severity', severity, join(root, 'repo/.env')])).code).toBe(1);
  });
});
