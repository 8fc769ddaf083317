// One row of a list of judged keys (dismissed, allowed everywhere): provider, redacted preview, a
// note, and the button that undoes it.
import { h } from '../shared/dom';

export function keyRow(testId: string, name: string, redacted: string, note: string, undo: HTMLButtonElement): HTMLLIElement {
  return h(
    'li',
    { class: 'row', 'data-testid': testId },
    h(
      'span',
      { class: 'row-main' },
      h('span', { class: 'row-title' }, name),
      h('code', { class: 'redacted small' }, redacted),
      note ? h('span', { class: 'help' }, note) : null,
    ),
    undo,
  );
}
