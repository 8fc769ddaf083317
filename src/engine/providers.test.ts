import { describe, expect, it } from 'vitest';
import { PROVIDERS, RULES, hasCandidate, scan } from './index';

describe('providers', () => {
  it('describe every provider a rule or a verdict can name', () => {
    for (const r of RULES) expect(PROVIDERS[r.provider], r.id).toBeDefined();
    expect(PROVIDERS.coinbase).toBeDefined(); // PEM blocks near coinbase words
    expect(PROVIDERS.google).toBeDefined();
  });
  it('cover at least 40 real providers, each with plain words and its slug', () => {
    const real = Object.values(PROVIDERS).filter((p) => p.domains.length > 0);
    expect(real.length).toBeGreaterThanOrEqual(40);
    for (const [slug, p] of Object.entries(PROVIDERS)) {
      expect(p.slug).toBe(slug);
      expect(p.canDo.length).toBeGreaterThan(20);
      if (p.keysUrl) expect(p.keysUrl).toMatch(/^https:\/\//);
    }
  });
});

describe('hasCandidate', () => {
  it('is false on ordinary prose and true wherever scan reports', () => {
    expect(hasCandidate('Nothing to see here, just a sentence with some words.')).toBe(false);
    for (const r of RULES) {
      for (const e of r.examples.positive) {
        const text = e.replace(/[«»]/g, '');
        if (scan(text, { includeGeneric: true }).length > 0) expect(hasCandidate(text, { includeGeneric: true }), r.id).toBe(true);
      }
    }
  });
});
