// A recovery phrase entered word by word: forms (wallet imports, and the phishing pages that copy
// them) give each word its own input, 12 to 24 of them in one form or container. The group is the
// one-line text inputs of the outermost ancestor, up to the form (or <body>), that holds from
// MIN_WORDS to MAX_GROUP_INPUTS of them, so every input of a form finds the same group; its
// words, in document order, go to the worker once at least MIN_WORDS of them are filled
// with a word, and the group is one field for the guard (one warning, one "remove"). Inputs
// numbered by their labels ("1.", "Word 7", a number in the cell beside) are taken in the order of
// their numbers when those are 1…n each once: a grid numbered down its columns is laid out row by
// row in the document. The numbers are order hints only; they never reach the worker.
import { LIMITS, type Span } from '../../shared/protocol';
import { mayBePhraseWord, MIN_WORDS } from '../../gate';
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

/** The group of per-word inputs `input` belongs to, or undefined; its inputs in the order their numbers give. */
export function wordGroupOf(input: HTMLInputElement): WordGroup | undefined {
  if (!isWordInput(input)) return undefined;
  const group = phraseGroup(ancestorsOf(input), (node) => Array.from(node.querySelectorAll('input')).filter(isWordInput));
  return group && { container: group.container, inputs: inNumberedOrder(group.inputs, group.inputs.map(numberOf)) };
}

/** A label that is a word's number and nothing else: "7", "7.", "#7", "Word 7", "word #7:". */
const NUMBER_LABEL = /^\s*(?:word\s*)?(?:#|no\.?\s*)?(\d{1,2})\s*[.:)]?\s*$/i;

/** The number a label's text gives a word's input, or undefined. */
export function labelNumber(text: string | null | undefined): number | undefined {
  const m = text ? NUMBER_LABEL.exec(text) : null;
  return m && Number(m[1]) > 0 ? Number(m[1]) : undefined;
}

/**
 * The input's number: from its own labels, aria-label or placeholder, else from the text just
 * before it in its cell (a number element beside the input, or the table cell before its own).
 */
function numberOf(input: HTMLInputElement): number | undefined {
  for (const label of input.labels ?? []) {
    const n = labelNumber(label.textContent);
    if (n !== undefined) return n;
  }
  const own = labelNumber(input.getAttribute('aria-label')) ?? labelNumber(input.getAttribute('placeholder'));
  if (own !== undefined) return own;
  // Up to two levels: <span>7</span><input>, or <td>7</td><td><input></td>.
  let node: Element = input;
  for (let level = 0; level < 3 && node.parentElement; level++) {
    const before = node.previousElementSibling;
    if (before) return before.querySelector('input') ? undefined : labelNumber(before.textContent);
    node = node.parentElement;
  }
  return undefined;
}

/**
 * `items` reordered by `numbers`: when the numbered ones carry 1…n each once (n ≥ MIN_WORDS), they
 * take the places the numbered items hold, in the numbers' order; the others stay where they are.
 * Otherwise `items` as they are.
 */
export function inNumberedOrder<T>(items: readonly T[], numbers: ReadonlyArray<number | undefined>): T[] {
  const slots: number[] = [];
  const byNumber: T[] = [];
  items.forEach((item, i) => {
    const n = numbers[i];
    if (n === undefined) return;
    slots.push(i);
    byNumber[n - 1] = item;
  });
  const n = slots.length;
  const whole = n >= MIN_WORDS && byNumber.length === n && Object.keys(byNumber).length === n;
  if (!whole) return [...items];
  const out = [...items];
  slots.forEach((slot, k) => (out[slot] = byNumber[k] as T));
  return out;
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
