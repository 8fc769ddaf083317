// .gitleaks.toml import and export: what is imported, converted, skipped; round trip; fuzzed tables.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { stringify } from 'smol-toml';
import { compileRuleSet, runCustomRules } from '../../../src/engine/custom';
import { exportGitleaks, importGitleaks } from '../../../src/engine/gitleaks';

// A team's config as such files look in the wild: extends the defaults, adds in-house formats,
// with both allowlist spellings. Written for these tests.
const TEAM_CONFIG = `
title = "orbitdesk secrets policy"

[extend]
useDefault = true

[allowlist]
description = "generated and vendored code"
paths = ['''(?:^|/)third_party/''', '''\\.lock$''']
stopwords = ["sandbox"]

[[rules]]
id = "orbitdesk-service-token"
description = "OrbitDesk internal service token"
regex = '''\\b(odsk_(?:live|stage)_[0-9a-zA-Z]{32})(?:['"\\s;]|\\z)'''
keywords = ["odsk_"]
entropy = 3.2
tags = ["internal"]
[[rules.allowlists]]
description = "the documented example token"
regexes = ['''odsk_live_0{32}''']

[[rules]]
id = "orbitdesk-db-password"
description = "Database password in OrbitDesk deploy manifests"
regex = '''(?i)orbit_?db_?pass(?:word)?\\s*[:=]\\s*["']?(?P<pw>[^\\s"']{12,64})'''
secretGroup = 1
keywords = ["orbit_db", "orbitdb"]
path = '''(?i)\\.(?:ya?ml|env)$'''
provider = "OrbitDesk"
severity = "critical"
kind = "secret"
[rules.allowlist]
regexTarget = "line"
regexes = ['''#\\s*example''']
commits = ["3f2a9c1"]

[[rules]]
id = "pem-file"
description = "private key files by name"
path = '''\\.pem$'''

[[allowlists]]
targetRules = ["orbitdesk-service-token"]
condition = "AND"
paths = ['''^docs/''']
stopwords = ["demo"]
`;

describe('importGitleaks', () => {
  const report = importGitleaks(TEAM_CONFIG);

  it('imports the rules with regexes, and says what it converted and skipped', () => {
    expect(report.imported).toEqual(['orbitdesk-service-token', 'orbitdesk-db-password']);
    expect(report.skipped.map((n) => `${n.rule}: ${n.what}`)).toEqual([
      expect.stringMatching(/^\*: \[extend\]/),
      expect.stringMatching(/^orbitdesk-db-password: allowlist commits/),
      expect.stringMatching(/^pem-file: no regex: path-only rules/),
    ]);
    const converted = report.converted.map((n) => `${n.rule}: ${n.what}`).join('\n');
    expect(converted).toContain('*: [allowlist] (deprecated form)');
    expect(converted).toContain("orbitdesk-service-token: provider 'orbitdesk' taken from the id");
    expect(converted).toContain('1 [[allowlists]] with targetRules attached');
    expect(converted).toContain('orbitdesk-db-password: [rules.allowlist] (deprecated form)');
  });

  it('keeps each field’s meaning', () => {
    const [svc, db] = report.ruleSet.rules;
    expect(svc).toMatchObject({ provider: 'orbitdesk', severity: 'high', kind: 'secret', entropy: 3.2, keywords: ['odsk_'], name: 'OrbitDesk internal service token' });
    expect(svc?.allowlists).toEqual([
      { description: 'the documented example token', regexes: ['odsk_live_0{32}'] },
      { condition: 'and', paths: ['^docs/'], stopwords: ['demo'] },
    ]);
    expect(db).toMatchObject({ provider: 'OrbitDesk', severity: 'critical', secretGroup: 1, path: '(?i)\\.(?:ya?ml|env)$' });
    expect(db?.allowlists).toEqual([{ regexTarget: 'line', regexes: ['#\\s*example'] }]);
    expect(report.ruleSet.allowlists).toEqual([{ description: 'generated and vendored code', paths: ['(?:^|/)third_party/', '\\.lock$'], stopwords: ['sandbox'] }]);
    expect(compileRuleSet(report.ruleSet).problems).toEqual([]);
  });

  it('finds what the rules describe, and honours their allowlists', () => {
    const { compiled } = compileRuleSet(report.ruleSet);
    const live = 'odsk_live_Q7wE3rT9yU1iO5pA2sD8fG4hJ6kL0zXc';
    const text = `svc: ${live}\ndoc: odsk_live_${'0'.repeat(32)}\norbit_db_password: "Vt8#qLm2@Wz5nR"\norbitdb_pass = "Hy4$kPq9!Ds2xJ" # example\n`;
    const found = runCustomRules(text, [], compiled, { path: 'deploy/prod.yaml' });
    expect(found.map((f) => [f.rule, text.slice(f.start, f.end)])).toEqual([
      ['orbitdesk-service-token', live],
      ['orbitdesk-db-password', 'Vt8#qLm2@Wz5nR'],
    ]);
    expect(runCustomRules(text, [], compiled, { path: 'deploy/prod.json' }).map((f) => f.rule)).toEqual(['orbitdesk-service-token']);
    expect(runCustomRules(text, [], compiled, { path: 'third_party/x/prod.yaml' })).toEqual([]);
  });

  it('round-trips: export, then import, gives the same rule set (and gitleaks keys)', () => {
    const toml = exportGitleaks(report.ruleSet);
    expect(toml).toContain('[[rules]]');
    expect(toml).toContain('secretGroup = 1');
    const again = importGitleaks(toml);
    expect(again.ruleSet).toEqual(report.ruleSet);
    expect(again.skipped).toEqual([]);
    expect(exportGitleaks(again.ruleSet)).toBe(toml);
  });

  it('reads keys in any case, as gitleaks does', () => {
    const r = importGitleaks(`[[rules]]\nID = "x-tok"\nRegex = 'x_[a-z]{8}'\nSecretGroup = 0\nKeyWords = ["x_"]\n`);
    expect(r.ruleSet.rules[0]).toMatchObject({ id: 'x-tok', pattern: 'x_[a-z]{8}', secretGroup: 0, keywords: ['x_'] });
  });

  it('throws a TOML error with a position on a broken file', () => {
    expect(() => importGitleaks('[[rules]\nid = 1')).toThrow(/Invalid TOML document[\s\S]*1: {2}\[\[rules\]/);
  });

  it('fuzz: any table shape imports without throwing and compiles to rules or reasons', () => {
    const value = fc.oneof(fc.string({ maxLength: 20 }), fc.integer(), fc.double({ noNaN: true }), fc.boolean(), fc.array(fc.string({ maxLength: 12 }), { maxLength: 3 }));
    const regex = fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom('(a+)+$', '(?=x)y', '\\1(a)', 'tok_[a-z]{4}', '(?i)ab\\z', '[', '(?P<x>a)'));
    const allow = fc.record({ regexes: fc.array(regex, { maxLength: 2 }), paths: fc.array(regex, { maxLength: 2 }), stopwords: fc.array(fc.string({ maxLength: 8 }), { maxLength: 2 }), condition: fc.constantFrom('OR', 'and', '&&', 'xor'), regexTarget: fc.constantFrom('secret', 'match', 'line', 'word') }, { requiredKeys: [] });
    const rule = fc.record({ id: fc.string({ maxLength: 12 }), regex, secretGroup: fc.integer({ min: -1, max: 3 }), entropy: fc.double({ min: -1, max: 9, noNaN: true }), keywords: fc.array(fc.string({ maxLength: 6 }), { maxLength: 2 }), path: regex, severity: value, kind: value, allowlists: fc.array(allow, { maxLength: 2 }) }, { requiredKeys: [] });
    fc.assert(
      fc.property(fc.array(rule, { maxLength: 4 }), fc.array(allow, { maxLength: 2 }), fc.string({ maxLength: 200 }), (rules, allowlists, text) => {
        const report = importGitleaks(stringify({ rules, allowlists }));
        const { compiled, problems } = compileRuleSet(report.ruleSet);
        expect(compiled.rules.length + problems.length + report.skipped.length).toBeGreaterThanOrEqual(0);
        for (const p of problems) expect(p.reason).not.toBe('');
        runCustomRules(text, [], compiled, { path: 'a/b.env' });
      }),
      { numRuns: 200 },
    );
  });
});
