// Custom and organisation rules reach the page's gate as words (never patterns): a token of an
// in-house format that the built-in summary does not know passes the gate once its rule is in
// force, and the worker's data is held to the protocol's limits.
import { describe, expect, it } from 'vitest';
import { KeyGate } from '../../../src/gate';
import { compileRuleSet, customGate } from '../../../src/engine/custom';
import { boundedCustomGate, LIMITS } from '../../../src/shared/protocol';

const token = 'acme_' + 'Q7vR2mK9xLp4TzW8nB3cYh6JdF5sGa';
const page = `<p>Ship it with ${token} today.</p>`;

function gateFor(rules: unknown[]): KeyGate {
  const custom = customGate(compileRuleSet({ rules }).compiled);
  return new KeyGate({ page: () => '', generic: () => false, custom: () => custom });
}

const rule = (extra: Record<string, unknown>) => ({ id: 'acme', provider: 'acme', severity: 'high', kind: 'token', ...extra });

describe('custom rules in the page gate', () => {
  it('the built-in gate alone does not let an in-house token through', () => {
    expect(new KeyGate().holds(page)).toBe(false);
  });

  it('a rule\'s literal prefix lets it through, with the token inside the hit\'s window', () => {
    const gate = gateFor([rule({ pattern: '\\b(acme_[A-Za-z0-9]{30})\\b' })]);
    expect(gate.holds(page)).toBe(true);
    const [span] = gate.windowSpans(page);
    expect(page.slice(span!.start, span!.end)).toContain(token);
  });

  it('keywords count in any case; (?i) patterns keep their literal, lower-cased', () => {
    expect(gateFor([rule({ pattern: '[A-Z]{5}_[A-Za-z0-9]{30}', keywords: ['ACME_'] })]).holds(page)).toBe(true);
    expect(gateFor([rule({ pattern: '(?i)ACME_[a-z0-9]{30}' })]).holds(page)).toBe(true);
    expect(gateFor([rule({ pattern: '(?i)ACME_[a-z0-9]{30}' })]).holds('<p>nothing here at all</p>')).toBe(false);
  });

  it('a rule with neither keyword nor literal lets every run of key characters through', () => {
    const data = customGate(compileRuleSet({ rules: [rule({ pattern: '[A-Za-z0-9]{35}' })] }).compiled);
    expect(data).toEqual({ words: [], anyRun: true });
    expect(gateFor([rule({ pattern: '[A-Za-z0-9]{35}' })]).holds(page)).toBe(true);
  });

  it('no rules: nothing more passes', () => {
    expect(customGate(undefined)).toEqual({ words: [], anyRun: false });
  });

  it('the worker\'s data is bounded: long words cut, too many words become anyRun', () => {
    const long = 'x'.repeat(LIMITS.customGateWordChars + 10);
    expect(boundedCustomGate({ words: [long, ''], anyRun: false })).toEqual({ words: [long.slice(0, LIMITS.customGateWordChars)], anyRun: false });
    const many = Array.from({ length: LIMITS.customGateWords + 1 }, (_, i) => `w${i}`);
    expect(boundedCustomGate({ words: many, anyRun: false })).toEqual({ words: [], anyRun: true });
  });
});
