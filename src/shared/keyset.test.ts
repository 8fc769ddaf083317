import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeKeys, decodePrints, encodeKeys, encodePrints, parsePrintList, shortPrint, type TabKey } from './keyset';

describe('prints', () => {
  it('are a hex fingerprint\'s first 48 bits, exact', () => {
    expect(shortPrint('ffffffffffff' + '0'.repeat(52))).toBe(2 ** 48 - 1);
    expect(shortPrint('000000000001' + 'f'.repeat(52))).toBe(1);
  });

  it('hash anything else into 48 bits, differently for different strings', () => {
    const prints = ['fp-1', 'fp-2', 'a', 'b', '', 'toString'].map(shortPrint);
    expect(new Set(prints).size).toBe(prints.length);
    for (const p of prints) expect(Number.isInteger(p) && p >= 0 && p < 2 ** 48).toBe(true);
  });

  it('round-trip as a list, oldest first; the hex fingerprints of earlier versions convert', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: 0, max: 2 ** 48 - 1 })), (list) => {
      expect(decodePrints(encodePrints(list))).toEqual(list);
    }));
    expect(parsePrintList(['00000000000a' + '0'.repeat(52), 3])).toEqual([10]);
    for (const bad of [undefined, 3, 'not base64!', 'AAAA', {}]) expect(decodePrints(bad)).toEqual([]);
  });
});

describe('a tab\'s keys', () => {
  const key = fc.record({
    print: fc.integer({ min: 0, max: 2 ** 48 - 1 }),
    severity: fc.constantFrom('critical', 'high', 'medium', 'low', 'info' as const),
    alert: fc.boolean(),
    kind: fc.constantFrom('secret', 'token', 'private-key', 'webhook', 'public', 'identifier', 'recovery-phrase' as const),
    provider: fc.constantFrom('kraken', 'github', 'aws', 'some-new-provider'),
    partner: fc.option(fc.integer({ min: 0, max: 2 ** 48 - 1 }), { nil: undefined }),
  }, { requiredKeys: ['print', 'severity', 'alert', 'kind', 'provider'] });

  it('round-trip with their facts and pair links, 8 bytes a key', () => {
    fc.assert(fc.property(fc.uniqueArray(key, { selector: (k) => k.print }), (keys) => {
      const encoded = encodeKeys(keys);
      const withoutUndefined = (k: object) => JSON.parse(JSON.stringify(k)) as object;
      expect([...decodeKeys(encoded)!.values()]).toEqual(keys.map(withoutUndefined));
      expect(atob(encoded.keys).length).toBe(keys.length * 8);
    }));
  });

  it('refuse malformed storage rather than misread it', () => {
    const good = encodeKeys([{ print: 1, severity: 'high', alert: true, kind: 'token', provider: 'github' } satisfies TabKey]);
    expect(decodeKeys({ ...good, keys: 'AAAA' })).toBeUndefined(); // 3 bytes: not whole entries
    expect(decodeKeys({ ...good, providers: [] })).toBeUndefined(); // points to no provider
    expect(decodeKeys({ ...good, pairs: '%%' })).toBeUndefined();
  });
});
