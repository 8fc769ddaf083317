// --config FILE: custom rules from a .gitleaks.toml (any TOML file) or a keywarden rule set
// (.json, the same plain JSON the options page keeps). Says what was imported, converted,
// skipped or refused; any refused rule stops the run (exit status 2) before anything is scanned,
// so a CI job never passes on a half-applied configuration.
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { compileRuleSet, PATTERN_ENGINE, type CustomRuleSet } from '../engine/custom';
import { importGitleaks, type ImportNote } from '../engine/gitleaks';
import { describeError } from './errors';

export type LoadedConfig =
  | { ok: true; ruleSet: CustomRuleSet; report: string }
  | { ok: false; report: string };

const noteLines = (label: string, notes: ImportNote[]): string[] =>
  notes.map((n) => `  ${label.padEnd(9)} ${n.rule === '*' ? '(file)' : n.rule}: ${n.what}\n`);

export async function loadConfig(file: string): Promise<LoadedConfig> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    return { ok: false, report: `keywarden: cannot read config '${file}': ${describeError(error)}\n` };
  }
  let ruleSet: CustomRuleSet;
  let converted: ImportNote[] = [];
  let skipped: ImportNote[] = [];
  try {
    if (extname(file).toLowerCase() === '.json') ruleSet = JSON.parse(text) as CustomRuleSet;
    else ({ ruleSet, converted, skipped } = importGitleaks(text));
  } catch (error) {
    const what = extname(file).toLowerCase() === '.json' ? 'JSON' : 'TOML';
    return { ok: false, report: `keywarden: config '${file}' is not valid ${what}: ${describeError(error)}\n` };
  }
  const { compiled, problems } = compileRuleSet(ruleSet);
  const counts = [
    `${compiled.rules.length} rule${compiled.rules.length === 1 ? '' : 's'} loaded`,
    ...(converted.length ? [`${converted.length} converted`] : []),
    ...(skipped.length ? [`${skipped.length} skipped`] : []),
    ...(problems.length ? [`${problems.length} refused`] : []),
  ];
  const report = [
    `keywarden: config '${file}': ${counts.join(', ')} (patterns: ${PATTERN_ENGINE})\n`,
    ...noteLines('converted', converted),
    ...noteLines('skipped', skipped),
    ...problems.map((p) => `  refused   ${p.rule === '*' ? '(file)' : p.rule} (${p.field}): ${p.reason}\n`),
  ].join('');
  return problems.length > 0 ? { ok: false, report } : { ok: true, ruleSet, report };
}
