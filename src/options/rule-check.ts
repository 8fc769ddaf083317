// The custom-rule form, pure: form text → CustomRule, and every problem with it as a message key
// (en and it) plus what to show in it, so the page explains a refused pattern in our own words:
// which construct, and why RE2 (linear time, no backtracking) does not run it.
import { compilePattern, compileRuleSet, MAX_PATTERN_LENGTH, type CustomRule } from '../engine/custom';
import type { Kind, Severity } from '../engine/types';

export const RULE_FIELDS = ['id', 'name', 'provider', 'pattern', 'keywords', 'entropy', 'secretGroup', 'severity', 'kind', 'path'] as const;
export type RuleField = (typeof RULE_FIELDS)[number];

/** The form as typed: every field is text. */
export type RuleForm = Record<RuleField, string>;

/** Every problem the form can show, by code: its message key (en and it). */
export const RULE_ERRORS = {
  empty: 'ruleErrEmpty',
  tooLong: 'ruleErrTooLong',
  tooLarge: 'ruleErrTooLarge',
  lookaround: 'ruleErrLookaround',
  backreference: 'ruleErrBackreference',
  backtrackingControl: 'ruleErrBacktrackingControl',
  syntax: 'ruleErrSyntax',
  id: 'ruleErrId',
  idTaken: 'ruleErrIdTaken',
  name: 'ruleErrName',
  provider: 'ruleErrProvider',
  severity: 'ruleErrSeverity',
  kind: 'ruleErrKind',
  keywords: 'ruleErrKeywords',
  entropy: 'ruleErrEntropy',
  secretGroup: 'ruleErrSecretGroup',
  allowlist: 'ruleErrAllowlist',
} as const;
export type RuleErrorCode = keyof typeof RULE_ERRORS;

export const ruleErrorKey = (code: RuleErrorCode): string => RULE_ERRORS[code];

export interface FieldProblem {
  field: RuleField | 'allowlists';
  code: RuleErrorCode;
  /** What fills the message's $1. */
  args: string[];
}

/** The form's text as a rule; empty optional fields are left out. */
export function ruleFromForm(form: RuleForm, keep: Pick<CustomRule, 'allowlists'> = {}): CustomRule {
  const rule: CustomRule = {
    id: form.id.trim(),
    provider: form.provider.trim(),
    pattern: form.pattern,
    severity: form.severity as Severity,
    kind: form.kind as Kind,
  };
  if (form.name.trim()) rule.name = form.name.trim();
  const keywords = form.keywords.split(',').map((k) => k.trim()).filter(Boolean);
  if (keywords.length > 0) rule.keywords = keywords;
  if (form.entropy.trim()) rule.entropy = Number(form.entropy.trim().replace(',', '.'));
  if (form.secretGroup.trim()) rule.secretGroup = Number(form.secretGroup.trim());
  if (form.path.trim()) rule.path = form.path.trim();
  if (keep.allowlists?.length) rule.allowlists = keep.allowlists;
  return rule;
}

/** A rule's fields as form text (for editing). */
export function formFromRule(rule: CustomRule): RuleForm {
  return {
    id: rule.id,
    name: rule.name ?? '',
    provider: rule.provider,
    pattern: rule.pattern,
    keywords: (rule.keywords ?? []).join(', '),
    entropy: rule.entropy === undefined ? '' : String(rule.entropy),
    secretGroup: rule.secretGroup === undefined ? '' : String(rule.secretGroup),
    severity: rule.severity,
    kind: rule.kind,
    path: rule.path ?? '',
  };
}

/** The first place in `pattern` where one of `constructs` starts, as written there. */
function firstOf(pattern: string, constructs: RegExp): string | undefined {
  return constructs.exec(pattern)?.[0];
}

const LOOKAROUND = /\(\?<?[=!]/;
const BACKREFERENCE = /\\(?:[1-9]|k<[^>]*>?|k\{[^}]*\}?|g\{?-?\d+\}?)/;
const BACKTRACKING_CONTROL = /\(\?>|[*+?}]\+/;

/**
 * Why `pattern` cannot run, in our words: undefined when it compiles. Constructs that need (or
 * only steer) backtracking are named from the pattern itself; other syntax errors point at the
 * part RE2's parser quotes.
 */
export function patternProblem(pattern: string, field: 'pattern' | 'path' = 'pattern'): FieldProblem | undefined {
  const result = compilePattern(pattern);
  if (typeof result !== 'string') return undefined;
  const problem = (code: RuleErrorCode, ...args: string[]): FieldProblem => ({ field, code, args });
  if (pattern.length === 0) return problem('empty');
  if (pattern.length > MAX_PATTERN_LENGTH) return problem('tooLong', String(MAX_PATTERN_LENGTH));
  const lookaround = firstOf(pattern, LOOKAROUND);
  if (lookaround) return problem('lookaround', `${lookaround}…)`);
  const backreference = firstOf(pattern, BACKREFERENCE);
  if (backreference) return problem('backreference', backreference);
  const control = firstOf(pattern, BACKTRACKING_CONTROL);
  if (control) return problem('backtrackingControl', control);
  const quoted = /`([^`]*)`/.exec(result)?.[1];
  if (/too large|instructions|repeat count/.test(result)) return problem('tooLarge', quoted ?? pattern.slice(0, 40));
  return problem('syntax', quoted ?? pattern.slice(0, 40));
}

const FIELD_CODES: Partial<Record<string, RuleErrorCode>> = {
  id: 'id',
  provider: 'provider',
  severity: 'severity',
  kind: 'kind',
  keywords: 'keywords',
  entropy: 'entropy',
  name: 'name',
};

/**
 * Every problem with `rule`, checked by the engine's own compile (what the worker will run), with
 * our words for each field. `otherIds`: the ids of the other rules in the set (ids are unique).
 */
export function checkRule(rule: CustomRule, otherIds: readonly string[] = []): FieldProblem[] {
  const out: FieldProblem[] = [];
  const { problems } = compileRuleSet({ rules: [rule] });
  for (const p of problems) {
    const field = p.field.startsWith('allowlists') ? 'allowlists' : (p.field as RuleField);
    if (out.some((o) => o.field === field)) continue;
    if (field === 'pattern' || field === 'path') {
      const raw = field === 'pattern' ? rule.pattern : rule.path;
      out.push(patternProblem(typeof raw === 'string' ? raw : '', field) ?? { field, code: 'syntax', args: [p.reason] });
    } else if (field === 'secretGroup') {
      out.push({ field, code: 'secretGroup', args: [/to (\d+)$/.exec(p.reason)?.[1] ?? '0'] });
    } else {
      out.push({ field, code: FIELD_CODES[field] ?? 'allowlist', args: [p.reason] });
    }
  }
  if (rule.id && otherIds.includes(rule.id) && !out.some((o) => o.field === 'id')) out.push({ field: 'id', code: 'idTaken', args: [] });
  return out;
}
