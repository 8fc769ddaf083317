// The seeded page generator (test/pages/generate.ts): deterministic, covers every case on the
// held-out seeds, and its expected counts follow from what it planted.
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { crc32 } from 'node:zlib';
import { isAlert, scan } from '../../src/engine';
import { base62 } from '../../src/engine/crc32';
import {
  ALL_CASES, DEV_SEEDS, generatePage, generatePages, HELDOUT_SEEDS, isZeroKeySeed, type GeneratedPage, type Zone,
} from '../pages/generate';

const CROSS = 'http://127.0.0.1:5555';
const heldout = generatePages(HELDOUT_SEEDS, { crossOrigin: CROSS });
const dev = generatePages(DEV_SEEDS, { crossOrigin: CROSS });

/** Distinct alerting values placed in `zones`, recomputed from the placements. */
/** Exposed credentials: each placed key set once (a Kraken pair is one), by its alerting values. */
function alertingIn(page: GeneratedPage, zones: readonly Zone[]): Set<string> {
  return new Set(page.placements.filter((p) => zones.includes(p.zone))
    .map((p) => p.keys.filter((k) => k.alerts).map((k) => k.value).join(' ')).filter((v) => v !== ''));
}

/** Every document the page serves, also with tags removed and script data joined, so split spans join up again. */
function servedText(page: GeneratedPage): string {
  const docs = [page.html, ...page.frames.map((f) => f.html)];
  const data: unknown = JSON.parse(/\}\)\((.*)\);\n$/s.exec(page.script)?.[1] ?? 'null');
  // Text of node specs (children joined as the DOM joins them), and every string (attribute values).
  const joined = (v: unknown): string =>
    typeof v === 'string' ? v
      : Array.isArray(v) ? v.map(joined).join('')
        : v && typeof v === 'object' ? ('attrs' in v ? joined((v as { children?: unknown }).children ?? []) : Object.values(v).map(joined).join('\n'))
          : '';
  const strings = (v: unknown): string[] =>
    typeof v === 'string' ? [v] : v && typeof v === 'object' ? Object.values(v).flatMap(strings) : [];
  return [...docs, ...docs.map((d) => d.replace(/<[^>]*>/g, '')), joined(data), ...strings(data)].join('\n');
}

describe('seeds', () => {
  it('keeps the dev and held-out splits apart', () => {
    expect(DEV_SEEDS.filter((s) => HELDOUT_SEEDS.includes(s))).toEqual([]);
    expect(HELDOUT_SEEDS).toHaveLength(24);
  });

  it('is deterministic per seed, and seeds differ', () => {
    for (const seed of [1, 101, 124]) {
      expect(generatePage(seed, { crossOrigin: CROSS })).toEqual(generatePage(seed, { crossOrigin: CROSS }));
    }
    expect(generatePage(101).html).not.toBe(generatePage(102).html);
    // The cross origin only changes the frame's URL, not the keys.
    expect(generatePage(101, { crossOrigin: 'http://127.0.0.1:1' }).planted).toEqual(generatePage(101, { crossOrigin: CROSS }).planted);
  });
});

describe('held-out pages', () => {
  // Frozen: a change to the generator that alters the held-out pages must be deliberate (and the
  // new pages are then no longer unseen by whoever tuned against them). Last change: the same
  // pages, their expected counts with a Kraken pair counted once.
  it('are the frozen set', () => {
    const digest = createHash('sha256').update(JSON.stringify(generatePages(HELDOUT_SEEDS))).digest('hex');
    expect(digest).toBe('39f10a6a816d17a44c0fd9b94d5bf697ac2657c3ef5415588727001350a0da35');
  });

  it('cover every case, zero-key pages included', () => {
    const seen = new Set(heldout.flatMap((p) => p.cases));
    expect(ALL_CASES.filter((c) => !seen.has(c))).toEqual([]);
    expect(heldout.filter((p) => p.expected === 0).length).toBeGreaterThanOrEqual(3);
    expect(heldout.filter((p) => p.frames.length > 0).length).toBeGreaterThanOrEqual(3);
  });

  it('mix several cases per page', () => {
    for (const p of heldout.filter((x) => x.expected > 0)) {
      expect(p.cases.length, `seed ${p.seed}`).toBeGreaterThanOrEqual(3);
    }
  });

  it('use keys no other page uses', () => {
    const all = heldout.flatMap((p) => p.planted.filter((k) => k.alerts).map((k) => k.value));
    expect(new Set(all).size).toBe(all.length);
    const devKeys = new Set(dev.flatMap((p) => p.planted.map((k) => k.value)));
    expect(all.filter((k) => devKeys.has(k))).toEqual([]);
  });
});

describe.each([['dev', dev], ['held-out', heldout]] as const)('%s pages are consistent', (_, pages) => {
  it('expected counts = distinct exposed credentials present at the end', () => {
    for (const p of pages) {
      const before = alertingIn(p, ['head', 'view', 'frame-same', 'frame-cross']);
      const after = alertingIn(p, ['head', 'frame-same', 'frame-cross', 'next-view']);
      expect(p.expected, `seed ${p.seed}`).toBe(p.pushState ? after.size : before.size);
      if (p.pushState) expect(p.pushState.before, `seed ${p.seed}`).toBe(before.size);
      expect(p.notice).toBe(p.expected > 0);
      expect(p.expected === 0).toBe(isZeroKeySeed(p.seed) || (p.pushState !== null && after.size === 0));
    }
  });

  it('a Kraken pair is planted whole and counts once', () => {
    for (const p of pages) {
      for (const pl of p.placements) {
        const kinds = pl.keys.map((k) => k.kind);
        if (kinds.includes('kraken-public') || kinds.includes('kraken-private')) {
          expect(kinds, `seed ${p.seed}`).toEqual(['kraken-public', 'kraken-private']);
        }
      }
    }
    const withPair = pages.find((p) => !p.pushState && p.planted.some((k) => k.kind === 'kraken-public'));
    if (withPair) {
      const singles = withPair.planted.filter((k) => k.alerts).length;
      const pairs = withPair.planted.filter((k) => k.kind === 'kraken-public').length;
      expect(withPair.expected).toBe(singles - pairs); // both halves alert, each pair is one credential
    }
  });

  it('every planted value is in what the page serves, and zero-key pages plant only decoys', () => {
    for (const p of pages) {
      const text = servedText(p);
      for (const k of p.planted) expect(text.includes(k.value), `seed ${p.seed} ${k.kind} ${k.value}`).toBe(true);
      if (isZeroKeySeed(p.seed)) expect(p.planted.filter((k) => k.alerts)).toEqual([]);
      expect(p.planted.some((k) => !k.alerts), `seed ${p.seed} has a decoy`).toBe(true);
    }
  });

  it('plants well-formed keys (GitHub checksum, Kraken sizes)', () => {
    for (const k of pages.flatMap((p) => p.planted)) {
      // CRC-32 from zlib, not the generator's own.
      if (k.kind === 'github') expect(k.value.slice(34)).toBe(base62(crc32(k.value.slice(4, 34)) >>> 0, 6));
      if (k.kind === 'kraken-public') expect(Buffer.from(k.value, 'base64')).toHaveLength(42);
      if (k.kind === 'kraken-private') expect(Buffer.from(k.value, 'base64')).toHaveLength(64);
    }
  });

  // An oracle for reading end-to-end failures: what each placement shows the content script is,
  // for the engine alone, exactly its alerting keys. A failure here is the generator's or the
  // engine's; a failure only in the browser is the content script's or the worker's.
  it('the engine alone flags exactly the alerting keys of each placement', () => {
    for (const p of pages) {
      for (const pl of p.placements) {
        const flagged = scan(pl.seen, { context: `127.0.0.1 ${p.title}` })
          .filter(isAlert).map((f) => pl.seen.slice(f.start, f.end));
        const wanted = pl.keys.filter((k) => k.alerts).map((k) => k.value);
        expect(new Set(flagged), `seed ${p.seed} ${pl.case}: ${pl.seen}`).toEqual(new Set(wanted));
      }
    }
  });
});
