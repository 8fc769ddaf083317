// The worker's answer about the page's first reads (page:chunks): which gate hits of a chunk the
// page must narrow down. It may settle a hit only where the engine's answer on the text as read
// holds once the blocks are apart: a key glued to a neighbouring block's text must always come back
// either as a span to narrow, or `ifFused` with the place the blocks met inside it (where the page
// sees a block boundary and narrows it down).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { answerChunks, spansToNarrow } from '../../../src/background/chunk-gate';
import { isChunksReply, LIMITS, type NarrowSpan } from '../../../src/shared/protocol';
import { scan } from '../../../src/engine';
import { KeyGate, WINDOW_RADIUS } from '../../../src/gate';
import { fakeKeys } from '../../support/keys';
import { fakeWallet } from '../../corpus/wallet/fake-wallet';

const keys = fakeKeys(21);
const ctx = { includeGeneric: false, host: '', title: '' };
const answer = (text: string): NarrowSpan[] => answerChunks([text], ctx)[0]!;
const filler = (n: number) => Array.from({ length: n }, (_, i) => `line ${i} of the reference, see the table below`).join('\n');

/** True when the page would narrow down `span` for a read whose blocks met at `boundaries`. */
const narrowed = (span: NarrowSpan, boundaries: readonly number[]) =>
  !span.ifFused || boundaries.some((b) => span.start < b && b < span.end);

/** Whether a read of `parts`, blocks run together, gets the key at `parts[k]` narrowed down. */
function keyNarrowed(parts: readonly string[], k: number): boolean {
  const text = parts.join('');
  const boundaries: number[] = [];
  let at = 0;
  for (const p of parts.slice(0, -1)) boundaries.push((at += p.length));
  const start = parts.slice(0, k).join('').length;
  const end = start + parts[k]!.length;
  return answer(text).some((s) => s.start < end && s.end > start && narrowed(s, boundaries));
}

describe('the worker’s answer about first reads', () => {
  it('narrows down a hit the engine finds something around, as it is', () => {
    const key = keys.github();
    const text = `${filler(20)}\nexport GH_TOKEN=${key}\n${filler(20)}`;
    const at = text.indexOf(key);
    const spans = answer(text);
    expect(spans.some((s) => !s.ifFused && s.start <= at && s.end >= at + key.length)).toBe(true);
  });

  it('settles the identifiers of documentation unless a block boundary runs through them', () => {
    const text = `${filler(20)}\n_mm256_add_epi32 _mm512_mask_cvtusepi32_storeu_epi16 Py_TPFLAGS_HAVE_VERSION_TAG token\n${filler(20)}`;
    const hits = new KeyGate().hits(text, true);
    const spans = answer(text);
    expect(spans.length).toBe(hits.length);
    expect(spans.every((s) => s.ifFused)).toBe(true);
  });

  it('finds every key glued to the text of the blocks before and after it', () => {
    const glued: Array<[string, string]> = [
      ['AWS access key', keys.awsKeyId()], ['AWS secret key', keys.awsSecret()], ['token', keys.github()],
      ['Discord bot token', keys.discord()], ['Stripe key', keys.stripeSecret()], ['Kraken API key', keys.krakenPublic()],
      ['npm token', keys.npm()], ['Slack', keys.slackToken()],
    ];
    for (const [label, key] of glued) {
      // Found with the blocks apart (the page's narrowing), and asked about with them run together.
      expect(scan(`${label}\n${key}\nRotated`).length, label).toBeGreaterThan(0);
      expect(keyNarrowed([filler(30), label, key, 'Rotated', filler(30)], 2), label).toBe(true);
      expect(keyNarrowed([label, key], 1), `${label}, at the start of the read`).toBe(true);
    }
  });

  it('finds a key glued to any text before and after it (property)', () => {
    const pieces = fc.stringMatching(/^[A-Za-z0-9_./:=+-]{0,40}$/);
    const made = [keys.github(), keys.awsKeyId(), keys.stripeSecret(), keys.npm(), keys.openai()];
    fc.assert(fc.property(fc.constantFrom(...made), pieces, pieces, (key, before, after) => {
      const parts = [filler(15), 'deploy token:\n', before, key, after, filler(15)];
      if (scan(`deploy token:\n${before}\n${key}\n${after}`).length === 0) return;
      expect(keyNarrowed(parts, 3), `${before}|${key}|${after}`).toBe(true);
    }), { numRuns: 300 });
  });

  it('narrows down letters of per-word elements read together, and a key needing a word past the chunk’s edge', () => {
    const words = fakeWallet(9).phrase('en', 12).split(' ');
    expect(answer(`${filler(20)}\nYour phrase${words.join('')}Continue\n${filler(20)}`).some((s) => !s.ifFused)).toBe(true);
    // A Kraken key (no prefix) at the very start of a read: its provider word may be just before it.
    expect(answer(`${keys.krakenPublic()}\n${filler(30)}`).some((s) => !s.ifFused && s.start < WINDOW_RADIUS)).toBe(true);
  });

  it('is the gate’s hits with the engine’s answer: a pure function of the text', () => {
    const text = `${filler(10)}\nPy_TPFLAGS_HEAPTYPE and token ${keys.github()}\n${filler(10)}`;
    const hits = new KeyGate().hits(text, true);
    const none = spansToNarrow(text, hits, () => false);
    const all = spansToNarrow(text, hits, () => true);
    expect(none.length).toBe(hits.length);
    expect(all.every((s) => !s.ifFused)).toBe(true);
    expect(none.some((s) => s.ifFused)).toBe(true);
  });
});

describe('the page’s check of the answer', () => {
  const chunks = ['abc', 'x'.repeat(100)];
  it('accepts spans inside their chunk, in order of the chunks', () => {
    expect(isChunksReply({ narrow: [[], [{ start: 0, end: 100, ifFused: true }]] }, chunks)).toBe(true);
    expect(isChunksReply(answerChunks(chunks, ctx).reduce((r, spans) => ({ narrow: [...r.narrow, spans] }), { narrow: [] as NarrowSpan[][] }), chunks)).toBe(true);
  });

  it.each([
    ['no reply', undefined],
    ['one chunk short', { narrow: [[]] }],
    ['past its chunk', { narrow: [[{ start: 0, end: 4 }], []] }],
    ['empty span', { narrow: [[{ start: 2, end: 2 }], []] }],
    ['negative', { narrow: [[{ start: -1, end: 2 }], []] }],
    ['not an integer', { narrow: [[{ start: 0.5, end: 2 }], []] }],
    ['a bad flag', { narrow: [[{ start: 0, end: 2, ifFused: 'yes' }], []] }],
    ['too many spans', { narrow: [[], Array.from({ length: LIMITS.spansPerChunk + 1 }, () => ({ start: 0, end: 1 }))] }],
  ])('refuses %s', (_, reply) => {
    expect(isChunksReply(reply, chunks)).toBe(false);
  });
});
