// fast-check generators shared by the fuzz tests: keys lifted from the rules' own positive examples,
// near misses built from them, the encodings pages wrap keys in, and the characters that break naive
// scanners (zero-width, lone surrogates, huge runs).
import fc from 'fast-check';
import { RULES } from '../../../src/engine';
import type { Rule } from '../../../src/engine/rules/rule';

/** Every key marked «like this» in the given rules' positive examples. */
export const keysOf = (rules: readonly Rule[]): string[] => [...new Set(rules.flatMap((rule) =>
  rule.examples.positive.flatMap((text) => [...text.matchAll(/«([^»]+)»/g)].map((m) => m[1] ?? '')),
))].filter((k) => k.length > 0);

export const EXAMPLE_KEYS: readonly string[] = keysOf(RULES);

const ZERO_WIDTH = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad'];
const LONE_SURROGATES = ['\ud800', '\udbff', '\udc00', '\udfff'];

export const jsonEscape = (s: string): string =>
  [...s].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('');
export const htmlEntities = (s: string): string => [...s].map((c) => `&#${c.codePointAt(0)};`).join('');
export const htmlHexEntities = (s: string): string => [...s].map((c) => `&#x${c.codePointAt(0)?.toString(16)};`).join('');
export const percentEncode = (s: string): string =>
  [...s].map((c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`).join('');

/** Breaks or disguises a key: the scanner must neither throw nor report outside the text. */
const mutate = (key: string): fc.Arbitrary<string> => fc.oneof(
  fc.nat(key.length).map((i) => key.slice(0, i) + key.slice(i + 1)), // one char short
  fc.tuple(fc.nat(key.length), fc.constantFrom('A', 'z', '0', '_', '-', '+', '/', '=')).map(([i, c]) => key.slice(0, i) + c + key.slice(i)),
  fc.tuple(fc.nat(Math.max(0, key.length - 1)), fc.constantFrom('a', 'Z', '9', '!', ' ')).map(([i, c]) => key.slice(0, i) + c + key.slice(i + 1)),
  fc.constant(key.toUpperCase()),
  fc.constant(key.toLowerCase()),
  fc.nat(key.length).map((n) => key.slice(0, n)),
  fc.constant(key + key),
  fc.tuple(fc.nat(key.length), fc.constantFrom(...ZERO_WIDTH, ...LONE_SURROGATES)).map(([i, c]) => key.slice(0, i) + c + key.slice(i)),
);

/** A key as a page might carry it: plain, escaped, entity-encoded, percent-encoded, split. */
const encode = (key: string): fc.Arbitrary<string> => fc.oneof(
  fc.constant(key),
  fc.constant(jsonEscape(key)),
  fc.constant(htmlEntities(key)),
  fc.constant(htmlHexEntities(key)),
  fc.constant(percentEncode(key)),
  fc.constant(JSON.stringify({ apiKey: key })),
  fc.constant(`<span>${key.slice(0, key.length >> 1)}</span><span>${key.slice(key.length >> 1)}</span>`),
  fc.constant(`"${key.replace(/\//g, '\\/')}"`),
);

export const keyish: fc.Arbitrary<string> = fc.constantFrom(...EXAMPLE_KEYS)
  .chain((key) => fc.oneof(encode(key), mutate(key).chain(encode)));

const surroundings = fc.constantFrom(
  '', ' ', '\n', 'kraken api secret: ', 'apiKey=', 'API-Key: ', '"secret": "', 'Authorization: Bearer ',
  '<img src=x onerror=alert(1)>', '"><script>alert(1)</script>', 'javascript:alert(1)//', '&amp;', '%', '\\u',
  '&#', '«', '»', '\u0000', '\r\n', 'sk_live_', 'ghp_', 'AKIA', '-----BEGIN PRIVATE KEY-----', '==', '//',
);

const hugeRun = fc.tuple(
  fc.constantFrom('A', '=', '0', 'aB3+', '\\u0041', '&#65;', '%41', '\u200b', 'sk_live_', 'ghp_', ' ', '-', '_'),
  fc.integer({ min: 1_000, max: 60_000 }),
).map(([unit, n]) => unit.repeat(Math.ceil(n / unit.length)));

/** One piece of adversarial text; concatenated pieces form the test input. */
export const piece: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: keyish },
  { weight: 3, arbitrary: surroundings },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme-ascii', maxLength: 80 }) },
  { weight: 1, arbitrary: fc.constantFrom(...ZERO_WIDTH, ...LONE_SURROGATES) },
  { weight: 1, arbitrary: fc.base64String({ maxLength: 120 }) },
);

export const adversarialText: fc.Arbitrary<string> = fc.array(piece, { maxLength: 12 }).map((p) => p.join(''));
export const hugeText: fc.Arbitrary<string> = fc.tuple(adversarialText, hugeRun, adversarialText).map((p) => p.join(''));

/** Milliseconds taken by `fn`, and its result. */
export function timed<T>(fn: () => T): { ms: number; value: T } {
  const t = performance.now();
  const value = fn();
  return { ms: performance.now() - t, value };
}
