// Custom rules: a team's own token formats, given as plain JSON (the CLI's --config file, the
// options page). Patterns run on RE2 (the re2js port): every pattern matches in time linear in the
// text, because RE2 has no backtracking. Constructs that need backtracking (back-references,
// lookaround) do not compile and are refused with the reason; so are patterns too large to run
// in bounded time per character. Pure: no platform API.
//
// Custom rules run after the built-in scan and never change a built-in finding of a known
// provider: a custom match overlapping one is dropped, because that key is already reported by the
// rule that knows its provider, and one key must give one finding (and one baseline fingerprint).
// A built-in finding of no known provider (the generic rules) gives way to the custom rule, which
// says whose key it is.
import { RE2JS } from 're2js';
import { entropy, isDocumentationExample, isPlaceholder } from './filters';
import { fingerprint } from './fingerprint';
import { redact } from './redact';
import { extentOf } from './rules/extent';
import { SEVERITIES, type Finding, type Kind, type NotCountedReason, type Severity, type Source } from './types';

/** What the options page and the CLI say about how custom patterns are run. */
export const PATTERN_ENGINE =
  'RE2 syntax (as in Go and gitleaks), run by re2js: linear time in the text, no backtracking';

/** A silencing rule, as in gitleaks: any listed criterion (or all, with condition 'and'). */
export interface CustomAllowlist {
  description?: string;
  condition?: 'or' | 'and';
  /** RE2 patterns tested against `regexTarget` (default: the secret). */
  regexes?: string[];
  regexTarget?: 'secret' | 'match' | 'line';
  /** RE2 patterns tested against the file path or page URL. */
  paths?: string[];
  /** Case-insensitive words; a secret containing one is allowed. */
  stopwords?: string[];
}

export interface CustomRule {
  /** Stable id, used in reports, SARIF and baselines. */
  id: string;
  /** Display name; defaults to the id. */
  name?: string;
  /** Provider label shown with each finding, e.g. 'acme'. */
  provider: string;
  /** RE2 pattern. */
  pattern: string;
  /** Capture group holding the secret: 0 = the whole match; unset = the first non-empty group. */
  secretGroup?: number;
  /** The rule runs only on texts containing one of these (case-insensitive). */
  keywords?: string[];
  /** Minimum Shannon entropy (bits per character) of the secret; equal or lower is dropped. */
  entropy?: number;
  severity: Severity;
  kind: Kind;
  /** RE2 pattern: the rule runs only where the path (or URL) matches. */
  path?: string;
  allowlists?: CustomAllowlist[];
}

export interface CustomRuleSet {
  rules: CustomRule[];
  /** Apply to every finding, built-in ones included. */
  allowlists?: CustomAllowlist[];
}

/** Why a rule (or a global allowlist, rule '*') cannot be used. */
export interface RuleProblem {
  rule: string;
  field: string;
  reason: string;
}

interface CompiledAllowlist {
  and: boolean;
  regexes: RE2JS[];
  target: 'secret' | 'match' | 'line';
  paths: RE2JS[];
  stopwords: string[];
}

interface CompiledRule {
  source: CustomRule;
  pattern: RE2JS;
  path?: RE2JS;
  keywords: string[];
  allowlists: CompiledAllowlist[];
}

/** Opaque result of compileRuleSet; pass it to runCustomRules. */
export interface CompiledRuleSet {
  readonly rules: readonly CompiledRule[];
  readonly allowlists: readonly CompiledAllowlist[];
}

/** Longest pattern accepted, in characters. */
export const MAX_PATTERN_LENGTH = 4096;
/**
 * Largest compiled program accepted (RE2 instructions). Matching costs at most this much work per
 * character, so this bounds the scan's cost per MB. gitleaks' own largest rules compile to ~2,000.
 */
export const MAX_PROGRAM_SIZE = 20_000;
const KINDS: readonly Kind[] = ['secret', 'token', 'private-key', 'webhook', 'public', 'identifier'];
const ID = /^[A-Za-z0-9][A-Za-z0-9._:/-]{0,99}$/;

/** Compiles an RE2 pattern, or says in plain words why it cannot run safely. */
export function compilePattern(pattern: string): RE2JS | string {
  if (pattern.length === 0) return 'the pattern is empty';
  if (pattern.length > MAX_PATTERN_LENGTH) return `the pattern is longer than ${MAX_PATTERN_LENGTH} characters`;
  let re: RE2JS;
  try {
    re = RE2JS.compile(pattern);
  } catch (error) {
    return explainSyntaxError(error instanceof Error ? error.message : String(error));
  }
  if (re.programSize() > MAX_PROGRAM_SIZE) {
    return `the pattern compiles to ${re.programSize()} instructions (limit ${MAX_PROGRAM_SIZE}): too much work per character`;
  }
  return re;
}

function explainSyntaxError(message: string): string {
  const detail = message.replace(/^error parsing regexp: /, '');
  if (/`\(\?<?[=!]/.test(detail)) {
    return `lookahead and lookbehind are not supported (${detail}): they need a backtracking engine, whose time can grow exponentially with the input`;
  }
  if (/invalid escape sequence: `\\[1-9]/.test(detail)) {
    return `back-references are not supported (${detail}): they need a backtracking engine, whose time can grow exponentially with the input`;
  }
  if (/expression too large|invalid repeat count/.test(detail)) {
    return `the pattern is too large to run in bounded time (${detail})`;
  }
  return `not a valid RE2 pattern: ${detail}`;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === 'string');

function compileAllowlist(raw: unknown, rule: string, field: string, problems: RuleProblem[]): CompiledAllowlist | null {
  const problem = (reason: string): null => (problems.push({ rule, field, reason }), null);
  if (!isObject(raw)) return problem('an allowlist must be an object');
  const { condition = 'or', regexes = [], regexTarget = 'secret', paths = [], stopwords = [] } = raw;
  if (condition !== 'or' && condition !== 'and') return problem(`condition must be 'or' or 'and', not '${String(condition)}'`);
  if (regexTarget !== 'secret' && regexTarget !== 'match' && regexTarget !== 'line') {
    return problem(`regexTarget must be 'secret', 'match' or 'line', not '${String(regexTarget)}'`);
  }
  if (!isStringArray(regexes) || !isStringArray(paths) || !isStringArray(stopwords)) {
    return problem('regexes, paths and stopwords must be lists of strings');
  }
  if (regexes.length + paths.length + stopwords.length === 0) return problem('an allowlist needs regexes, paths or stopwords');
  const compiled: RE2JS[][] = [[], []];
  for (const [i, list] of [regexes, paths].entries()) {
    for (const pattern of list) {
      const re = compilePattern(pattern);
      if (typeof re === 'string') return problem(`${i === 0 ? 'regexes' : 'paths'} '${pattern}': ${re}`);
      compiled[i]!.push(re);
    }
  }
  return {
    and: condition === 'and',
    regexes: compiled[0]!,
    target: regexTarget,
    paths: compiled[1]!,
    stopwords: stopwords.map((w) => w.toLowerCase()).filter(Boolean),
  };
}

function compileRule(raw: unknown, index: number, problems: RuleProblem[]): CompiledRule | null {
  const label = isObject(raw) && typeof raw.id === 'string' ? raw.id : `#${index + 1}`;
  const before = problems.length;
  const problem = (field: string, reason: string): void => void problems.push({ rule: label, field, reason });
  if (!isObject(raw)) {
    problem('rule', 'a rule must be an object');
    return null;
  }
  const { id, name, provider, pattern, secretGroup, keywords = [], entropy: minEntropy, severity, kind, path, allowlists = [] } = raw;
  if (typeof id !== 'string' || !ID.test(id)) problem('id', 'an id is 1–100 letters, digits and . _ : / - (starting with a letter or digit)');
  if (name !== undefined && typeof name !== 'string') problem('name', 'the name must be text');
  if (typeof provider !== 'string' || provider.trim() === '' || provider.length > 64) problem('provider', 'a provider label is 1–64 characters');
  if (typeof severity !== 'string' || !SEVERITIES.includes(severity as Severity)) problem('severity', `severity is one of ${SEVERITIES.join(', ')}`);
  if (typeof kind !== 'string' || !KINDS.includes(kind as Kind)) problem('kind', `kind is one of ${KINDS.join(', ')}`);
  if (!isStringArray(keywords)) problem('keywords', 'keywords must be a list of strings');
  if (minEntropy !== undefined && (typeof minEntropy !== 'number' || !(minEntropy >= 0 && minEntropy <= 16))) {
    problem('entropy', 'entropy is a number of bits per character between 0 and 16');
  }
  let re: RE2JS | string = 'a pattern is required';
  if (typeof pattern === 'string') re = compilePattern(pattern);
  if (typeof re === 'string') problem('pattern', re);
  else if (secretGroup !== undefined && (!Number.isInteger(secretGroup) || (secretGroup as number) < 0 || (secretGroup as number) > re.groupCount())) {
    problem('secretGroup', `secretGroup must be a group number from 0 to ${re.groupCount()}`);
  }
  let pathRe: RE2JS | string | undefined;
  if (path !== undefined) {
    pathRe = typeof path === 'string' ? compilePattern(path) : 'the path must be an RE2 pattern';
    if (typeof pathRe === 'string') problem('path', pathRe);
  }
  const lists = Array.isArray(allowlists) ? allowlists : [allowlists];
  const compiledLists = lists.map((a, i) => compileAllowlist(a, label, `allowlists[${i}]`, problems));
  if (problems.length > before || typeof re === 'string' || typeof pathRe === 'string') return null;
  return {
    source: raw as unknown as CustomRule,
    pattern: re,
    ...(pathRe ? { path: pathRe } : {}),
    keywords: (keywords as string[]).map((k) => k.toLowerCase()).filter(Boolean),
    allowlists: compiledLists as CompiledAllowlist[],
  };
}

/**
 * Checks and compiles a rule set (plain JSON, e.g. from a file or storage). Rules with problems
 * are left out and each problem is listed; callers decide whether to go on without them.
 */
export function compileRuleSet(set: unknown): { compiled: CompiledRuleSet; problems: RuleProblem[] } {
  const problems: RuleProblem[] = [];
  if (!isObject(set) || !Array.isArray(set.rules)) {
    return { compiled: { rules: [], allowlists: [] }, problems: [{ rule: '*', field: 'rules', reason: 'expected { "rules": [ ... ] }' }] };
  }
  const rules: CompiledRule[] = [];
  const ids = new Set<string>();
  set.rules.forEach((raw, i) => {
    const rule = compileRule(raw, i, problems);
    if (!rule) return;
    if (ids.has(rule.source.id)) problems.push({ rule: rule.source.id, field: 'id', reason: 'two rules have this id' });
    else rules.push(rule);
    ids.add(rule.source.id);
  });
  const globals = set.allowlists === undefined ? [] : Array.isArray(set.allowlists) ? set.allowlists : [set.allowlists];
  const allowlists = globals
    .map((a, i) => compileAllowlist(a, '*', `allowlists[${i}]`, problems))
    .filter((a): a is CompiledAllowlist => a !== null);
  return { compiled: { rules, allowlists }, problems };
}

export interface CustomScanOptions {
  /** Salt for fingerprints: the same as the built-in scan's, so baselines agree. */
  salt?: string;
  source?: Source;
  /** File path ('/'-separated) or page URL, for rules' `path` and allowlists' `paths`. */
  path?: string;
}

interface Hit {
  start: number;
  end: number;
  matchStart: number;
  matchEnd: number;
}

function lineAround(text: string, start: number, end: number): string {
  const from = text.lastIndexOf('\n', start - 1) + 1;
  const to = text.indexOf('\n', end);
  return text.slice(from, to === -1 ? text.length : to);
}

function allowedBy(list: CompiledAllowlist, text: string, hit: Hit, path: string | undefined): boolean {
  const secret = text.slice(hit.start, hit.end);
  const checks: boolean[] = [];
  if (list.paths.length > 0) checks.push(path !== undefined && list.paths.some((re) => re.test(path)));
  if (list.regexes.length > 0) {
    const target =
      list.target === 'secret' ? secret
        : list.target === 'match' ? text.slice(hit.matchStart, hit.matchEnd)
          : lineAround(text, hit.matchStart, hit.matchEnd);
    checks.push(list.regexes.some((re) => re.test(target)));
  }
  if (list.stopwords.length > 0) {
    const lower = secret.toLowerCase();
    checks.push(list.stopwords.some((w) => lower.includes(w)));
  }
  return list.and ? checks.every(Boolean) : checks.some(Boolean);
}

/** Every match of `rule` in `text`, with the secret's span. Linear: RE2 never backtracks. */
function matches(rule: CompiledRule, text: string): Hit[] {
  if (!rule.pattern.test(text)) return []; // the DFA-only test is several times faster than find()
  const hits: Hit[] = [];
  const m = rule.pattern.matcher(text);
  const groups = rule.pattern.groupCount();
  const wanted = rule.source.secretGroup;
  let from = 0;
  while (from <= text.length && m.find(from)) {
    const matchStart = m.start();
    const matchEnd = m.end();
    let group = 0;
    if (wanted !== undefined) group = wanted;
    else for (let g = 1; g <= groups && group === 0; g++) if (m.start(g) >= 0 && m.end(g) > m.start(g)) group = g;
    const start = m.start(group);
    const end = m.end(group);
    if (start >= 0 && end > start) hits.push({ start, end, matchStart, matchEnd });
    from = matchEnd > matchStart ? matchEnd : matchEnd + 1;
  }
  return hits;
}

/**
 * Spans sorted by start, with the largest end so far at each index, so "does this span overlap
 * any of them" is a binary search: the scan stays linear however many matches a rule makes.
 */
class SpanIndex {
  private readonly starts: number[] = [];
  private readonly maxEnds: number[] = [];

  constructor(spans: readonly { start: number; end: number }[]) {
    const sorted = [...spans].sort((a, b) => a.start - b.start);
    let maxEnd = -1;
    for (const s of sorted) {
      maxEnd = Math.max(maxEnd, s.end);
      this.starts.push(s.start);
      this.maxEnds.push(maxEnd);
    }
  }

  overlaps(span: { start: number; end: number }): boolean {
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.starts[mid] as number) < span.end) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && (this.maxEnds[lo - 1] as number) > span.start;
  }
}

/**
 * Runs the custom rules over `text` after the built-in scan. Returns the built-in findings (less
 * those a global allowlist silences) and the custom findings that overlap none of them, in text
 * order. Custom findings are ordinary Findings: salted fingerprint, redacted preview, the rule's
 * id, provider label, kind and severity (info, not counted, for placeholders and documentation
 * examples, as for built-in rules).
 */
export function runCustomRules(
  text: string,
  builtIn: readonly Finding[],
  compiled: CompiledRuleSet,
  options: CustomScanOptions = {},
): Finding[] {
  const { path } = options;
  const silenced = (hit: Hit, lists: readonly CompiledAllowlist[]) => lists.some((l) => allowedBy(l, text, hit, path));
  const kept = compiled.allowlists.length === 0
    ? [...builtIn]
    : builtIn.filter((f) => !silenced({ start: f.start, end: f.end, matchStart: f.start, matchEnd: f.end }, compiled.allowlists));
  const custom: Finding[] = [];
  const known = builtIn.filter((f) => f.provider !== 'generic');
  let taken = new SpanIndex(known);
  let lower: string | undefined;
  for (const rule of compiled.rules) {
    const r = rule.source;
    if (rule.path && (path === undefined || !rule.path.test(path))) continue;
    if (rule.keywords.length > 0) {
      lower ??= text.toLowerCase();
      const lowered = lower;
      if (!rule.keywords.some((k) => lowered.includes(k))) continue;
    }
    for (const hit of matches(rule, text)) {
      if (taken.overlaps(hit)) continue;
      const value = text.slice(hit.start, hit.end);
      if (r.entropy !== undefined && entropy(value) <= r.entropy) continue;
      if (silenced(hit, rule.allowlists) || silenced(hit, compiled.allowlists)) continue;
      const notCounted: NotCountedReason | undefined = isDocumentationExample(value)
        ? 'documentation-example'
        : isPlaceholder(value) ? 'placeholder' : undefined;
      custom.push({
        rule: r.id,
        provider: r.provider,
        kind: r.kind,
        severity: notCounted ? 'info' : r.severity,
        example: notCounted !== undefined,
        ...(notCounted ? { notCounted } : {}),
        confidence: 'high',
        start: hit.start,
        end: hit.end,
        redacted: redact(value),
        fingerprint: fingerprint(value, options.salt),
        source: options.source ?? 'text',
      });
    }
    // Earlier rules win a span: one key, one finding.
    if (custom.length > 0) taken = new SpanIndex([...known, ...custom]);
  }
  if (custom.length === 0) return kept;
  const claimed = new SpanIndex(custom);
  const stays = (f: Finding) => f.provider !== 'generic' || !claimed.overlaps(f);
  return [...kept.filter(stays), ...custom].sort((a, b) => a.start - b.start || a.end - b.end);
}

/**
 * What the page's gate must let through for these rules (src/gate/index.ts): the words some
 * match or its text must hold (lower case, matched in lower-cased text), or `anyRun` when a rule
 * has neither keyword nor literal, and only a run of key characters can stand for it. The page
 * gets these strings, never a pattern: it compiles nothing the user wrote.
 */
export interface CustomGate {
  words: string[];
  anyRun: boolean;
}

/** Shortest literal worth looking for: a shorter one is in most text, so any run stands in for it. */
const MIN_GATE_LITERAL = 3;

export function customGate(compiled: CompiledRuleSet | undefined): CustomGate {
  const words = new Set<string>();
  let anyRun = false;
  for (const rule of compiled?.rules ?? []) {
    for (const k of rule.keywords) words.add(k);
    const literal = literalOf(rule.source.pattern);
    if (literal.length >= MIN_GATE_LITERAL) words.add(literal);
    else if (rule.keywords.length === 0) anyRun = true;
  }
  return { words: [...words], anyRun };
}

/**
 * A literal every match of an RE2 pattern contains, in lower case ('' when none is known). Read
 * with the built-in rules' reader (rules/extent.ts) after a leading `(?i)`, which only widens the
 * case the gate already ignores; a pattern JS cannot read gives ''.
 */
function literalOf(pattern: string): string {
  try {
    return extentOf(new RegExp(pattern.replace(/^\(\?i\)/, ''))).literal.toLowerCase();
  } catch {
    return '';
  }
}
