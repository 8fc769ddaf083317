// Rows of the options page's lists: a judged key (dismissed, allowed everywhere) with provider,
// redacted preview and a note, and the button that removes or undoes a row.
import { clear, h } from '../shared/dom';

/**
 * A row's remove or undo button. The row goes away once `act` has changed storage, so focus moves
 * first: to the neighbouring row's button, or to the section's heading.
 */
export function removalButton(list: HTMLElement, text: string, label: string, locked: boolean, act: () => Promise<void>): HTMLButtonElement {
  const button = h('button', { type: 'button', class: 'btn btn-small', 'aria-label': label }, text);
  button.disabled = locked;
  button.addEventListener('click', async () => {
    focusAfterRemoval(list, button);
    await act();
  });
  return button;
}

function focusAfterRemoval(list: HTMLElement, button: HTMLElement): void {
  // Only other rows' buttons: a row may have more than one (a rule's edit and remove).
  const row = button.closest('li');
  const others = [...list.querySelectorAll<HTMLElement>('button')].filter((b) => b === button || !row?.contains(b));
  const index = others.indexOf(button);
  const next = others[index + 1] ?? others[index - 1];
  const heading = list.closest('section')?.querySelector<HTMLElement>('h2');
  if (next) next.focus();
  else if (heading) {
    heading.tabIndex = -1;
    heading.focus();
  }
}

/**
 * Renders `list` anew with `fill`. A list is rebuilt on every storage change, so the button that had
 * focus in it (where focusAfterRemoval put it) is found again by its label and keeps focus.
 */
export function refill(list: HTMLElement, fill: () => void): void {
  const active = document.activeElement;
  const label = active instanceof HTMLElement && list.contains(active) ? active.getAttribute('aria-label') : null;
  clear(list);
  fill();
  if (label === null) return;
  for (const b of list.querySelectorAll<HTMLElement>('button')) {
    if (b.getAttribute('aria-label') === label) return b.focus();
  }
}

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
