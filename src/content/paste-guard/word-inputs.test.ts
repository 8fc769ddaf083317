// Per-word inputs: which container's inputs make the group, and which words go to the worker. The
// DOM side (ancestors, querySelectorAll) runs in the end-to-end tests on real forms.
import { describe, expect, it } from 'vitest';
import { fakeWallet } from '../../../test/corpus/wallet/fake-wallet';
import { groupWords, inNumberedOrder, labelNumber, MAX_GROUP_INPUTS, phraseGroup } from './word-inputs';

const words = fakeWallet(41).phrase('en', 12).split(' ');

describe('groupWords', () => {
  it('waits for the twelfth word, then gives every input’s word in order, trimmed', () => {
    const values = words.map((w) => ` ${w} `);
    expect(groupWords(values.slice(0, 11))).toBeUndefined();
    expect(groupWords([...values.slice(0, 11), ''])).toBeUndefined();
    expect(groupWords(values)).toEqual(words);
  });

  it('keeps each input in its place: inputs without a single word become empty entries', () => {
    const values = ['My wallet 1', ...words, 'hunter2', 'x'];
    expect(groupWords(values)).toEqual(['', ...words, '', '']);
  });

  it('does not count inputs holding several words or anything but letters', () => {
    const values = [words.join(' '), ...Array.from({ length: 11 }, (_, i) => `${words[i]}1`), 'user@example.org'];
    expect(groupWords(values)).toBeUndefined();
  });
});

describe('phraseGroup', () => {
  /** Ancestors nearest first, each with the inputs it holds. */
  const levels = (...counts: number[]) => counts.map((n, level) => ({ level, inputs: Array.from({ length: n }, (_, i) => i) }));
  const pick = (ancestors: ReturnType<typeof levels>) => phraseGroup(ancestors, (a) => a.inputs);

  it('is the outermost container with 12 to 32 inputs, so every input of a form finds the same one', () => {
    // A word's label, the grid of 12, the form with a name field: the form.
    expect(pick(levels(1, 12, 13))?.container.level).toBe(2);
    // The name field's paragraph, then the form: the same form.
    expect(pick(levels(1, 13))?.container.level).toBe(1);
    expect(pick(levels(24, 26))?.inputs).toHaveLength(26);
  });

  it('stops below a container with more than 32 inputs, and is none when none reaches 12', () => {
    expect(pick(levels(1, 12, MAX_GROUP_INPUTS + 1, 20))?.container.level).toBe(1);
    expect(pick(levels(1, MAX_GROUP_INPUTS + 1))).toBeUndefined();
    expect(pick(levels(1, 3, 11))).toBeUndefined();
    expect(pick(levels(1, MAX_GROUP_INPUTS))?.inputs).toHaveLength(MAX_GROUP_INPUTS);
  });
});

describe('numbered inputs', () => {
  it('reads a word’s number from labels people write, and nothing else', () => {
    expect(['7', '7.', ' 7) ', '#7', 'Word 7', 'word #7:', 'No. 7', '07'].map(labelNumber)).toEqual([7, 7, 7, 7, 7, 7, 7, 7]);
    for (const text of ['', 'Wallet name', '7 words', '2024', 'Step 7 of 12', '0', undefined, null]) expect(labelNumber(text), String(text)).toBeUndefined();
  });

  it('takes a grid numbered down its columns in the numbers’ order, other inputs staying in place', () => {
    // Two columns of six laid out row by row: 1 7 2 8 3 9 …, after a name field and before a password.
    const numbers = [undefined, ...Array.from({ length: 12 }, (_, i) => (i % 2 === 0 ? i / 2 + 1 : (i - 1) / 2 + 7)), undefined];
    const items = ['name', ...numbers.slice(1, 13).map((n) => `w${n}`), 'password'];
    expect(inNumberedOrder(items, numbers)).toEqual(['name', ...Array.from({ length: 12 }, (_, i) => `w${i + 1}`), 'password']);
  });

  it('keeps document order unless the numbers are 1…n each once, n at least 12', () => {
    const items = Array.from({ length: 12 }, (_, i) => i);
    const reversed = items.map((i) => 12 - i);
    expect(inNumberedOrder(items, reversed)).toEqual([...items].reverse());
    expect(inNumberedOrder(items, reversed.map((n) => (n === 3 ? 4 : n)))).toEqual(items); // 4 twice, 3 missing
    expect(inNumberedOrder(items, reversed.map((n) => n + 1))).toEqual(items); // 2…13
    expect(inNumberedOrder(items.slice(0, 6), reversed.slice(6))).toEqual(items.slice(0, 6)); // too few
  });
});
