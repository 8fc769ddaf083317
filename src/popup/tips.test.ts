import { describe, expect, it } from 'vitest';
import type { ProviderCategory } from '../engine/types';
import type { StoredFinding } from '../shared/storage';
import { pickTip } from './tips';

const categories: Record<string, ProviderCategory> = { kraken: 'exchange', binance: 'exchange', github: 'code', aws: 'cloud' };
const categoryOf = (slug: string): ProviderCategory => categories[slug] ?? 'other';

function f(provider: string, over: Partial<StoredFinding> = {}): StoredFinding {
  return {
    rule: `${provider}-key`, provider, kind: 'secret', severity: 'high', example: false, confidence: 'high',
    redacted: 'r', fingerprint: provider, source: 'text', where: 'text', onProviderSite: false, ...over,
  };
}

describe('pickTip', () => {
  it('puts Kraken revoke steps first when a Kraken key is on a public site', () => {
    expect(pickTip([f('aws', { severity: 'critical' }), f('kraken')], categoryOf)).toEqual({ id: 'kraken-revoke', provider: 'kraken' });
  });

  it('puts moving the funds first when a recovery phrase or wallet key is readable', () => {
    const phrase = f('wallet', { kind: 'recovery-phrase', severity: 'critical' });
    expect(pickTip([f('kraken', { severity: 'critical' }), phrase], categoryOf)).toEqual({ id: 'wallet-move-funds', provider: 'wallet' });
    expect(pickTip([f('wallet', { kind: 'private-key' }), f('ssh', { kind: 'private-key' })], categoryOf)?.id).toBe('wallet-move-funds');
  });

  it('names other exchanges by provider', () => {
    expect(pickTip([f('github'), f('binance')], categoryOf)).toEqual({ id: 'exchange-revoke', provider: 'binance' });
  });

  it('gives GitHub its own revoke path', () => {
    expect(pickTip([f('aws'), f('github', { kind: 'token' })], categoryOf)?.id).toBe('github-revoke');
  });

  it('private keys and webhooks get their own advice', () => {
    expect(pickTip([f('ssh', { kind: 'private-key' })], categoryOf)?.id).toBe('private-key-replace');
    expect(pickTip([f('slack', { kind: 'webhook' })], categoryOf)?.id).toBe('webhook-replace');
  });

  it('falls back to revoking the most severe key', () => {
    expect(pickTip([f('aws'), f('openai')], categoryOf)).toEqual({ id: 'revoke', provider: 'aws' });
  });

  it('on the provider’s own key page, says to store the key, not that it leaked', () => {
    expect(pickTip([f('kraken', { onProviderSite: true })], categoryOf)).toEqual({ id: 'store-now', provider: 'kraken' });
  });

  it('a leak elsewhere on the page outranks a key on its own provider page', () => {
    expect(pickTip([f('kraken', { onProviderSite: true }), f('aws')], categoryOf)?.id).toBe('revoke');
  });

  it('no tip without findings', () => {
    expect(pickTip([], categoryOf)).toBeUndefined();
  });
});
