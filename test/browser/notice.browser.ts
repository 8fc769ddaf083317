// The in-page notice and our in-page UI (own-ui.ts) under this page's strict CSP (no inline
// styles): the adopted stylesheet and the host's CSSOM declarations still apply, in both browsers.
import { Notice } from '../../src/content/notice';
import { ownUi } from '../../src/content/own-ui';
import { check, equal, test } from './runner';

const words = (n: number) => ({ message: `${n} exposed keys on this page`, close: 'Close', short: String(n) });

test('our UI is styled by its adopted sheet and its host by CSSOM, under a strict CSP', () => {
  const { host, root } = ownUi('keywarden-probe', 'probe', '.mark { color: rgb(1, 2, 3); }');
  const mark = document.createElement('span');
  mark.className = 'mark';
  mark.textContent = 'styled';
  root.append(mark);
  document.body.append(host);
  equal(getComputedStyle(mark).color, 'rgb(1, 2, 3)', 'adopted sheet');
  equal(getComputedStyle(host).position, 'fixed', 'host position');
  equal(host.shadowRoot, null, 'the root is closed to the page');
  equal(host.getAttribute('data-keywarden'), 'probe', 'marked as ours');
});

test('the notice shows the count, follows it, and leaves at zero', () => {
  const notice = new Notice();
  notice.update(2, words(2));
  const host = document.querySelector<HTMLElement>('[data-keywarden="notice"]');
  check(host, 'notice shown');
  equal(host.getAttribute('data-count'), '2', 'count');
  equal([getComputedStyle(host).position, getComputedStyle(host).right, getComputedStyle(host).bottom], ['fixed', '12px', '12px'], 'placed');
  notice.update(3, words(3));
  equal(document.querySelectorAll('[data-keywarden="notice"]').length, 1, 'one notice');
  equal(host.getAttribute('data-count'), '3', 'count follows');
  notice.update(0, words(0));
  equal(document.querySelector('[data-keywarden="notice"]'), null, 'gone at zero');
  notice.reset();
});

test('after a reset (SPA navigation) the notice may show again', () => {
  const notice = new Notice();
  notice.update(1, words(1));
  notice.reset();
  equal(document.querySelector('[data-keywarden="notice"]'), null, 'removed by reset');
  notice.update(1, words(1));
  check(document.querySelector('[data-keywarden="notice"]'), 'shown again');
  notice.reset();
});
