// The popup's list of exposed keys. A short list is shown whole, most severe first; a long one by
// provider and kind, each group with its full count and its first cards, more on demand: a tab
// with thousands of keys opens as fast as a tab with three. How many cards each group shows is
// kept across re-renders (the list re-renders on every storage change).
import { append, byId, clear, h } from '../shared/dom';
import { formatCount, kindKey } from '../shared/labels';
import type { Credential } from '../shared/findings';
import { t } from '../ui/i18n';
import { badgeColour, providerInfo } from '../ui/providers';
import type { CardGroup, PopupModel } from './model';

/** Cards shown at first, in all (a flat list) or per group. */
export const FIRST_CARDS = 10;
/** Cards one "show more" adds to a group. */
export const MORE_CARDS = 50;

const shown = new Map<string, number>();

export function renderFindingsList(model: PopupModel, card: (c: Credential) => HTMLElement, detailShed: boolean): void {
  const section = byId('findings');
  const list = byId('findings-list');
  clear(list);
  section.hidden = model.count === 0;
  renderNotes(model, detailShed);
  if (model.cards.length <= FIRST_CARDS && model.count === model.cards.length) {
    for (const c of model.cards) list.appendChild(card(c));
    return;
  }
  for (const group of model.groups) list.appendChild(groupItem(group, card));
}

/** Says when the cards are only part of the count: the most severe are kept in detail, or none were. */
function renderNotes(model: PopupModel, detailShed: boolean): void {
  const note = byId('detail-note');
  const partial = model.cards.length < model.count;
  note.hidden = !partial;
  if (!partial) return;
  const locale = t('localeCode');
  note.textContent = detailShed
    ? t('detailShed')
    : t('detailShowing', [formatCount(model.cards.length, locale), formatCount(model.count, locale)]);
}

function groupItem(group: CardGroup, card: (c: Credential) => HTMLElement): HTMLLIElement {
  const key = `${group.provider} ${group.kind}`;
  const info = providerInfo(group.provider);
  const titleId = `g-${group.provider}-${group.kind}`.replace(/[^\w-]/g, '_');
  const badge = h('span', { class: 'badge', 'aria-hidden': 'true' }, info.name.charAt(0).toUpperCase());
  badge.style.backgroundColor = badgeColour(group.provider);
  const cards = h('ul', { class: 'group-cards', 'aria-labelledby': titleId });
  const item = h(
    'li',
    { class: `group sev-${group.severity}`, 'data-testid': 'finding-group' },
    h('h3', { class: 'group-title', id: titleId }, badge, `${info.name} · ${t(kindKey(group.kind))} `,
      h('span', { class: 'group-count', 'data-testid': 'group-count' }, formatCount(group.total, t('localeCode')))),
    cards,
  );
  const more = h('button', { type: 'button', class: 'btn btn-small group-more' });
  const fill = (): void => {
    const count = Math.min(shown.get(key) ?? FIRST_CARDS, group.cards.length);
    for (const c of group.cards.slice(cards.childElementCount, count)) cards.appendChild(card(c));
    const left = group.cards.length - count;
    more.hidden = left <= 0;
    more.textContent = t('groupMore', formatCount(Math.min(left, MORE_CARDS), t('localeCode')));
  };
  more.addEventListener('click', () => {
    shown.set(key, (shown.get(key) ?? FIRST_CARDS) + MORE_CARDS);
    fill();
  });
  fill();
  append(item, more);
  return item;
}
