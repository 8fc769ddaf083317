import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../../src/cli/args';

describe('parseArgs', () => {
  it('parses a scan with defaults', () => {
    expect(parseArgs(['scan', 'src', '-'])).toEqual({
      command: 'scan', paths: ['src', '-'], format: 'text', includeExamples: false, includeGeneric: false,
      minSeverity: 'info',
    });
  });

  it('accepts every option, in both --name value and --name=value forms', () => {
    expect(parseArgs(['scan', '--format', 'sarif', '--include-examples', '--include-generic', '--min-severity=high', 'a']))
      .toMatchObject({ format: 'sarif', includeExamples: true, includeGeneric: true, minSeverity: 'high', paths: ['a'] });
    expect(parseArgs(['scan', '--json', 'a'])).toMatchObject({ format: 'jsonl' });
    expect(parseArgs(['scan', '--format=json', 'a'])).toMatchObject({ format: 'jsonl' });
  });

  it('treats everything after -- as paths', () => {
    expect(parseArgs(['scan', '--', '--json', '-x'])).toMatchObject({ paths: ['--json', '-x'], format: 'text' });
  });

  it('answers help and version before anything else', () => {
    expect(parseArgs(['--help'])).toEqual({ command: 'help' });
    expect(parseArgs(['scan', '-h'])).toEqual({ command: 'help' });
    expect(parseArgs(['--version'])).toEqual({ command: 'version' });
  });

  it.each([
    [[], /missing command/],
    [['scan'], /nothing to scan/],
    [['check', 'a'], /unknown command 'check'/],
    [['scan', '--frobnicate', 'a'], /unknown option '--frobnicate'/],
    [['scan', '--format', 'xml', 'a'], /--format expects/],
    [['scan', '--format'], /--format expects/],
    [['scan', '--min-severity', 'urgent', 'a'], /--min-severity expects one of critical, high/],
  ])('reports a usage error for %j', (argv, message) => {
    const parsed = parseArgs(argv);
    expect(parsed.command).toBe('usage-error');
    if (parsed.command === 'usage-error') expect(parsed.message).toMatch(message);
  });
});
