// Linear time as a correctness property: adversarial inputs built from every rule (its alphabet
// repeated, its literal repeated, near misses repeated) plus generic worst cases must scan within
// a generous CPU bound of 2 s per MB. A catastrophic regex takes minutes here, not seconds.
import { describe, expect, it } from 'vitest';
import { RULES, scan } from '../../../src/engine/index';
import { fake } from '../../../src/engine/rules/sample';
import { LANGUAGES } from '../../../src/engine/wallet/words';

const WORDS = LANGUAGES[0]?.words ?? [];

const BOUND_MS_PER_MB = 2000;
const SIZE = 200_000;

function cpuMs(fn: () => void): number {
  const t0 = process.cpuUsage();
  fn();
  const d = process.cpuUsage(t0);
  return (d.user + d.system) / 1000;
}

function fill(unit: string, size = SIZE): string {
  return unit.repeat(Math.ceil(size / Math.max(1, unit.length))).slice(0, size);
}

function expectLinear(text: string, label: string): void {
  // Best of two, so a JIT warm-up or a busy machine does not fail a linear rule; a
  // catastrophic pattern is slower by orders of magnitude on both tries.
  const ms = Math.min(cpuMs(() => scan(text, { includeGeneric: true })), cpuMs(() => scan(text, { includeGeneric: true })));
  const bound = Math.max(50, (text.length / 1e6) * BOUND_MS_PER_MB);
  expect(ms, `${label}: ${ms.toFixed(0)} ms for ${text.length} chars`).toBeLessThan(bound);
}

function keyOf(example: string): string {
  return example.slice(example.indexOf('«') + 1, example.indexOf('»'));
}

describe('adversarial inputs', () => {
  it.each(RULES.map((r) => [r.id, r] as const))('%s stays linear', (_id, rule) => {
    const key = keyOf(rule.examples.positive[0] as string);
    const alphabet = [...new Set(key)].join('');
    const words = rule.match === 'keyword' || rule.match === 'collector' ? rule.keywords : rule.match === 'assignment' ? rule.words : [];
    const literal = words[0] ?? key.slice(0, 4);
    const inputs: Array<[string, string]> = [
      ['alphabet run', fill(alphabet)],
      ['literal + alphabet run', literal + fill(alphabet)],
      ['literal repeated', fill(literal)],
      ['literal then long body, repeated', fill(literal + fake(alphabet, 300, 7) + ' ')],
      ['near miss repeated', fill(key.slice(0, -1) + ' ')],
      ['near miss glued', fill(key.slice(0, -1))],
      ['valid examples repeated', fill(rule.examples.positive.map((e) => e.replace(/[«»]/g, '')).join('\n') + '\n')],
      ['context words and near misses', fill(`${literal} secret key ${rule.context?.words[0] ?? ''}: ${key.slice(1)}\n`)],
    ];
    for (const [label, text] of inputs) expectLinear(text, `${rule.id} ${label}`);
  });

  it('generic worst cases stay linear', () => {
    const b64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
    const cases: Array<[string, string]> = [
      ['1 MB of a', fill('a', 1_000_000)],
      ['= x 100k', fill('=', 100_000)],
      ['base64 soup', fake(b64 + '=_-.:', 1_000_000, 3)],
      ['PEM headers', fill('-----BEGIN RSA PRIVATE KEY-----\n')],
      ['PEM without end', `-----BEGIN PRIVATE KEY-----\n${fill('QUJD\n')}`],
      ['eyJ soup', fill('eyJ.')],
      ['digits :AA', fill('12345678:AA')],
      ['escapes', fill('\\u002b&#43;%2B\\/&amp;')],
      ['labels', fill('api_key=secret=token: ')],
      ['quotes and names', fill('"password": "')],
      // Collectors that read around their keyword (a manifest, a command) must read each once.
      ['Secret kinds', fill('kind: Secret\n')],
      ['Secret data entries', `kind: Secret\ndata:\n${fill('  api-token: QUJDREVGR0hJSktM\n')}`],
      ['curl headers', fill('curl -H "Authorization: Bearer ')],
      // Wallet secrets: runs of real words (every window tried against the checksum), word lists,
      // tags and entities between words, number arrays, key-length runs.
      ['BIP-39 words, 250 per line', fill(`${WORDS.slice(0, 250).join(' ')}\n`)],
      ['BIP-39 words, one long run', fill(`${WORDS.slice(0, 2048).join(' ')} `)],
      ['words in tags', fill('<li class="w">abandon</li>&nbsp;')],
      ['numbered words', fill('1. zoo\n')],
      ['number arrays', fill('[1,2,3,250,')],
      ['base58 runs', fill(`${fake('123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz', 111, 5)} `)],
      ['0x hex near private key', fill(`private key: 0x${'ab'.repeat(32)}\n`)],
    ];
    for (const [label, text] of cases) expectLinear(text, label);
  });
});
