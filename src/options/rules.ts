// The options page's custom rules: the organisation's (read only), the user's own (add, edit,
// remove), each pattern checked as it is typed with the engine's own compile, and a
// .gitleaks.toml imported (read here, never uploaded) or exported.
import type { CustomRule, CustomRuleSet } from '../engine/custom';
import { exportGitleaks, importGitleaks } from '../engine/gitleaks';
import { byId, clear, h } from '../shared/dom';
import { kindKey, severityKey } from '../shared/labels';
import { isLocked, type Managed } from '../shared/managed';
import { saveFile } from '../ui/download';
import { t } from '../ui/i18n';
import { updateCustomRules } from '../ui/store';
import { refill, removalButton } from './rows';
import {
  checkRule, formFromRule, patternProblem, RULE_FIELDS, ruleErrorKey, ruleFromForm, type FieldProblem, type RuleForm,
} from './rule-check';

/** A .gitleaks.toml larger than this is no rules file (gitleaks' own default config is ~100 KB). */
const MAX_IMPORT_BYTES = 1024 * 1024;

type Say = (message: string) => void;

/** The rule being edited (its id before the edit), or null for a new one. */
let editing: string | null = null;
let current: CustomRuleSet = { rules: [] };

const field = (name: string) => byId<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(`rule-${name}`);

function readForm(): RuleForm {
  return Object.fromEntries(RULE_FIELDS.map((f) => [f, field(f).value])) as RuleForm;
}

function fillForm(form: RuleForm): void {
  for (const f of RULE_FIELDS) field(f).value = form[f];
}

function showProblems(problems: readonly FieldProblem[], only?: 'pattern' | 'path'): void {
  const fields = only ? [only] : [...RULE_FIELDS, 'allowlists' as const];
  for (const f of fields) {
    const box = document.getElementById(`rule-${f}-error`);
    if (!box) continue;
    const problem = problems.find((p) => p.field === f);
    box.hidden = !problem;
    box.textContent = problem ? t(ruleErrorKey(problem.code), problem.args) : '';
    document.getElementById(`rule-${f}`)?.setAttribute('aria-invalid', String(Boolean(problem)));
  }
}

function ruleSummary(rule: CustomRule): string {
  return [rule.provider, t(kindKey(rule.kind)), t(severityKey(rule.severity))].join(' · ');
}

function ruleRow(rule: CustomRule, actions: HTMLElement[], testId: string): HTMLLIElement {
  return h(
    'li',
    { class: 'row', 'data-testid': testId },
    h(
      'span',
      { class: 'row-main' },
      h('span', { class: 'row-title' }, rule.name ?? rule.id),
      h('span', { class: 'help' }, ruleSummary(rule)),
      h('code', { class: 'pattern small' }, rule.pattern),
    ),
    ...actions,
  );
}

function openForm(title: string, form: RuleForm | undefined): void {
  const panel = byId<HTMLFormElement>('rule-form');
  panel.reset();
  if (form) fillForm(form);
  showProblems([]);
  byId('rule-form-title').textContent = title;
  panel.hidden = false;
  byId('rule-add').setAttribute('aria-expanded', 'true');
  field('id').focus();
}

function closeForm(): void {
  editing = null;
  byId<HTMLFormElement>('rule-form').hidden = true;
  byId('rule-add').setAttribute('aria-expanded', 'false');
}

export function renderRules(own: CustomRuleSet, policy: Managed, say: Say): void {
  current = own;
  const locked = isLocked(policy, 'customRules');
  const orgRules = policy.customRules?.rules ?? [];
  byId('org-rules').hidden = orgRules.length === 0;
  const orgList = byId('org-rules-list');
  clear(orgList);
  for (const rule of orgRules) orgList.appendChild(ruleRow(rule, [], 'org-rule'));

  const list = byId('rules-list');
  byId('rules-empty').hidden = own.rules.length > 0;
  refill(list, () => {
    for (const rule of own.rules) {
      const name = rule.name ?? rule.id;
      const edit = h('button', { type: 'button', class: 'btn btn-small', 'aria-label': t('optRuleEditLabel', name) }, t('optRuleEdit'));
      edit.disabled = locked;
      edit.addEventListener('click', () => {
        editing = rule.id;
        openForm(t('optRuleEditTitle', name), formFromRule(rule));
      });
      const remove = removalButton(list, t('optRemove'), t('optRuleRemoveLabel', name), locked, async () => {
        await updateCustomRules((set) => ({ ...set, rules: set.rules.filter((r) => r.id !== rule.id) }));
        if (editing === rule.id) closeForm();
        say(t('optRuleRemoved', name));
      });
      list.appendChild(ruleRow(rule, [edit, remove], 'custom-rule'));
    }
  });
  for (const id of ['rule-add', 'rules-import']) byId<HTMLButtonElement>(id).disabled = locked;
  if (locked) closeForm();
}

async function saveRule(say: Say): Promise<void> {
  const before = editing === null ? undefined : current.rules.find((r) => r.id === editing);
  const rule = ruleFromForm(readForm(), before ?? {});
  const otherIds = current.rules.map((r) => r.id).filter((id) => id !== editing);
  const problems = checkRule(rule, otherIds);
  showProblems(problems);
  if (problems.length > 0) {
    const first = problems[0]!.field;
    document.getElementById(first === 'allowlists' ? 'rule-pattern' : `rule-${first}`)?.focus();
    return;
  }
  const replaced = editing;
  await updateCustomRules((set) => {
    const rules = replaced === null ? [...set.rules, rule] : set.rules.map((r) => (r.id === replaced ? rule : r));
    return { ...set, rules };
  });
  closeForm();
  byId('rule-add').focus();
  say(t('optRuleSaved', rule.name ?? rule.id));
}

// ---- .gitleaks.toml --------------------------------------------------------------------------

function reportList(title: string, items: string[], testId: string): HTMLElement | null {
  if (items.length === 0) return null;
  return h('div', { 'data-testid': testId }, h('h4', {}, title), h('ul', {}, ...items.map((i) => h('li', {}, i))));
}

/** Reads the chosen file here (FileReader, no network), imports it, and says what happened. */
async function importFile(file: File, say: Say): Promise<void> {
  const box = byId('import-report');
  clear(box);
  box.hidden = false;
  const fail = (message: string): void => {
    box.appendChild(h('p', { class: 'field-error' }, message));
    box.focus();
  };
  if (file.size > MAX_IMPORT_BYTES) return fail(t('optImportTooBig', [file.name, String(MAX_IMPORT_BYTES / 1024)]));
  let report: ReturnType<typeof importGitleaks>;
  try {
    report = importGitleaks(await file.text());
  } catch (error) {
    return fail(t('optImportNotToml', [file.name, error instanceof Error ? error.message.split('\n')[0]! : String(error)]));
  }
  const taken: CustomRule[] = [];
  const refused: string[] = [];
  const existing = current.rules.map((r) => r.id);
  for (const rule of report.ruleSet.rules) {
    // Checked alone: a rule of the file with the id of one already here replaces it.
    const problems = checkRule(rule, taken.map((r) => r.id));
    if (problems.length === 0) taken.push(rule);
    else refused.push(`${rule.id || '?'}: ${problems.map((p) => t(ruleErrorKey(p.code), p.args)).join(' ')}`);
  }
  const globals = report.ruleSet.allowlists ?? [];
  if (taken.length > 0 || globals.length > 0) {
    const ids = new Set(taken.map((r) => r.id));
    await updateCustomRules((set) => {
      const allowlists = [...(set.allowlists ?? []), ...globals];
      const rules = [...set.rules.filter((r) => !ids.has(r.id)), ...taken];
      return allowlists.length > 0 ? { rules, allowlists } : { rules };
    });
  }
  const replaced = taken.filter((r) => existing.includes(r.id)).map((r) => r.id);
  box.appendChild(h('p', { 'data-testid': 'import-summary' }, t('optImportSummary', [file.name, String(taken.length), String(refused.length)])));
  for (const part of [
    reportList(t('optImportImported'), taken.map((r) => (replaced.includes(r.id) ? t('optImportReplaced', r.id) : r.id)), 'import-imported'),
    reportList(t('optImportConverted'), report.converted.map((n) => `${n.rule}: ${n.what}`), 'import-converted'),
    reportList(t('optImportSkipped'), report.skipped.map((n) => `${n.rule}: ${n.what}`), 'import-skipped'),
    reportList(t('optImportRefused'), refused, 'import-refused'),
  ]) if (part) box.appendChild(part);
  box.focus();
  say(t('optImportDone', String(taken.length)));
}

export function wireRules(say: Say): void {
  byId('rule-add').addEventListener('click', () => {
    editing = null;
    openForm(t('optRuleAddTitle'), undefined);
  });
  byId('rule-cancel').addEventListener('click', () => {
    closeForm();
    byId('rule-add').focus();
  });
  byId<HTMLFormElement>('rule-form').addEventListener('submit', (event) => {
    event.preventDefault();
    void saveRule(say);
  });
  // Checked as typed: RE2 compiles in well under a millisecond for patterns of a few hundred characters.
  for (const name of ['pattern', 'path'] as const) {
    field(name).addEventListener('input', () => {
      const value = field(name).value;
      const problem = name === 'path' && value.trim() === '' ? undefined : patternProblem(value, name);
      showProblems(problem ? [problem] : [], name);
    });
  }
  const picker = byId<HTMLInputElement>('rules-import-file');
  byId('rules-import').addEventListener('click', () => picker.click());
  picker.addEventListener('change', () => {
    const file = picker.files?.[0];
    picker.value = '';
    if (file) void importFile(file, say);
  });
  byId('rules-export').addEventListener('click', () => {
    saveFile('keywarden.gitleaks.toml', exportGitleaks(current), 'application/toml');
  });
}
