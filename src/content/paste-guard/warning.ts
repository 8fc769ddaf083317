// The inline warning next to a field (own-ui.ts: closed shadow root on
// <keywarden-paste-warning data-keywarden="paste-warning">), placed by the field's rect. Every word
// comes from the worker (WarningWords); the page does no locale lookup, and no string becomes markup.
import { append, h } from '../../shared/dom';
import type { WarningWords } from '../../shared/protocol';
import { ownUi } from '../own-ui';

export interface WarningActions {
  remove(): void;
  keep(): void;
  dismiss(): void;
}

const STYLE = `
.box { box-sizing: border-box; max-width: 380px; min-width: 240px; padding: 10px 12px; border-radius: 8px;
  background: #fff; color: #1d1d1f; font: 13px/1.4 system-ui, sans-serif; border: 2px solid #b26a00;
  box-shadow: 0 4px 16px rgba(0,0,0,.25); }
.box.public { border-color: #c62828; }
.box.wallet { border: 3px solid #b71c1c; max-width: 420px; }
.box.wallet h2 { color: #b71c1c; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); margin: 0; }
.head { display: flex; gap: 8px; align-items: flex-start; justify-content: space-between; }
h2 { font-size: 14px; margin: 0 0 4px; font-weight: 600; }
p, ul { margin: 4px 0; }
ul { padding-left: 18px; }
.alarm { color: #b71c1c; font-weight: 600; }
.actions { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 8px; }
button { font: inherit; padding: 4px 10px; border-radius: 6px; border: 1px solid #888; background: #f4f4f4;
  color: inherit; cursor: pointer; }
button.primary { background: #1f57c3; color: #fff; border-color: #1f57c3; }
button:focus-visible { outline: 2px solid #1f57c3; outline-offset: 2px; }
button.close { border: none; background: transparent; font-size: 16px; line-height: 1; padding: 2px 6px; }
@media (prefers-color-scheme: dark) {
  .box { background: #222; color: #eee; }
  .alarm { color: #ff8a80; }
  .box.wallet h2 { color: #ff8a80; }
  button { background: #333; border-color: #666; }
}
`;

function button(text: string, action: string, onClick: () => void, className?: string): HTMLButtonElement {
  const b = h('button', { type: 'button', class: className, 'data-action': action }, text);
  b.addEventListener('click', (e) => {
    e.stopPropagation();
    onClick();
  });
  return b;
}

export class PasteWarning {
  readonly host: HTMLElement;
  private readonly root: ShadowRoot;
  private readonly box: HTMLDivElement;
  private readonly status: HTMLParagraphElement;
  private removedTimer: ReturnType<typeof setTimeout> | undefined;
  private announceTimer: ReturnType<typeof setTimeout> | undefined;
  private removedText = '';

  constructor(private readonly field: HTMLElement, private readonly actions: WarningActions) {
    ({ host: this.host, root: this.root } = ownUi('keywarden-paste-warning', 'paste-warning', STYLE));
    this.box = h('div', { class: 'box', role: 'region' });
    // A live region must exist before its text changes to be announced: the status line is filled
    // a moment after the warning is attached.
    this.status = h('p', { class: 'sr', role: 'status', 'aria-live': 'polite' });
    this.box.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') {
        e.stopPropagation();
        this.actions.dismiss();
        this.field.focus();
      }
    });
    this.root.append(this.status, this.box);
    // On <html>, not <body>: outside the page's layout and its framework's render tree.
    document.documentElement.append(this.host);
  }

  render(words: WarningWords): void {
    this.removedText = words.removed;
    this.box.className = `box ${words.tone}`;
    this.box.setAttribute('aria-label', words.label);
    const close = button('×', 'close', () => this.actions.dismiss(), 'close');
    close.setAttribute('aria-label', words.close);
    const line = ({ text, alarm }: WarningWords['lines'][number]) => h('p', { class: alarm ? 'alarm' : undefined }, text);
    const more = h('div', { id: 'more', hidden: '' }, ...words.more.map((text) => h('p', {}, text)));
    const learn = button(words.learnMore, 'learn-more', () => {
      more.hidden = !more.hidden;
      learn.setAttribute('aria-expanded', String(!more.hidden));
    });
    learn.setAttribute('aria-expanded', 'false');
    learn.setAttribute('aria-controls', 'more');
    this.box.replaceChildren();
    append(
      this.box,
      h('div', { class: 'head' }, h('h2', {}, words.heading), close),
      ...words.lines.map(line),
      words.tips.length > 0 && h('ul', {}, ...words.tips.map(({ text, alarm }) => h('li', { class: alarm ? 'alarm' : undefined }, text))),
      h('div', { class: 'actions' },
        button(words.remove, 'remove', () => this.actions.remove(), 'primary'),
        button(words.keep, 'keep', () => this.actions.keep()),
        learn),
      more,
    );
    this.position();
    this.announce(words.announce);
  }

  private announce(text: string): void {
    clearTimeout(this.announceTimer);
    this.announceTimer = setTimeout(() => {
      this.status.textContent = text;
    }, 150);
  }

  /** After "remove": say it is done, then go away by itself. */
  showRemoved(onDone: () => void): void {
    this.box.className = 'box';
    this.box.replaceChildren(h('p', {}, this.removedText));
    this.announce(this.removedText);
    this.removedTimer = setTimeout(onDone, 2500);
  }

  /** Below the field, or above it when there is no room; always inside the viewport. */
  position(): void {
    const r = this.field.getBoundingClientRect();
    const box = this.host.getBoundingClientRect();
    const gap = 6;
    const vw = document.documentElement.clientWidth || window.innerWidth;
    const vh = window.innerHeight;
    let top = r.bottom + gap;
    if (top + box.height > vh) top = r.top - box.height - gap;
    top = Math.max(gap, Math.min(top, vh - box.height - gap));
    const left = Math.max(gap, Math.min(r.left, vw - box.width - gap));
    this.host.style.setProperty('top', `${Math.round(top)}px`, 'important');
    this.host.style.setProperty('left', `${Math.round(left)}px`, 'important');
  }

  destroy(): void {
    clearTimeout(this.removedTimer);
    clearTimeout(this.announceTimer);
    this.host.remove();
  }
}
