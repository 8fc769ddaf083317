// The quiet in-page notice: a small pill in the bottom-right corner of the top frame (own-ui.ts:
// closed shadow root, adopted stylesheet). Its words come formatted from the worker with the count:
// no locale lookup happens in the page (the first one can block a page for tens of milliseconds).
import { h } from '../shared/dom';
import type { TabCountMessage } from '../shared/protocol';
import { ownUi } from './own-ui';

export type NoticeText = TabCountMessage['notice'];

/** Collapse to the short pill after this long, so it never sits over what the user reads. */
const COLLAPSE_AFTER_MS = 10_000;

const STYLE = `
.pill { display: flex; align-items: center; gap: 6px; box-sizing: border-box; font: 13px/1.35 system-ui, sans-serif;
  color: #1f1f1f; background: #fff8e1; border: 1px solid #e3b341; border-radius: 16px; padding: 4px 6px 4px 10px;
  box-shadow: 0 1px 4px rgba(0,0,0,.25); opacity: .95; }
button { all: unset; cursor: pointer; }
button:focus-visible { outline: 2px solid #1f57c3; outline-offset: 1px; }
.label { font: inherit; color: inherit; overflow: hidden; text-overflow: ellipsis; }
.close { font: 16px/1 system-ui, sans-serif; color: #5f5f5f; padding: 0 4px; border-radius: 8px; }
`;

export class Notice {
  private host: HTMLElement | null = null;
  private label: HTMLButtonElement | null = null;
  private dismissed = false;
  private expanded = true;
  private count = 0;
  private text: NoticeText = { message: '', close: '', short: '' };
  private collapseTimer: ReturnType<typeof setTimeout> | undefined;

  /** Shows or updates the notice for `count` exposed credentials; hides it at 0. */
  update(count: number, text: NoticeText): void {
    this.count = count;
    this.text = text;
    if (count <= 0) {
      this.remove();
      return;
    }
    if (this.dismissed) return;
    if (!this.host) this.build();
    this.render();
  }

  /** A new page (SPA navigation): the notice may show again. */
  reset(): void {
    this.remove();
    this.dismissed = false;
    this.expanded = true;
  }

  private build(): void {
    const { host, root } = ownUi('keywarden-notice', 'notice', STYLE);
    for (const [property, value] of [['right', '12px'], ['bottom', '12px'], ['max-width', 'min(360px, calc(100vw - 24px))']]) {
      host.style.setProperty(property!, value!, 'important');
    }
    const label = h('button', { type: 'button', class: 'label' });
    label.addEventListener('click', () => {
      this.expanded = !this.expanded;
      this.render();
    });
    const close = h('button', { type: 'button', class: 'close', title: this.text.close, 'aria-label': this.text.close }, '×');
    close.addEventListener('click', () => {
      this.dismissed = true;
      this.remove();
    });
    root.append(h('div', { class: 'pill', role: 'status', 'aria-live': 'polite' }, label, close));
    (document.body ?? document.documentElement).append(host);
    this.host = host;
    this.label = label;
    this.collapseTimer = setTimeout(() => {
      this.collapseTimer = undefined;
      this.expanded = false;
      this.render();
    }, COLLAPSE_AFTER_MS);
  }

  private render(): void {
    if (!this.host || !this.label) return;
    const full = this.text.message;
    // Collapsed: a small "⚠ 2" (or "⚠ 10k+") pill; the full sentence stays available as its tooltip and label.
    this.label.textContent = this.expanded ? full : `⚠ ${this.text.short}`;
    this.label.title = full;
    this.label.setAttribute('aria-label', full);
    this.label.setAttribute('aria-expanded', String(this.expanded));
    this.host.setAttribute('data-count', String(this.count));
    this.host.setAttribute('data-short', this.text.short);
  }

  private remove(): void {
    if (this.collapseTimer !== undefined) clearTimeout(this.collapseTimer);
    this.collapseTimer = undefined;
    this.host?.remove();
    this.host = null;
    this.label = null;
  }
}
