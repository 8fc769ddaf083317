// A provider is one file in ./providers/: this fails when a file is not registered or misses a
// piece (facts, rules, examples, a way for each rule to fire). rules.test.ts then runs every
// example through scan(); ../ui/providers.test.ts checks the locales translate each provider.
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { B64_MAX } from './prefilter';
import { CATALOG } from './providers';
import { RULES, TIE_ORDER } from './rules';
import { afterScheme, type Rule } from './rules/rule';

const DIR = join(__dirname, 'providers');
const camel = (slug: string): string => slug.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());
const keyOf = (example: string): string => example.slice(example.indexOf('«') + 1, example.indexOf('»'));

describe('provider files', () => {
  const files = readdirSync(DIR).filter((f) => f.endsWith('.ts') && f !== 'index.ts' && !f.endsWith('.test.ts'));
  const lines = readFileSync(join(DIR, 'index.ts'), 'utf8').split('\n').filter((l) => l.startsWith('export'));

  it('are each listed once in providers/index.ts, alphabetically, under their slug', () => {
    const expected = files.map((f) => f.slice(0, -3)).sort().map((slug) => `export { default as ${camel(slug)} } from './${slug}';`);
    expect(lines).toEqual(expected);
    expect(CATALOG.map((p) => `${p.slug}.ts`).sort()).toEqual([...files].sort());
  });

  it.each(CATALOG.map((p) => [p.slug, p] as const))('%s declares every fact', (slug, p) => {
    expect(slug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    expect(p.name.trim()).not.toBe('');
    // A credential type (private key, JWT) has no provider site; every service has at least one.
    if (p.credentialType) expect(p.domains).toEqual([]);
    else expect(p.domains.length).toBeGreaterThan(0);
    for (const d of p.domains) expect(d).toMatch(/^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/);
    // Where the owner replaces the key, or a stated reason there is no such page.
    expect(Boolean(p.keysUrl) !== Boolean(p.noKeysUrl), 'keysUrl xor noKeysUrl').toBe(true);
    if (p.keysUrl) expect(p.keysUrl).toMatch(/^https:\/\/[a-z0-9.-]+\//);
    if (p.noKeysUrl) expect(p.noKeysUrl.length).toBeGreaterThan(20);
    expect(p.canDo.length).toBeGreaterThan(20);
    expect(p.canDo).toMatch(/\.$/);
    if (p.keysPath !== undefined) expect(p.keysPath.trim()).not.toBe('');
    if (p.badge !== undefined) expect(p.badge).toMatch(/^#[0-9a-f]{6}$/);
    if (p.detector) expect(existsSync(join(__dirname, '../..', p.detector)), p.detector).toBe(true);
    else expect(p.rules.length, 'at least one rule').toBeGreaterThan(0);
    for (const r of p.rules) expect(r.provider).toBe(slug);
  });
});

/** What makes a rule fire at all; a rule that fails this can never report. */
function trigger(rule: Rule): void {
  switch (rule.match) {
    case 'keyword':
    case 'collector':
      expect(rule.keywords.length, 'keywords').toBeGreaterThan(0);
      for (const k of rule.keywords) expect(k.length, 'keyword length').toBeGreaterThanOrEqual(2);
      break;
    case 'run':
      expect(rule.run.min).toBeGreaterThan(0);
      expect(rule.run.max).toBeGreaterThanOrEqual(rule.run.min);
      break;
    case 'shape':
      expect(rule.lengths.length, 'lengths').toBeGreaterThan(0);
      for (const n of rule.lengths) expect(Number.isInteger(n) && n > 0 && n <= B64_MAX, `length ${n}`).toBe(true);
      // Tested against whole runs: anchored at both ends, and stateless (no 'g' or 'y').
      expect(rule.pattern.source).toMatch(/^\^.*\$$/);
      expect(rule.pattern.global || rule.pattern.sticky).toBe(false);
      break;
    case 'assignment':
      expect(rule.words.length, 'words').toBeGreaterThan(0);
      break;
  }
  // exec() loops over the text: without 'g' it would never advance.
  if (rule.match === 'keyword' || rule.match === 'run' || rule.match === 'assignment') expect(rule.pattern.global).toBe(true);
}

describe.each(RULES.map((r) => [r.id, r] as const))('rule %s', (id, rule) => {
  it('is unique, can fire, and has positive and negative examples', () => {
    expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    expect(RULES.filter((r) => r.id === id)).toHaveLength(1);
    // A variant is a rule id the provider reports under; no other provider may use it.
    for (const v of rule.variants ?? []) {
      const owners = RULES.filter((r) => r.id === v || r.variants?.includes(v)).map((r) => r.provider);
      expect(new Set(owners), v).toEqual(new Set([rule.provider]));
    }
    trigger(rule);
    expect(rule.examples.positive.length).toBeGreaterThan(0);
    expect(rule.examples.negative.length).toBeGreaterThan(0);
    for (const e of rule.examples.positive) expect(e.split('«').length === 2 && e.indexOf('«') < e.indexOf('»'), e).toBe(true);
  });

  it('is triggered by its own positive examples', () => {
    for (const example of rule.examples.positive) {
      const key = keyOf(example);
      if (rule.match === 'shape') {
        expect(rule.lengths, key).toContain(key.length);
        expect(rule.pattern.test(key), key).toBe(true);
      }
      if (rule.match === 'keyword') {
        // The whole match (the key, or the key with its name, as AccountKey=…) holds a keyword;
        // a token as a URL's user is matched by the pattern's variant after '://'.
        const text = example.replace(/[«»]/g, '');
        const patterns = [rule.pattern, afterScheme(rule.pattern)].filter((p) => p !== null);
        const match = patterns.flatMap((p) => [...text.matchAll(p)]).find((m) => (m[1] ?? m[0]) === key);
        expect(match, key).toBeDefined();
        expect(rule.keywords.some((k) => match?.[0].includes(k)), key).toBe(true);
      }
    }
  });
});

describe('rule order', () => {
  it('ranks only providers that exist, each once', () => {
    const slugs = new Set(CATALOG.map((p) => p.slug));
    expect(TIE_ORDER.filter((s) => !slugs.has(s))).toEqual([]);
    expect(new Set(TIE_ORDER).size).toBe(TIE_ORDER.length);
  });
});
