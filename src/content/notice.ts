// The quiet in-page notice: a small pill in the bottom-right corner, inside a closed shadow root
// (page CSS cannot reach it, our CSS cannot leak out), built with createElement/textContent only.
// Styles go through the CSSOM (element.style), which page CSPs do not block, unlike <style>.
import { OWN_ATTRIBUTE } from './dom';

/**
 * The notice's words, formatted by the worker in the user's locale and sent with the count: no
 * locale lookup happens in the page (the first one can block a page for tens of milliseconds).
 */
export interface NoticeText {
  /** Full sentence for the count. */
  message: string;
  /** The close button's label. */
  close: string;
}

/** Collapse to the short pill after this long, so it never sits over what the user reads. */
const COLLAPSE_AFTER_MS = 10_000;

const HOST_STYLE = [
  'all: initial', 'position: fixed', 'right: 12px', 'bottom: 12px', 'z-index: 2147483647',
  'display: block', 'max-width: min(360px, calc(100vw - 24px))',
].join(';');

const PILL_STYLE = [
  'display: flex', 'align-items: center', 'gap: 6px', 'box-sizing: border-box',
  'font: 13px/1.35 system-ui, sans-serif', 'color: #1f1f1f', 'background: #fff8e1',
  'border: 1px solid #e3b341', 'border-radius: 16px', 'padding: 4px 6px 4px 10px',
  'box-shadow: 0 1px 4px rgba(0,0,0,.25)', 'opacity: .95',
].join(';');

const TEXT_STYLE = [
  'all: unset', 'cursor: pointer', 'font: inherit', 'color: inherit', 'overflow: hidden',
  'text-overflow: ellipsis',
].join(';');

const CLOSE_STYLE = [
  'all: unset', 'cursor: pointer', 'font: 16px/1 system-ui, sans-serif', 'color: #5f5f5f',
  'padding: 0 4px', 'border-radius: 8px',
].join(';');

export class Notice {
  private host: HTMLElement | null = null;
  private label: HTMLButtonElement | null = null;
  private dismissed = false;
  private expanded = true;
  private count = 0;
  private text: NoticeText = { message: '', close: '' };
  private collapseTimer: ReturnType<typeof setTimeout> | undefined;

  /** Shows or updates the notice for `count` alerting keys; hides it at 0. */
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
    const host = document.createElement('keywarden-notice');
    host.setAttribute(OWN_ATTRIBUTE, 'notice');
    host.style.cssText = HOST_STYLE;
    const root = host.attachShadow({ mode: 'closed' });

    const pill = document.createElement('div');
    pill.setAttribute('role', 'status');
    pill.setAttribute('aria-live', 'polite');
    pill.style.cssText = PILL_STYLE;

    const label = document.createElement('button');
    label.type = 'button';
    label.style.cssText = TEXT_STYLE;
    label.addEventListener('click', () => {
      this.expanded = !this.expanded;
      this.render();
    });

    const close = document.createElement('button');
    close.type = 'button';
    close.textContent = '×';
    const closeLabel = this.text.close;
    close.title = closeLabel;
    close.setAttribute('aria-label', closeLabel);
    close.style.cssText = CLOSE_STYLE;
    close.addEventListener('click', () => {
      this.dismissed = true;
      this.remove();
    });

    pill.append(label, close);
    root.append(pill);
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
    // Collapsed: a small "⚠ 2" pill; the full sentence stays available as its tooltip and label.
    this.label.textContent = this.expanded ? full : `⚠ ${this.count}`;
    this.label.title = full;
    this.label.setAttribute('aria-label', full);
    this.label.setAttribute('aria-expanded', String(this.expanded));
    this.host.setAttribute('data-count', String(this.count));
  }

  private remove(): void {
    if (this.collapseTimer !== undefined) clearTimeout(this.collapseTimer);
    this.collapseTimer = undefined;
    this.host?.remove();
    this.host = null;
    this.label = null;
  }
}
