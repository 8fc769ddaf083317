// The inline warning next to a field: a closed shadow root on a host element marked
// data-keywarden="paste-warning", built with createElement/textContent only (page text never
// becomes markup), placed by the field's rect with position: fixed.
import { t } from '../../ui/i18n';
import type { SiteClass } from '../../guard/sites';

export interface WarningKey {
  providerName: string;
  /** i18n key of the kind label, e.g. guardKindSecret. */
  kindKey: string;
}

export interface WarningModel {
  keys: WarningKey[];
  tone: Exclude<SiteClass, 'provider'>;
  host: string;
  https: boolean;
  /** Show the exchange-only reminders (no withdrawals, IP allowlist). */
  exchange: boolean;
  /** Where the owner revokes the key, when the provider says. */
  keysUrl?: string;
}

export interface WarningActions {
  remove(): void;
  keep(): void;
  dismiss(): void;
}

const STYLE = `
:host { all: initial; }
.box { box-sizing: border-box; max-width: 380px; min-width: 240px; padding: 10px 12px; border-radius: 8px;
  background: #fff; color: #1d1d1f; font: 13px/1.4 system-ui, sans-serif; border: 2px solid #b26a00;
  box-shadow: 0 4px 16px rgba(0,0,0,.25); }
.box.public { border-color: #c62828; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); margin: 0; }
.head { display: flex; gap: 8px; align-items: flex-start; justify-content: space-between; }
h2 { font-size: 14px; margin: 0 0 4px; font-weight: 600; }
p, ul { margin: 4px 0; }
ul { padding-left: 18px; }
.strong { color: #b71c1c; font-weight: 600; }
.http { color: #b71c1c; }
.actions { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 8px; }
button { font: inherit; padding: 4px 10px; border-radius: 6px; border: 1px solid #888; background: #f4f4f4;
  color: inherit; cursor: pointer; }
button.primary { background: #1f57c3; color: #fff; border-color: #1f57c3; }
button:focus-visible { outline: 2px solid #1f57c3; outline-offset: 2px; }
button.close { border: none; background: transparent; font-size: 16px; line-height: 1; padding: 2px 6px; }
@media (prefers-color-scheme: dark) {
  .box { background: #222; color: #eee; }
  .strong, .http { color: #ff8a80; }
  button { background: #333; border-color: #666; }
}
`;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

function button(text: string, action: string, onClick: () => void, className?: string): HTMLButtonElement {
  const b = el('button', text, className);
  b.type = 'button';
  b.dataset.action = action;
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

  constructor(private readonly field: HTMLElement, private readonly actions: WarningActions) {
    this.host = document.createElement('keywarden-paste-warning');
    this.host.dataset.keywarden = 'paste-warning';
    const s = this.host.style;
    s.setProperty('position', 'fixed', 'important');
    s.setProperty('z-index', '2147483647', 'important');
    s.setProperty('display', 'block', 'important');
    s.setProperty('margin', '0', 'important');
    this.root = this.host.attachShadow({ mode: 'closed' });
    const style = el('style', STYLE);
    this.box = el('div', undefined, 'box');
    this.box.setAttribute('role', 'region');
    this.box.setAttribute('aria-label', t('guardRegionLabel'));
    // A live region must exist before its text changes to be announced: the status line is filled
    // a moment after the warning is attached.
    this.status = el('p', undefined, 'sr');
    this.status.setAttribute('role', 'status');
    this.status.setAttribute('aria-live', 'polite');
    this.box.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') {
        e.stopPropagation();
        this.actions.dismiss();
        this.field.focus();
      }
    });
    this.root.append(style, this.status, this.box);
    // On <html>, not <body>: outside the page's layout and its framework's render tree.
    document.documentElement.append(this.host);
  }

  render(model: WarningModel): void {
    this.box.className = `box ${model.tone}`;
    this.box.replaceChildren();
    const names = model.keys.map((k) => `${k.providerName} (${t(k.kindKey)})`).join(', ');
    const head = el('div', undefined, 'head');
    head.append(
      el('h2', t(model.keys.length > 1 ? 'guardHeadingMany' : 'guardHeadingOne', names)),
      button('×', 'close', () => this.actions.dismiss(), 'close'),
    );
    head.lastElementChild?.setAttribute('aria-label', t('guardClose'));
    this.box.append(head, el('p', t('guardWhy')));

    if (model.tone === 'public') {
      this.box.append(el('p', t('guardPublic'), 'strong'));
    } else {
      this.box.append(el('p', t('guardOtherIntro', model.host)));
      const tips = el('ul');
      const tipKeys = ['guardTipMinimal', ...(model.exchange ? ['guardTipNoWithdrawals', 'guardTipAllowlist'] : []), 'guardTipTrust'];
      for (const key of tipKeys) tips.append(el('li', t(key)));
      tips.append(model.https ? el('li', t('guardHttpsOk')) : el('li', t('guardHttpWarn'), 'http'));
      this.box.append(tips);
    }

    const more = el('div');
    more.id = 'more';
    more.hidden = true;
    more.append(el('p', t('guardMore')));
    if (model.keysUrl) more.append(el('p', t('guardKeysAt', model.keysUrl)));

    const learn = button(t('guardLearnMore'), 'learn-more', () => {
      more.hidden = !more.hidden;
      learn.setAttribute('aria-expanded', String(!more.hidden));
    });
    learn.setAttribute('aria-expanded', 'false');
    learn.setAttribute('aria-controls', 'more');
    const actions = el('div', undefined, 'actions');
    actions.append(
      button(t('guardRemove'), 'remove', () => this.actions.remove(), 'primary'),
      button(t('guardKeep'), 'keep', () => this.actions.keep()),
      learn,
    );
    this.box.append(actions, more);
    this.position();
    this.announce(`${t(model.keys.length > 1 ? 'guardHeadingMany' : 'guardHeadingOne', names)}. ${t(model.tone === 'public' ? 'guardPublic' : 'guardWhy')}`);
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
    this.box.replaceChildren(el('p', t('guardRemovedDone')));
    this.announce(t('guardRemovedDone'));
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
