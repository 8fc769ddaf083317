// A recovery phrase entered word by word: forms (wallet imports, and the phishing pages that copy
// them) give each word its own input, 12 to 24 of them in one form or container. The group is the
// one-line text inputs of the outermost ancestor, up to the form (or <body>), that holds from
// MIN_WORDS to MAX_GROUP_INPUTS of them, so every input of a form finds the same group; its
// words, in document order, go to the worker once at least MIN_WORDS of them are filled
// with a word, and the group is one field for the guard (one warning, one "remove").
import { LIMITS, type Span } from '../../shared/protocol';
import { mayBePhraseWord, MIN_WORDS } from '../gate';
import { isTextControl, textControlField, describeElement, type Field } from './fields';


/** Most inputs in a group: a 24-word form with a few more fields (wallet name, password). */
export const MAX_GROUP_INPUTS = LIMITS.phraseInputs;

/** A one-line text input a word may be typed into. */
export function isWordInput(el: Element): el is HTMLInputElement {
  if (!(el instanceof HTMLInputElement) || !isTextControl(el)) return false;
  const type = el.getAttribute('type')?.toLowerCase() ?? '';
  return type === '' || type === 'text' || type === 'password';
}

/**
 * The words of a group's inputs as the worker reads them (one entry per input, in order; an input
 * that holds no single word is an empty entry, which the engine reads past like a blank line), or
 * undefined while fewer than MIN_WORDS inputs hold a word.
 */
export function groupWords(values: readonly string[]): string[] | undefined {
  const words = wordsOf(values);
  return words.filter((w) => w !== '').length >= MIN_WORDS ? words : undefined;
}

const wordsOf = (values: readonly string[]): string[] => values.map((v) => (mayBePhraseWord(v) ? v.trim() : ''));

export interface WordGroup {
  /** The ancestor holding the group: one group, one state. */
  container: HTMLElement;
  inputs: HTMLInputElement[];
}

/**
 * The group among `ancestors` (nearest first): the outermost that holds MIN_WORDS to
 * MAX_GROUP_INPUTS word inputs, looking no farther than the first that holds more (a long form
 * is no phrase form, and farther ancestors hold even more).
 */
export function phraseGroup<A, I>(ancestors: Iterable<A>, inputsOf: (ancestor: A) => I[]): { container: A; inputs: I[] } | undefined {
  let group: { container: A; inputs: I[] } | undefined;
  for (const container of ancestors) {
    const inputs = inputsOf(container);
    if (inputs.length > MAX_GROUP_INPUTS) break;
    if (inputs.length >= MIN_WORDS) group = { container, inputs };
  }
  return group;
}

/** The input's ancestors up to its form, or up to <body>. */
function* ancestorsOf(input: HTMLInputElement): Generator<HTMLElement> {
  for (let node = input.parentElement; node; node = node.parentElement) {
    yield node;
    if (node instanceof HTMLFormElement || node === input.ownerDocument.body) return;
  }
}

/** The group of per-word inputs `input` belongs to, or undefined. */
export function wordGroupOf(input: HTMLInputElement): WordGroup | undefined {
  if (!isWordInput(input)) return undefined;
  return phraseGroup(ancestorsOf(input), (node) => Array.from(node.querySelectorAll('input')).filter(isWordInput));
}

/**
 * The group as one field: its text is the inputs' words joined by line breaks (the worker's spans
 * point into it), and removing a span clears the inputs it covers. Its element, where the warning
 * is placed and focus returns, is the input that was edited.
 */
export function groupField(group: WordGroup, edited: HTMLInputElement): Field {
  const values = () => group.inputs.map((i) => i.value);
  return {
    el: edited,
    read: () => ({ text: groupWords(values())?.join('\n') ?? '', caret: -1 }),
    remove(spans: readonly Span[]) {
      let at = 0;
      wordsOf(values()).forEach((word, i) => {
        const input = group.inputs[i] as HTMLInputElement;
        const start = at;
        at += word.length + 1;
        if (word && spans.some((s) => s.start < start + word.length && start < s.end)) {
          textControlField(input).remove([{ start: 0, end: input.value.length }]);
        }
      });
    },
    describe: () => describeElement(group.container),
  };
}
