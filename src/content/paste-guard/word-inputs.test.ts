// Per-word inputs: which container's inputs make the group, and which words go to the worker. The
// DOM side (ancestors, querySelectorAll) runs in the end-to-end tests on real forms.
import { describe, expect, it } from 'vitest';
import { fakeWallet } from '../../../test/corpus/wallet/fake-wallet';
import { groupWords, MAX_GROUP_INPUTS, phraseGroup } from './word-inputs';

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
