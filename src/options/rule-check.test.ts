// The options page's rule form: every refused construct named with our reason, fields checked by
// the engine's own compile, and fuzzed patterns and imported files through the same path.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compileRuleSet, runCustomRules, type CustomRule } from '../engine/custom';
import { exportGitleaks, importGitleaks } from '../engine/gitleaks';
import { checkRule, formFromRule, patternProblem, RULE_ERRORS, ruleFromForm, type RuleForm } from './rule-check';

const form: RuleForm = {
  id: 'acme-token', name: '', provider: 'acme', pattern: 'acme_([a-z0-9]{16})', keywords: ' acme_ , ACME ', entropy: '3,5',
  secretGroup: '', severity: 'high', kind: 'token', path: '',
};

describe('rule form', () => {
  it('turns the form into a rule and back', () => {
    const rule = ruleFromForm(form);
    expect(rule).toEqual({ id: 'acme-token', provider: 'acme', pattern: 'acme_([a-z0-9]{16})', severity: 'high', kind: 'token', keywords: ['acme_', 'ACME'], entropy: 3.5 });
    expect(checkRule(rule)).toEqual([]);
    expect(ruleFromForm(formFromRule(rule))).toEqual(rule);
  });

  it.each([
    ['tok(?=en)', 'lookaround', '(?=…)'],
    ['(?<!x)tok', 'lookaround', '(?<!…)'],
    ['(a)\\1', 'backreference', '\\1'],
    ['(?<n>a)\\k<n>', 'backreference', '\\k<n>'],
    ['(?>ab)c', 'backtrackingControl', '(?>'],
    ['a++b', 'backtrackingControl', '++'],
    ['a{1001}', 'tooLarge', '{1001}'],
    ['(abc', 'syntax', '(abc'],
    ['', 'empty', undefined],
  ])('names what is refused in %s', (pattern, code, shown) => {
    const problem = patternProblem(pattern);
    expect(problem?.code).toBe(code);
    if (shown) expect(problem?.args[0]).toBe(shown);
    expect(RULE_ERRORS[problem!.code]).toMatch(/^ruleErr/);
  });

  it('says nothing about a pattern RE2 runs', () => {
    for (const p of ['(?i)acme_[a-z0-9]{32}', '\\bAKIA[0-9A-Z]{16}\\b', '(?P<key>x{2,8})', '[[:alnum:]]+']) expect(patternProblem(p)).toBeUndefined();
  });

  it('checks every field with the engine, in the form’s words', () => {
    const bad = ruleFromForm({ ...form, id: '-x', provider: '', entropy: 'lots', secretGroup: '4', path: '(?=x)' });
    expect(checkRule(bad).map((p) => [p.field, p.code])).toEqual([
      ['id', 'id'], ['provider', 'provider'], ['entropy', 'entropy'], ['secretGroup', 'secretGroup'], ['path', 'lookaround'],
    ]);
    expect(checkRule(ruleFromForm({ ...form, secretGroup: '2' })).find((p) => p.field === 'secretGroup')?.args).toEqual(['1']);
    expect(checkRule(ruleFromForm(form), ['acme-token']).map((p) => p.code)).toEqual(['idTaken']);
  });
});

describe('fuzz: hostile patterns and imported rules through the options path', () => {
  const atom = fc.constantFrom('a', '.', '\\w', '[a-z]', '(?i)', '\\1', '(?=a)', '(?<!b)', '(?>', '\\k<x>', '\\b', '$', 'é', '(', ')', '[', '\\');
  const quant = fc.constantFrom('', '*', '+', '?', '{2}', '{0,3}', '++', '*?', '{1001}', '{99999}');
  const pattern = fc.array(fc.tuple(atom, quant).map(([a, q]) => a + q), { minLength: 1, maxLength: 10 }).map((p) => p.join(''));

  it('a pattern either compiles or gets a reason the page can show; the options page and the worker agree', () => {
    fc.assert(
      fc.property(pattern, (p) => {
        const problem = patternProblem(p);
        const { problems } = compileRuleSet({ rules: [{ id: 'r', provider: 'p', pattern: p, severity: 'high', kind: 'token' }] });
        expect(problem === undefined).toBe(problems.length === 0);
        if (problem) expect(Object.hasOwn(RULE_ERRORS, problem.code)).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('an imported .gitleaks.toml with any patterns: rules either pass the form’s check and run in bounded time, or are refused', () => {
    const text = 'a'.repeat(20_000) + ' acme_' + 'x'.repeat(40) + '\n'.repeat(50);
    fc.assert(
      fc.property(fc.array(pattern, { minLength: 1, maxLength: 4 }), (patterns) => {
        const rules: CustomRule[] = patterns.map((p, i) => ({ id: `r${i}`, provider: 'acme', pattern: p, severity: 'high', kind: 'secret' }));
        const report = importGitleaks(exportGitleaks({ rules }));
        expect(report.imported).toEqual(rules.map((r) => r.id));
        for (const rule of report.ruleSet.rules) {
          if (checkRule(rule).length > 0) continue;
          const t0 = performance.now();
          runCustomRules(text, [], compileRuleSet({ rules: [rule] }).compiled);
          expect(performance.now() - t0).toBeLessThan(2_000);
        }
      }),
      { numRuns: 60 },
    );
  });
});
