// Custom rules: compilation (what is refused and why), matching semantics (secret group,
// keywords, entropy, allowlists), coexistence with built-in findings, and linear time on hostile
// patterns and huge inputs.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compilePattern, compileRuleSet, runCustomRules, type CustomRule, type CustomRuleSet } from '../../../src/engine/custom';
import { scan } from '../../../src/engine/index';
import { fakeKeys } from '../../support/keys';
import { BASE62 } from '../../support/random';

const keys = fakeKeys(16);
const token = () => `wid_${keys.chars(BASE62, 28)}`; // an in-house token format we made up
const RULE: CustomRule = {
  id: 'widgetco-deploy-token',
  name: 'WidgetCo deploy token',
  provider: 'widgetco',
  pattern: '\\b(wid_[A-Za-z0-9]{28})\\b',
  keywords: ['wid_'],
  severity: 'critical',
  kind: 'token',
};

function run(text: string, set: CustomRuleSet, path?: string) {
  const { compiled, problems } = compileRuleSet(set);
  expect(problems).toEqual([]);
  return runCustomRules(text, scan(text, { salt: 's' }), compiled, { salt: 's', ...(path ? { path } : {}) });
}

describe('compileRuleSet', () => {
  it.each([
    ['(a+)\\1', /back-references are not supported/],
    ['(?=tok)tok_\\w+', /lookahead and lookbehind are not supported/],
    ['(?<!x)tok', /lookahead and lookbehind are not supported/],
    ['(?:a{500}){500}', /too large to run in bounded time/],
    ['tok_[', /not a valid RE2 pattern/],
    ['', /empty/],
    ['x'.repeat(5000), /longer than 4096/],
  ])('refuses %s with the reason', (pattern, reason) => {
    const { compiled, problems } = compileRuleSet({ rules: [{ ...RULE, pattern }] });
    expect(compiled.rules).toHaveLength(0);
    expect(problems).toEqual([expect.objectContaining({ rule: RULE.id, field: 'pattern', reason: expect.stringMatching(reason) })]);
  });

  it('checks every field and names it', () => {
    const { problems } = compileRuleSet({
      rules: [{ id: 'bad id!', provider: '', pattern: 'x(y)', severity: 'urgent', kind: 'password', secretGroup: 2, entropy: -1, keywords: 'x' }],
    });
    expect(problems.map((p) => p.field).sort()).toEqual(['entropy', 'id', 'keywords', 'kind', 'provider', 'secretGroup', 'severity']);
    expect(compileRuleSet({ rules: [RULE, RULE] }).problems).toEqual([{ rule: RULE.id, field: 'id', reason: 'two rules have this id' }]);
    expect(compileRuleSet('nope').problems[0]?.field).toBe('rules');
  });

  it('runs Go/RE2 syntax as written: inline flags, named groups, \\z', () => {
    for (const pattern of ['(?i)tok_[a-z]+\\z', '(?P<secret>tok_\\w+)', '(?<secret>tok_\\w+)', '(?s:a.b)', '\\Qa.b\\E']) {
      expect(typeof compilePattern(pattern), pattern).toBe('object');
    }
  });
});

describe('runCustomRules', () => {
  it('reports an in-house token as an ordinary finding: provider label, redacted, salted fingerprint', () => {
    const t = token();
    const text = `deploy:\n  token: ${t}\n`;
    const [f] = run(text, { rules: [RULE] });
    expect(f).toMatchObject({ rule: RULE.id, provider: 'widgetco', kind: 'token', severity: 'critical', example: false, source: 'text' });
    expect(text.slice(f!.start, f!.end)).toBe(t);
    expect(f!.redacted).not.toContain(t.slice(4, 12));
    expect(f!.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(run(text, { rules: [RULE] })[0]?.fingerprint).toBe(f!.fingerprint);
  });

  it('takes the secret from secretGroup, else the first non-empty group, else the whole match', () => {
    const t = token();
    const text = `WIDGET_TOKEN = "${t}"`;
    const whole = { ...RULE, pattern: 'WIDGET_TOKEN = "wid_[A-Za-z0-9]{28}"' };
    const grouped = { ...RULE, pattern: '(WIDGET)_TOKEN = "(wid_[A-Za-z0-9]{28})"' };
    expect(text.slice(run(text, { rules: [whole] })[0]!.start)).toBe(text);
    expect(text.slice(...span(run(text, { rules: [grouped] })[0]!))).toBe('WIDGET');
    expect(text.slice(...span(run(text, { rules: [{ ...grouped, secretGroup: 2 }] })[0]!))).toBe(t);
    expect(text.slice(...span(run(text, { rules: [{ ...grouped, secretGroup: 0 }] })[0]!))).toBe(text);
  });

  it('needs a keyword somewhere in the text (case-insensitive) and more entropy than the minimum', () => {
    const t = token();
    expect(run(`x ${t}`, { rules: [{ ...RULE, keywords: ['deploy'] }] })).toHaveLength(0);
    expect(run(`DEPLOY ${t}`, { rules: [{ ...RULE, keywords: ['deploy'] }] })).toHaveLength(1);
    expect(run(`x ${t}`, { rules: [{ ...RULE, entropy: 6 }] })).toHaveLength(0);
    expect(run(`x ${t}`, { rules: [{ ...RULE, entropy: 3 }] })).toHaveLength(1);
  });

  it('marks placeholders as not counted, like built-in rules', () => {
    const [f] = run('token: wid_xxxxxxxxxxxxxxxxxxxxxxxxxxxx', { rules: [RULE] });
    expect(f).toMatchObject({ severity: 'info', example: true, notCounted: 'placeholder' });
  });

  it('honours rule and global allowlists: regexes (secret, match, line), paths, stopwords, and/or', () => {
    const t = token();
    const text = `# fixture\nTOKEN=${t}\n`;
    const cases: [CustomRuleSet, string | undefined, number][] = [
      [{ rules: [{ ...RULE, allowlists: [{ regexes: [`^${t}$`] }] }] }, undefined, 0],
      [{ rules: [{ ...RULE, allowlists: [{ regexes: ['^TOKEN='], regexTarget: 'match' }] }] }, undefined, 1],
      [{ rules: [{ ...RULE, pattern: 'TOKEN=(wid_\\w+)', allowlists: [{ regexes: ['^TOKEN='], regexTarget: 'match' }] }] }, undefined, 0],
      [{ rules: [{ ...RULE, allowlists: [{ regexes: ['^TOKEN='], regexTarget: 'line' }] }] }, undefined, 0],
      [{ rules: [RULE], allowlists: [{ paths: ['(?:^|/)testdata/'] }] }, 'pkg/testdata/a.env', 0],
      [{ rules: [RULE], allowlists: [{ paths: ['(?:^|/)testdata/'] }] }, 'pkg/src/a.env', 1],
      [{ rules: [RULE], allowlists: [{ stopwords: [t.slice(4, 14).toUpperCase()] }] }, undefined, 0],
      [{ rules: [RULE], allowlists: [{ condition: 'and', paths: ['testdata/'], stopwords: [t.slice(4, 14)] }] }, 'src/a', 1],
      [{ rules: [RULE], allowlists: [{ condition: 'and', paths: ['testdata/'], stopwords: [t.slice(4, 14)] }] }, 'testdata/a', 0],
      [{ rules: [{ ...RULE, path: '\\.env$' }] }, 'config.yml', 0],
      [{ rules: [{ ...RULE, path: '\\.env$' }] }, 'prod.env', 1],
    ];
    for (const [set, path, count] of cases) expect(run(text, set, path), JSON.stringify([set, path])).toHaveLength(count);
  });

  it('takes a key from the generic rules, which cannot say whose it is', () => {
    const t = keys.chars(BASE62, 32);
    const text = `WIDGETCO_API_TOKEN=${t}\n`;
    expect(scan(text).map((f) => f.rule)).toEqual(['generic-named-secret']);
    const ours = { ...RULE, pattern: 'WIDGETCO_API_TOKEN=([A-Za-z0-9]{32})', keywords: ['widgetco'] };
    expect(run(text, { rules: [ours] }).map((f) => [f.rule, text.slice(f.start, f.end)])).toEqual([[RULE.id, t]]);
  });

  it('never changes a built-in finding of a known provider: an overlapping custom match is dropped', () => {
    const gh = keys.github();
    const text = `GITHUB_TOKEN=${gh}\n`;
    const builtIn = scan(text, { salt: 's' });
    expect(builtIn).toHaveLength(1);
    const greedy = { ...RULE, pattern: '[A-Za-z0-9_]{30,}', keywords: [] };
    expect(run(text, { rules: [greedy] })).toEqual(builtIn);
  });

  it('a global allowlist silences built-in findings too', () => {
    const gh = keys.github();
    const text = `GITHUB_TOKEN=${gh}\n`;
    expect(run(text, { rules: [], allowlists: [{ paths: ['^vendor/'] }] }, 'vendor/x.env')).toEqual([]);
    expect(run(text, { rules: [], allowlists: [{ paths: ['^vendor/'] }] }, 'src/x.env')).toHaveLength(1);
  });

  it('gives one finding per span: the first rule wins', () => {
    const t = token();
    const other = { ...RULE, id: 'second', provider: 'other' };
    expect(run(`x ${t}`, { rules: [RULE, other] }).map((f) => f.rule)).toEqual([RULE.id]);
  });
});

describe('custom rules stay linear on hostile patterns and inputs', () => {
  // Classic catastrophic-backtracking shapes: exponential in a backtracking engine, linear in RE2.
  const HOSTILE = ['(a+)+$', '(a|a)*b', '(a|aa)+c', '(.*a){20}', '(\\w+\\s?)+$', '^(a+)+\\z', '(x+x+)+y'];

  it('runs each on 256 KB of adversarial text in bounded time', () => {
    const text = 'a'.repeat(1 << 18) + '!';
    for (const pattern of HOSTILE) {
      const { compiled, problems } = compileRuleSet({ rules: [{ ...RULE, pattern, keywords: [] }] });
      expect(problems, pattern).toEqual([]);
      const t0 = performance.now();
      runCustomRules(text, [], compiled);
      // A backtracking engine needs longer than the age of the universe here; RE2 ~0.3 s.
      expect(performance.now() - t0, pattern).toBeLessThan(5_000);
    }
  });

  it('fuzz: any pattern either compiles or is refused with a reason, and never throws while scanning', () => {
    const atom = fc.constantFrom('a', 'b', '.', '\\w', '\\d', '[a-z]', '[^b]', '\\b', '^', '$', '(?i)', '\\1', '(?=a)', '\\z', 'é');
    const quant = fc.constantFrom('', '*', '+', '?', '{2}', '{0,3}', '*?', '{1000}');
    const piece = fc.tuple(atom, quant).map(([a, q]) => a + q);
    const pattern = fc.array(fc.oneof(piece, piece.map((p) => `(${p})`), fc.tuple(piece, piece).map(([x, y]) => `(?:${x}|${y})+`)), { minLength: 1, maxLength: 8 }).map((ps) => ps.join(''));
    fc.assert(
      fc.property(pattern, fc.string({ maxLength: 300 }), (p, text) => {
        const { compiled, problems } = compileRuleSet({ rules: [{ ...RULE, pattern: p, keywords: [] }] });
        if (problems.length > 0) {
          expect(problems[0]!.reason.length).toBeGreaterThan(10);
          return;
        }
        for (const f of runCustomRules(text, [], compiled)) {
          expect(f.start).toBeGreaterThanOrEqual(0);
          expect(f.end).toBeGreaterThan(f.start);
          expect(f.end).toBeLessThanOrEqual(text.length);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('time grows linearly with the input (4× the text, at most ~6× the time)', () => {
    const { compiled } = compileRuleSet({ rules: [{ ...RULE, pattern: '(\\w+\\s?)+$', keywords: [] }] });
    const cost = (n: number) => {
      const text = 'word '.repeat(n) + '!';
      const t0 = performance.now();
      runCustomRules(text, [], compiled);
      return performance.now() - t0;
    };
    // The fastest of three runs per size: a busy machine only ever adds time, and this is a bound, not a figure.
    const fastest = (n: number) => Math.min(cost(n), cost(n), cost(n));
    cost(20_000); // warm-up
    const small = Math.max(fastest(50_000), 1);
    expect(fastest(200_000) / small).toBeLessThan(12); // quadratic would be ~16×, exponential never ends
  });
});

function span(f: { start: number; end: number }): [number, number] {
  return [f.start, f.end];
}
