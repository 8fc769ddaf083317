// Every rule's own examples: positives are found by that rule with the exact span; negatives
// never alert. (provider-files.test.ts checks every rule has both.)
import { describe, expect, it } from 'vitest';
import { RULES, isAlert, scan } from './index';

function unmark(example: string): { text: string; start: number; end: number } {
  const start = example.indexOf('«');
  const end = example.indexOf('»') - 1;
  return { text: example.replace('«', '').replace('»', ''), start, end };
}

describe.each(RULES.map((r) => [r.id, r] as const))('rule %s', (_id, rule) => {
  const opts = { includeGeneric: rule.match === 'assignment' };
  it.each(rule.examples.positive.map((e) => [e]))('finds %s', (example) => {
    const { text, start, end } = unmark(example);
    expect(start).toBeGreaterThanOrEqual(0);
    const found = scan(text, opts).find((f) => f.start === start && f.end === end);
    expect(found, JSON.stringify(scan(text, opts))).toBeDefined();
    expect([rule.id, ...(rule.variants ?? [])]).toContain(found?.rule);
    expect(found?.example).toBe(false);
  });
  it.each(rule.examples.negative.map((e) => [e]))('does not alert on %s', (text) => {
    const alerts = scan(text, opts).filter(isAlert);
    expect(alerts, JSON.stringify(alerts)).toEqual([]);
  });
});
