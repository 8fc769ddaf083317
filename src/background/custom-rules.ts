// Custom rules in the worker: the organisation's and the user's rule sets (shared/managed.ts
// ruleSetInForce), compiled once and kept until either changes. Rules that do not compile are
// left out here; the options page shows why. Patterns run on RE2 (src/engine/custom.ts): linear
// time in the text, whatever a rule or an imported file says.
import { compileRuleSet, type CompiledRuleSet } from '../engine/custom';
import { readKey } from '../platform';
import { ruleSetInForce } from '../shared/managed';
import { parseCustomRules, STORAGE_KEYS } from '../shared/storage';
import { managed } from './policy';

let compiled: Promise<CompiledRuleSet | undefined> | undefined;

/** The rules in force, compiled; undefined when there are none (the scan then costs nothing more). */
export function customRules(): Promise<CompiledRuleSet | undefined> {
  compiled ??= (async () => {
    const set = ruleSetInForce(parseCustomRules(await readKey('local', STORAGE_KEYS.customRules)), await managed());
    if (set.rules.length === 0 && !set.allowlists?.length) return undefined;
    return compileRuleSet(set).compiled;
  })();
  return compiled;
}

/** The user's rules or the policy changed: compile again on next use. */
export function forgetCustomRules(): void {
  compiled = undefined;
}
