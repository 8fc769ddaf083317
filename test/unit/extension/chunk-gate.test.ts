// The worker's answer about the page's first reads (page:chunks): the windows of a chunk that hold
// a finding, and nothing else. The answer is final (the page locates those windows and nothing
// more), so it must hold every key the engine finds in the chunk, and may name no window where it
// finds none: documentation identifiers the gate lets through come back empty.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { answerChunks, foundWindows } from '../../../src/background/chunk-gate';
import { isChunksReply, LIMITS, type Span } from '../../../src/shared/protocol';
import { scan } from '../../../src/engine';
import { KeyGate, WINDOW_RADIUS } from '../../../src/gate';
import { fakeKeys } from '../../support/keys';
import { fakeWallet } from '../../corpus/wallet/fake-wallet';

const keys = fakeKeys(21);
const ctx = { includeGeneric: false, host: '', title: '' };
const answer = (text: string): Span[] => answerChunks([text], ctx)[0]!;
const filler = (n: number) => Array.from({ length: n }, (_, i) => `line ${i} of the reference, see the table below`).join('\n');

/** True when a window of `text`'s answer holds the whole of `key`. */
const holds = (text: string, key: string) => {
  const at = text.indexOf(key);
  return answer(text).some((s) => s.start <= at && s.end >= at + key.length);
};

describe('the worker’s answer about first reads', () => {
  it('names the window around a key, with the engine’s context on both sides', () => {
    const key = keys.github();
    const text = `${filler(20)}\nexport GH_TOKEN=${key}\n${filler(20)}`;
    const at = text.indexOf(key);
    const [window, ...rest] = answer(text);
    expect(rest).toEqual([]);
    expect(window).toEqual({ start: at - WINDOW_RADIUS - 'export GH_TOKEN='.length, end: at + key.length + WINDOW_RADIUS });
    expect(scan(text.slice(window!.start, window!.end)).length).toBe(1);
  });

  it('names nothing for documentation identifiers the gate lets through', () => {
    const text = `${filler(20)}\n_mm256_add_epi32 _mm512_mask_cvtusepi32_storeu_epi16 Py_TPFLAGS_HAVE_VERSION_TAG token\n${filler(20)}`;
    expect(new KeyGate().hits(text, true).length).toBeGreaterThan(0);
    expect(answer(text)).toEqual([]);
  });

  it('finds every key whose blocks were read apart, the provider words in the block before', () => {
    const labelled: Array<[string, string]> = [
      ['AWS access key', keys.awsKeyId()], ['AWS secret key', keys.awsSecret()], ['token', keys.github()],
      ['Discord bot token', keys.discord()], ['Stripe key', keys.stripeSecret()], ['Kraken API key', keys.krakenPublic()],
      ['npm token', keys.npm()], ['Slack', keys.slackToken()],
    ];
    for (const [label, key] of labelled) {
      expect(holds(`${filler(30)}\n${label}\n${key}\nRotated\n${filler(30)}`, key), label).toBe(true);
      expect(holds(`${label}\n${key}`, key), `${label}, at the start of the chunk`).toBe(true);
    }
  });

  it('holds every key the engine finds in the chunk (property)', () => {
    const pieces = fc.stringMatching(/^[A-Za-z0-9_./:= +-]{0,40}$/);
    const made = [keys.github(), keys.awsKeyId(), keys.stripeSecret(), keys.npm(), keys.openai()];
    fc.assert(fc.property(fc.constantFrom(...made), pieces, pieces, fc.nat(3), (key, before, after, lines) => {
      const text = `${filler(lines * 10)}\ndeploy token:\n${before}\n${key}\n${after}\n${filler(15)}`;
      const windows = answer(text);
      for (const f of scan(text)) {
        expect(windows.some((w) => w.start <= f.start && w.end >= f.end), `${before}|${key}|${after}`).toBe(true);
      }
      if (scan(text).length === 0) expect(windows).toEqual([]);
    }), { numRuns: 200 });
  });

  it('finds a recovery phrase one word per line (list items read apart)', () => {
    const words = fakeWallet(9).phrase('en', 12).split(' ');
    const text = `${filler(20)}\nYour recovery phrase\n${words.join('\n')}\nContinue\n${filler(20)}`;
    expect(holds(text, words.join('\n'))).toBe(true);
  });

  it('asks the engine once per cluster of hits whose windows overlap, and keeps only clusters it finds something in', () => {
    const text = `${filler(10)}\nPy_TPFLAGS_HEAPTYPE and token ${keys.github()}\n${filler(60)}\nPy_TPFLAGS_READY\n${filler(10)}`;
    const hits = new KeyGate().hits(text, true);
    const asked: string[] = [];
    expect(foundWindows(text, hits, (w) => (asked.push(w), false))).toEqual([]);
    expect(asked.length).toBe(2);
    const all = foundWindows(text, hits, () => true);
    expect(all.length).toBe(2);
    expect(all.every((s) => s.end - s.start <= LIMITS.windowChars)).toBe(true);
  });
});

describe('the page’s check of the answer', () => {
  const chunks = ['abc', 'x'.repeat(100)];
  it('accepts windows inside their chunk, in order of the chunks', () => {
    expect(isChunksReply({ windows: [[], [{ start: 0, end: 100 }]] }, chunks)).toBe(true);
    expect(isChunksReply({ windows: answerChunks(chunks, ctx) }, chunks)).toBe(true);
  });

  it.each([
    ['no reply', undefined],
    ['one chunk short', { windows: [[]] }],
    ['past its chunk', { windows: [[{ start: 0, end: 4 }], []] }],
    ['empty span', { windows: [[{ start: 2, end: 2 }], []] }],
    ['negative', { windows: [[{ start: -1, end: 2 }], []] }],
    ['not an integer', { windows: [[{ start: 0.5, end: 2 }], []] }],
    ['not a span', { windows: [['0-2'], []] }],
    ['too many spans', { windows: [[], Array.from({ length: LIMITS.spansPerChunk + 1 }, () => ({ start: 0, end: 1 }))] }],
  ])('refuses %s', (_, reply) => {
    expect(isChunksReply(reply, chunks)).toBe(false);
  });
});
