// The toolbar popup: what was found on this tab, how bad it is, what to do now, and the checklist.
// Renders from storage alone, so it opens instantly even while the background worker sleeps.
import { tabKey, type Dismissal, type StoredFinding, type TabState } from '../shared/storage';
import { hostOf, isPaused } from '../shared/hosts';
import { tabInfo } from '../platform';
import { append, byId, clear, h } from '../shared/dom';
import { localize, t } from '../ui/i18n';
import { formatCount, kindKey, notCountedKey, pluralKey, severityKey, whereKey } from '../shared/labels';
import { withDismissal, withSitePaused, withoutDismissal } from '../ui/prefs';
import { badgeColour, providerInfo, safeHttpUrl } from '../ui/providers';
import {
  onStorageChange,
  readLocal,
  readTabState,
  updateChecklist,
  updateDismissals,
  updateSettings,
  type LocalState,
} from '../ui/store';
import { CHECKLIST, CHECKLIST_GROUPS, checklistGroupKey, checklistKeys, checklistProgress } from './checklist';
import type { Credential } from '../shared/findings';
import { renderFindingsList } from './findings-list';
import { buildPopupModel } from './model';
import { pageAccess, type PageAccess } from './page-access';
import { pickTip, tipKey } from './tips';
import { allowButton } from './allow';
import { renderExport, wireExport } from './export';
import { isLocked } from '../shared/managed';

interface Context {
  tabId: number | undefined;
  url: string | undefined;
  local: LocalState;
  state: TabState | undefined;
}

async function targetTab(): Promise<{ tabId: number | undefined; url: string | undefined }> {
  const param = new URLSearchParams(location.search).get('tab');
  return tabInfo(param !== null && /^\d+$/.test(param) ? Number(param) : undefined);
}

/** The site the tab shows, as pausing judges it; '' for pages no extension reads. */
function tabHost(ctx: Context): string {
  if (ctx.state?.host) return ctx.state.host;
  return pageAccess(ctx.url) === 'readable' ? hostOf(ctx.url) : '';
}

/** Shows a short status line (announced politely), optionally with one action button. */
function announce(message: string, action?: { label: string; run: () => void }): void {
  const status = byId('status');
  clear(status);
  // Filled after a tick so screen readers announce a repeated message too.
  setTimeout(() => {
    append(status, h('span', {}, message));
    if (action) {
      const button = h('button', { type: 'button', class: 'btn btn-small' }, action.label);
      button.addEventListener('click', action.run);
      status.appendChild(button);
    }
  }, 50);
}

// ---- Rendering ---------------------------------------------------------------------------------

function render(ctx: Context): void {
  const model = buildPopupModel(ctx.state, ctx.local.dismissed, (slug) => providerInfo(slug).category === 'exchange');
  const host = tabHost(ctx);
  const paused = isPaused(ctx.local.settings.pausedSites, host);
  const { count } = model;

  byId('host').textContent = host;
  renderPauseButton(host, paused, isLocked(ctx.local.policy, 'pausedSites'));

  // A page we could not read (or were told not to) has no count, not a reassuring zero.
  const unchecked = count === 0 && (paused || (!ctx.state && pageAccess(ctx.url) !== 'readable'));
  byId('flagged-count').textContent = unchecked ? '–' : formatCount(count, t('localeCode'));
  // "At least 0" says nothing the stopped-early line does not: a lower bound is shown from 1.
  byId('count-at-least').hidden = unchecked || !model.atLeast || count === 0;
  document.body.dataset.severity = unchecked ? 'unknown' : (model.topSeverity ?? 'none');
  byId('count-label').textContent = unchecked ? t('countLabelUnchecked') : t(pluralKey('countLabel', count));
  byId('hero-sub').textContent = heroLine(ctx, model.topSeverity, paused);

  const { flagged, pastesKeptOut } = ctx.local.totals;
  byId('total-flagged').textContent = t(pluralKey('totalFlagged', flagged), String(flagged));
  byId('pastes-kept-out').textContent = t(pluralKey('pastesKeptOut', pastesKeptOut), String(pastesKeptOut));

  renderTip(model.keys);
  const canAllow = !isLocked(ctx.local.policy, 'allowed');
  renderFindingsList(model, (c) => findingCard(c, canAllow), ctx.state?.detailShed === true);
  renderExport({ state: ctx.state, dismissed: ctx.local.dismissed, allowed: ctx.local.allowed });
  renderStoppedEarly(ctx.state);
  renderEmpty(ctx, count, paused, host);
  renderNotCounted(model.notCounted, model.notCountedTotal);
  renderChecklist(ctx.local.checklist, count === 0);
}

function heroLine(ctx: Context, top: StoredFinding['severity'] | undefined, paused: boolean): string {
  if (paused) return t('heroPaused');
  if (top) return t('heroTopSeverity', t(severityKey(top)));
  if (ctx.state) return t('heroClean');
  return '';
}

function renderPauseButton(host: string, paused: boolean, locked: boolean): void {
  const button = byId<HTMLButtonElement>('pause');
  // The organisation decides which sites are paused: nothing to toggle here.
  button.hidden = host === '' || locked;
  button.textContent = t(paused ? 'resumeSite' : 'pauseSite');
  button.setAttribute('aria-pressed', String(paused));
  button.onclick = async () => {
    await updateSettings((s) => withSitePaused(s, host, !paused));
    announce(t(paused ? 'announceResumed' : 'announcePaused', host));
  };
}

function renderTip(flagged: StoredFinding[]): void {
  const box = byId('tip');
  clear(box);
  const tip = pickTip(flagged, (slug) => providerInfo(slug).category);
  box.hidden = !tip;
  if (!tip) return;
  const provider = providerInfo(tip.provider);
  // A tip message is a lead line, then one step per line (translators keep the line breaks).
  const [lead = '', ...steps] = t(tipKey(tip.id), provider.name).split('\n');
  append(box, h('h2', { class: 'tip-title' }, t('tipTitle')), h('p', { class: 'tip-lead' }, lead));
  if (steps.length > 0) box.appendChild(h('ol', { class: 'tip-steps' }, ...steps.map((step) => h('li', {}, step))));
  const url = safeHttpUrl(provider.keysUrl);
  if (url && tip.id !== 'store-now') box.appendChild(h('p', {}, keysLink(provider.name, url)));
}

function keysLink(providerName: string, url: string): HTMLAnchorElement {
  return h(
    'a',
    { href: url, target: '_blank', rel: 'noopener noreferrer', class: 'keys-link' },
    t('openKeysPage', providerName),
    h('span', { class: 'visually-hidden' }, ` ${t('opensNewTab')}`),
    h('span', { 'aria-hidden': 'true' }, ' ↗'),
  );
}

function providerBadge(slug: string, name: string): HTMLElement {
  const badge = h('span', { class: 'badge', 'aria-hidden': 'true' }, name.charAt(0).toUpperCase());
  badge.style.backgroundColor = badgeColour(slug);
  return badge;
}

function whereText(f: StoredFinding): string {
  const where = t('foundIn', t(whereKey(f.where)));
  return f.source === 'qr' && f.where !== 'qr-image' ? `${where} ${t('fromQr')}` : where;
}

/** "Found in: …", and for a script file its name (a link that opens it), line and column. */
function whereLine(f: StoredFinding): HTMLElement {
  const line = h('p', { class: 'where' }, whereText(f));
  const d = f.detail;
  if (!d) return line;
  const url = safeHttpUrl(d.url);
  const file = url
    ? h('a', { href: url, target: '_blank', rel: 'noopener noreferrer', class: 'script-link' },
      d.file, h('span', { class: 'visually-hidden' }, ` ${t('opensNewTab')}`))
    : h('code', { class: 'small' }, d.file);
  append(line, ' ', file, ', ', t('scriptLineColumn', [String(d.line), String(d.column)]));
  return line;
}

function findingCard({ primary: f, partners }: Credential, canAllow: boolean): HTMLLIElement {
  const info = providerInfo(f.provider);
  const titleId = `f-${f.fingerprint.slice(0, 16)}`;
  const card = h(
    'li',
    { class: `finding sev-${f.severity}`, 'data-testid': 'finding', 'aria-labelledby': titleId },
    h(
      'div',
      { class: 'f-head' },
      providerBadge(f.provider, info.name),
      h(
        'div',
        { class: 'f-title' },
        h('h3', { id: titleId }, info.name, h('span', { class: 'visually-hidden' }, `, ${t(kindKey(f.kind))}`)),
        h('span', { class: 'kind', 'aria-hidden': 'true' }, t(kindKey(f.kind))),
      ),
      h('span', { class: `sev sev-${f.severity}` }, t(severityKey(f.severity))),
    ),
    h('code', { class: 'redacted', 'aria-label': t('redactedLabel', f.redacted) }, f.redacted),
    whereLine(f),
  );
  for (const p of partners) {
    card.appendChild(
      h(
        'p',
        { class: 'partner' },
        t('pairedWith', t(kindKey(p.kind))),
        ' ',
        h('code', { class: 'redacted small', 'aria-label': t('redactedLabel', p.redacted) }, p.redacted),
        ' ',
        h('span', { class: 'where' }, `(${t(whereKey(p.where))})`),
      ),
    );
  }

  const todo = h('div', { class: 'todo' });
  const url = safeHttpUrl(info.keysUrl);
  const path = info.keysPath;
  if (f.onProviderSite) {
    append(todo, h('p', {}, h('strong', {}, t('doNow')), ' ', t('todoStoreNow')));
  } else {
    const action =
      f.provider === 'wallet' ? t('todoMoveFunds')
        : f.kind === 'public' ? t('todoRevokePair')
        : f.kind === 'private-key' ? t('todoReplaceKeyPair')
        : f.namedFor ? t('todoRevokeNamed', f.namedFor)
        : info.replaceHow ?? t('todoRevoke', info.name);
    append(todo, h('p', {}, h('strong', {}, t('doNow')), ' ', action, path ? ` (${path})` : ''));
    if (url) todo.appendChild(h('p', {}, keysLink(info.name, url)));
  }
  card.appendChild(todo);

  // A wallet secret is worse than a password: its own text says so, without the comparison.
  const risk = f.kind === 'public' ? t('riskPublicHalf') : f.provider === 'wallet' ? info.canDo : `${info.canDo} ${t('riskLikePassword')}`;
  card.appendChild(h('p', { class: 'risk' }, risk));

  const all = [f, ...partners];
  const dismiss = async (reason: Dismissal['reason']): Promise<void> => {
    const now = Date.now();
    await updateDismissals((d) => all.reduce((acc, x) => withDismissal(acc, x, reason, now), d));
    // The card is about to disappear: keep keyboard focus somewhere stable.
    byId('hero').focus();
    announce(t('announceDismissed', info.name), {
      label: t('undo'),
      run: () => {
        void updateDismissals((d) => all.reduce((acc, x) => withoutDismissal(acc, x.fingerprint), d));
        announce(t('announceRestored', info.name));
      },
    });
  };
  const groupLabelId = `${titleId}-dismiss`;
  const notSecret = h('button', { type: 'button', class: 'btn', 'data-action': 'not-a-secret' }, t('dismissNotSecret'));
  const rotated = h('button', { type: 'button', class: 'btn', 'data-action': 'rotated' }, t('dismissRotated'));
  notSecret.addEventListener('click', () => void dismiss('not-a-secret'));
  rotated.addEventListener('click', () => void dismiss('rotated'));
  card.appendChild(
    h(
      'div',
      { class: 'actions', role: 'group', 'aria-labelledby': `${groupLabelId} ${titleId}` },
      h('span', { class: 'actions-label', id: groupLabelId }, t('dismissAs')),
      notSecret,
      rotated,
      canAllow && allowButton(all, info.name, announce, () => byId('hero').focus()),
    ),
  );
  return card;
}

function renderStoppedEarly(state: TabState | undefined): void {
  byId('stopped-early').hidden = !state?.stoppedEarly;
  byId('keys-full').hidden = !state?.keysFull;
}

const UNREADABLE: Record<Exclude<PageAccess, 'readable'>, string> = {
  'browser-page': 'cantReadBrowserPage',
  store: 'cantReadStore',
  pdf: 'cantReadPdf',
  file: 'cantReadFile',
  hidden: 'cantReadHidden',
};

function renderEmpty(ctx: Context, count: number, paused: boolean, host: string): void {
  const box = byId('empty');
  clear(box);
  box.hidden = count > 0;
  if (count > 0) return;
  const access = pageAccess(ctx.url);
  let title: string;
  let body: string;
  let kind: string;
  if (paused) {
    [kind, title, body] = ['paused', t('emptyPausedTitle'), t('emptyPausedBody', host)];
  } else if (!ctx.state && access !== 'readable') {
    [kind, title, body] = ['unreadable', t('cantReadTitle'), t(UNREADABLE[access])];
  } else {
    [kind, title, body] = ['clean', t('emptyCleanTitle'), t('emptyCleanBody')];
  }
  box.dataset.state = kind;
  append(box, h('h2', {}, title), h('p', {}, body));
  if (kind === 'clean') box.appendChild(h('p', { class: 'muted' }, t('emptyLocalOnly')));
}

function renderNotCounted(findings: StoredFinding[], total: number): void {
  const details = byId<HTMLDetailsElement>('not-counted');
  const list = byId('not-counted-list');
  clear(list);
  details.hidden = total === 0;
  byId('not-counted-summary').textContent = t('notCountedSummary', formatCount(total, t('localeCode')));
  for (const f of findings) {
    const info = providerInfo(f.provider);
    list.appendChild(
      h(
        'li',
        { class: 'nc-item', 'data-testid': 'not-counted-item' },
        h('span', { class: 'nc-provider' }, `${info.name} · ${t(kindKey(f.kind))}`),
        h('code', { class: 'redacted small' }, f.redacted),
        h('span', { class: 'nc-reason' }, `${t(notCountedKey(f.notCounted, f.example))} · ${t(whereKey(f.where))}`),
      ),
    );
  }
}

let checklistBuilt = false;

function renderChecklist(state: Record<string, boolean>, openWhenBuilt: boolean): void {
  const { done, total } = checklistProgress(CHECKLIST, state);
  const progressText = t('checklistProgress', [String(done), String(total)]);
  byId('checklist-progress').textContent = progressText;
  const bar = byId<HTMLProgressElement>('checklist-bar');
  bar.max = total;
  bar.value = done;
  bar.setAttribute('aria-valuetext', progressText);

  if (!checklistBuilt) {
    checklistBuilt = true;
    byId<HTMLDetailsElement>('checklist').open = openWhenBuilt;
    const body = byId('checklist-body');
    for (const group of CHECKLIST_GROUPS) {
      const headingId = `chk-group-${group}`;
      const list = h('ul', { class: 'chk-list', 'aria-labelledby': headingId });
      for (const item of CHECKLIST.filter((i) => i.group === group)) {
        const id = `chk-${item.id}`;
        const box = h('input', { type: 'checkbox', id, 'aria-describedby': `${id}-why`, 'data-item': item.id });
        box.addEventListener('change', () => void updateChecklist(item.id, box.checked));
        list.appendChild(
          h('li', { class: 'chk-item' }, box, h('div', {}, h('label', { for: id }, t(checklistKeys(item).label)), h('p', { class: 'why', id: `${id}-why` }, t(checklistKeys(item).why)))),
        );
      }
      append(body, h('h3', { id: headingId, class: 'chk-group' }, t(checklistGroupKey(group))), list);
    }
  }
  for (const box of document.querySelectorAll<HTMLInputElement>('input[data-item]')) {
    box.checked = state[box.dataset.item ?? ''] === true;
  }
}

// ---- Start -------------------------------------------------------------------------------------

async function main(): Promise<void> {
  localize();
  const { tabId, url } = await targetTab();
  const [local, state] = await Promise.all([
    readLocal(),
    tabId === undefined ? Promise.resolve(undefined) : readTabState(tabId),
  ]);
  const ctx: Context = { tabId, url, local, state };
  wireExport(() => ({ state: ctx.state, dismissed: ctx.local.dismissed, allowed: ctx.local.allowed }));
  render(ctx);
  document.body.dataset.ready = 'true';
  // When the count and the findings were first rendered, for bench/popup-load.ts (stays in the page).
  performance.mark('keywarden:rendered');

  // Live: new findings while the popup is open, dismissals and pauses from here or the options page.
  onStorageChange(async (area, keys) => {
    const tabChanged = area === 'session' && tabId !== undefined && keys.includes(tabKey(tabId));
    if (area !== 'local' && area !== 'managed' && !tabChanged) return;
    ctx.local = await readLocal();
    if (tabChanged && tabId !== undefined) ctx.state = await readTabState(tabId);
    render(ctx);
  });
}

void main();
