// gitleaks' configuration format (.gitleaks.toml), read into custom rules and written back.
// gitleaks patterns are Go regexp syntax, which is RE2: re2js runs them as written, so a rule is
// converted only in its structure (deprecated tables, targeted allowlists, keys gitleaks spells in
// any case). What keywarden cannot honour is listed, never silently dropped. A .gitleaks.toml may
// also carry keywarden's own keys on a rule (provider, severity, kind, name): gitleaks ignores
// unknown keys, so one file serves both tools.
import { parse, stringify, type TomlTable } from 'smol-toml';
import type { CustomAllowlist, CustomRule, CustomRuleSet } from './custom';
import type { Kind, Severity } from './types';

export interface ImportNote {
  /** Rule id, or '*' for the file as a whole. */
  rule: string;
  what: string;
}

export interface ImportReport {
  ruleSet: CustomRuleSet;
  /** Ids of the rules taken in (they may still be refused by compileRuleSet). */
  imported: string[];
  /** What was changed in form to fit keywarden (meaning kept). */
  converted: ImportNote[];
  /** What was left out, and why (features that do not apply to keywarden). */
  skipped: ImportNote[];
}

/** Severity and kind of an imported rule that does not say (gitleaks has neither). */
export const IMPORT_DEFAULTS: { severity: Severity; kind: Kind } = { severity: 'high', kind: 'secret' };

/** TOML keys are matched case-insensitively, as gitleaks (viper) does: secretGroup = secretgroup. */
function lowerKeys(table: TomlTable): Record<string, unknown> {
  return Object.fromEntries(Object.entries(table).map(([k, v]) => [k.toLowerCase(), v]));
}

const asTables = (v: unknown): TomlTable[] =>
  v === undefined ? [] : (Array.isArray(v) ? v : [v]).filter((t): t is TomlTable => typeof t === 'object' && t !== null && !Array.isArray(t));

const strings = (v: unknown): string[] | undefined =>
  Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string') : undefined;

function allowlistFrom(table: TomlTable, rule: string, report: ImportReport): CustomAllowlist | null {
  const t = lowerKeys(table);
  const out: CustomAllowlist = {};
  if (typeof t.description === 'string') out.description = t.description;
  const condition = typeof t.condition === 'string' ? t.condition.toUpperCase() : 'OR';
  if (condition === 'AND' || condition === '&&') out.condition = 'and';
  else if (condition !== 'OR' && condition !== '||') {
    report.skipped.push({ rule, what: `allowlist with unknown condition '${String(t.condition)}'` });
    return null;
  }
  if (typeof t.regextarget === 'string' && t.regextarget !== 'secret') out.regexTarget = t.regextarget as CustomAllowlist['regexTarget'];
  for (const key of ['regexes', 'paths', 'stopwords'] as const) {
    const list = strings(t[key]);
    if (list && list.length > 0) out[key] = list;
  }
  if (strings(t.commits)?.length) {
    report.skipped.push({ rule, what: 'allowlist commits: keywarden scans files, not git history' });
  }
  if (!out.regexes && !out.paths && !out.stopwords) return null;
  return out;
}

/** A provider label from a rule id: 'acme-internal-token' → 'acme'. */
function providerFromId(id: string): string {
  return id.split(/[-_.:/]/)[0] || id;
}

/** Reads a .gitleaks.toml. Throws (TomlError) when the file is not TOML at all. */
export function importGitleaks(toml: string): ImportReport {
  const doc = lowerKeys(parse(toml));
  const report: ImportReport = { ruleSet: { rules: [] }, imported: [], converted: [], skipped: [] };

  const extend = doc.extend as TomlTable | undefined;
  if (extend && (extend.useDefault === true || extend.usedefault === true || extend.path || extend.url)) {
    report.skipped.push({
      rule: '*',
      what: "[extend]: gitleaks' default rules are not imported; keywarden's built-in rules cover those providers",
    });
  }

  // Global allowlists: the deprecated [allowlist] table and [[allowlists]]; those with targetRules belong to rules.
  const targeted = new Map<string, CustomAllowlist[]>();
  const globals: CustomAllowlist[] = [];
  if (doc.allowlist !== undefined) report.converted.push({ rule: '*', what: '[allowlist] (deprecated form) read as [[allowlists]]' });
  for (const table of [...asTables(doc.allowlist), ...asTables(doc.allowlists)]) {
    const list = allowlistFrom(table, '*', report);
    if (!list) continue;
    const targets = strings(lowerKeys(table).targetrules) ?? [];
    if (targets.length === 0) globals.push(list);
    for (const id of targets) targeted.set(id, [...(targeted.get(id) ?? []), list]);
  }
  if (globals.length > 0) {
    report.ruleSet.allowlists = globals;
    report.converted.push({ rule: '*', what: 'global allowlists apply to every finding, built-in rules included' });
  }

  for (const table of asTables(doc.rules)) {
    const t = lowerKeys(table);
    const id = typeof t.id === 'string' ? t.id : '';
    const label = id || '(rule without id)';
    if (typeof t.regex !== 'string' || t.regex === '') {
      report.skipped.push({ rule: label, what: 'no regex: path-only rules report files, not keys' });
      continue;
    }
    if (t.required !== undefined) {
      report.skipped.push({ rule: label, what: '[[rules.required]] (composite rules) is not supported' });
      continue;
    }
    if (t.skipreport === true) {
      report.skipped.push({ rule: label, what: 'skipReport: a rule that only feeds composite rules reports nothing' });
      continue;
    }
    const rule: CustomRule = {
      id,
      provider: typeof t.provider === 'string' ? t.provider : providerFromId(id),
      pattern: t.regex,
      severity: (typeof t.severity === 'string' ? t.severity : IMPORT_DEFAULTS.severity) as Severity,
      kind: (typeof t.kind === 'string' ? t.kind : IMPORT_DEFAULTS.kind) as Kind,
    };
    const name = typeof t.name === 'string' ? t.name : typeof t.description === 'string' ? t.description : undefined;
    if (name) rule.name = name;
    if (t.secretgroup !== undefined) rule.secretGroup = t.secretgroup as number;
    const keywords = strings(t.keywords);
    if (keywords?.length) rule.keywords = keywords;
    if (typeof t.entropy === 'number' && t.entropy > 0) rule.entropy = t.entropy;
    if (typeof t.path === 'string' && t.path !== '') rule.path = t.path;

    const changes: string[] = [];
    if (typeof t.provider !== 'string') changes.push(`provider '${rule.provider}' taken from the id`);
    if (typeof t.severity !== 'string') changes.push(`severity ${rule.severity} by default`);
    if (typeof t.kind !== 'string') changes.push(`kind ${rule.kind} by default`);
    if (t.allowlist !== undefined) changes.push('[rules.allowlist] (deprecated form) read as [[rules.allowlists]]');
    const lists = [...asTables(t.allowlist), ...asTables(t.allowlists)]
      .map((a) => allowlistFrom(a, label, report))
      .filter((a): a is CustomAllowlist => a !== null);
    const extra = targeted.get(id);
    if (extra) {
      lists.push(...extra);
      changes.push(`${extra.length} [[allowlists]] with targetRules attached to the rule`);
    }
    if (lists.length > 0) rule.allowlists = lists;
    if (changes.length > 0) report.converted.push({ rule: label, what: changes.join('; ') });
    report.ruleSet.rules.push(rule);
    report.imported.push(label);
  }
  for (const id of targeted.keys()) {
    if (!report.imported.includes(id)) report.skipped.push({ rule: id, what: '[[allowlists]] targetRules names a rule that is not imported' });
  }
  return report;
}

function allowlistTable(a: CustomAllowlist): TomlTable {
  const t: TomlTable = {};
  if (a.description) t.description = a.description;
  if (a.condition === 'and') t.condition = 'AND';
  if (a.regexTarget && a.regexTarget !== 'secret') t.regexTarget = a.regexTarget;
  if (a.regexes?.length) t.regexes = a.regexes;
  if (a.paths?.length) t.paths = a.paths;
  if (a.stopwords?.length) t.stopwords = a.stopwords;
  return t;
}

/**
 * Writes a rule set as a .gitleaks.toml that gitleaks reads as is and importGitleaks reads back
 * to the same rule set (keywarden's own keys ride along; gitleaks ignores them).
 */
export function exportGitleaks(set: CustomRuleSet): string {
  const doc: TomlTable = {};
  if (set.allowlists?.length) doc.allowlists = set.allowlists.map(allowlistTable);
  doc.rules = set.rules.map((r) => {
    const t: TomlTable = { id: r.id };
    if (r.name) t.description = r.name;
    t.regex = r.pattern;
    if (r.secretGroup !== undefined) t.secretGroup = r.secretGroup;
    if (r.entropy !== undefined) t.entropy = r.entropy;
    if (r.keywords?.length) t.keywords = r.keywords;
    if (r.path) t.path = r.path;
    t.provider = r.provider;
    t.severity = r.severity;
    t.kind = r.kind;
    if (r.allowlists?.length) t.allowlists = r.allowlists.map(allowlistTable);
    return t;
  });
  return stringify(doc) + '\n';
}
