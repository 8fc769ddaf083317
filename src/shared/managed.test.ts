import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CustomRule } from '../engine/custom';
import { applyManaged, hasPolicy, isLocked, MANAGED_KEYS, NO_POLICY, parseManaged, POLICY_WAIT_MS, policyCache, policyWithin, ruleSetInForce } from './managed';
import { DEFAULT_SETTINGS, type Settings } from './storage';

const user: Settings = { notice: false, notifications: true, includeGeneric: true, redownloadScripts: false, pausedSites: ['mine.example'], siteMinSeverity: { 'docs.example': 'critical' } };
const rule = (id: string, provider = 'acme'): CustomRule => ({ id, provider, pattern: 'acme_[a-z]{8}', severity: 'high', kind: 'token' });

describe('managed policy', () => {
  it('parses what a policy file holds, ignoring values of the wrong type', () => {
    expect(parseManaged(undefined)).toEqual({ locked: false });
    expect(parseManaged({ notice: 'no', pausedSites: 'x', customRules: [], settingsLocked: 'yes' })).toEqual({ locked: false });
    expect(parseManaged({ notice: false, pausedSites: ['Intranet.Example.', 3], settingsLocked: true, customRules: { rules: [rule('a'), 'x'] } }))
      .toEqual({ locked: true, notice: false, pausedSites: ['intranet.example'], customRules: { rules: [rule('a')] } });
    expect(hasPolicy(parseManaged({}))).toBe(false);
    expect(hasPolicy(parseManaged({ includeGeneric: false }))).toBe(true);
  });

  it('managed values win over the user’s, one by one; the rest stays the user’s', () => {
    const m = parseManaged({ notice: true, pausedSites: ['corp.example'] });
    expect(applyManaged(user, m)).toEqual({ ...user, notice: true, pausedSites: ['corp.example'] });
    expect(applyManaged(user, parseManaged({}))).toEqual(user);
  });

  it('locked: nothing the user set counts; defaults stand where the policy is silent', () => {
    const m = parseManaged({ settingsLocked: true, includeGeneric: true });
    expect(applyManaged(user, m)).toEqual({ ...DEFAULT_SETTINGS, includeGeneric: true });
    expect(DEFAULT_SETTINGS.pausedSites).toEqual([]);
  });

  it('rules in force: the organisation’s first, the user’s after unless locked; an org id wins', () => {
    const mine = { rules: [rule('shared', 'mine'), rule('own')], allowlists: [{ stopwords: ['example'] }] };
    const org = parseManaged({ customRules: { rules: [rule('shared')] } });
    expect(ruleSetInForce(mine, org)).toEqual({ rules: [rule('shared'), rule('own')], allowlists: [{ stopwords: ['example'] }] });
    expect(ruleSetInForce(mine, { ...org, locked: true })).toEqual({ rules: [rule('shared')] });
    expect(ruleSetInForce({ rules: [] }, parseManaged({}))).toEqual({ rules: [] });
  });

  it('what is locked: what the policy sets, everything when locked', () => {
    const some = parseManaged({ notice: false, customRules: { rules: [] } });
    expect(isLocked(some, 'notice')).toBe(true);
    expect(isLocked(some, 'notifications')).toBe(false);
    // The organisation's rules run beside the user's: the user may still add their own.
    expect(isLocked(some, 'customRules')).toBe(false);
    const all = parseManaged({ settingsLocked: true });
    for (const part of ['notice', 'pausedSites', 'siteMinSeverity', 'customRules', 'allowed'] as const) expect(isLocked(all, part)).toBe(true);
  });

  it('the schema Chrome validates against declares exactly the keys the parser reads', () => {
    const schema = JSON.parse(readFileSync(new URL('./managed_schema.json', import.meta.url), 'utf8')) as { type: string; properties: Record<string, unknown> };
    expect(schema.type).toBe('object');
    expect(Object.keys(schema.properties).sort()).toEqual(Object.values(MANAGED_KEYS).sort());
  });

  describe('waiting for the policy', () => {
    afterEach(() => vi.useRealTimers());
    const org = parseManaged({ notice: false, settingsLocked: true });

    it('a prompt answer is the policy, and nothing is reported late', async () => {
      const late = vi.fn();
      expect(await policyWithin(Promise.resolve(org), late)).toEqual(org);
      expect(late).not.toHaveBeenCalled();
    });

    it('a slow answer: no policy after the wait, the policy reported when it comes', async () => {
      vi.useFakeTimers();
      let answer!: (m: typeof org) => void;
      const late = vi.fn();
      const got = policyWithin(new Promise((resolve) => (answer = resolve)), late);
      await vi.advanceTimersByTimeAsync(POLICY_WAIT_MS);
      expect(await got).toEqual(NO_POLICY);
      expect(late).not.toHaveBeenCalled();
      answer(org);
      await vi.advanceTimersByTimeAsync(0);
      expect(late).toHaveBeenCalledWith(org);
    });

    it('a cache reads once, takes a late answer in place of the stand-in, and reads again after forget', async () => {
      vi.useFakeTimers();
      const answers: Array<(m: typeof org) => void> = [];
      const read = vi.fn(() => new Promise<typeof org>((resolve) => answers.push(resolve)));
      const late = vi.fn();
      const cache = policyCache(read, late);
      const first = cache.get();
      await vi.advanceTimersByTimeAsync(POLICY_WAIT_MS);
      expect(await first).toEqual(NO_POLICY);
      expect(await cache.get()).toEqual(NO_POLICY);
      answers[0]?.(org);
      await vi.advanceTimersByTimeAsync(0);
      expect(late).toHaveBeenCalledTimes(1);
      expect(await cache.get()).toEqual(org);
      expect(read).toHaveBeenCalledTimes(1);
      cache.forget();
      const again = cache.get();
      answers[1]?.(NO_POLICY);
      expect(await again).toEqual(NO_POLICY);
      expect(read).toHaveBeenCalledTimes(2);
    });
  });
});
