// The options page: alerts, detection, paused sites, per-site minimums, custom rules, keys
// allowed everywhere, dismissed keys, export and clearing local data; what an organisation set
// is shown and locked.
// Every change is written to storage.local at once; the background reads it from there.
import { parseCount, parseScriptFileCounts, SCRIPT_FILE_COUNTS, STORAGE_KEYS, type Settings } from '../shared/storage';
import { readKey, requestPermission } from '../platform';
import { byId, h } from '../shared/dom';
import { localize, t } from '../ui/i18n';
import { newestFirst, withSitePaused, withoutDismissal } from '../ui/prefs';
import { providerInfo } from '../ui/providers';
import { clearAllData, onStorageChange, readLocal, updateDismissals, updateSettings, type LocalState } from '../ui/store';
import { isLocked } from '../shared/managed';
import { wireExportAll } from './export';
import { renderPolicy } from './policy';
import { renderRules, wireRules } from './rules';
import { renderAllowed, renderSiteRules, wireSiteRules } from './silencing';
import { keyRow, refill, removalButton } from './rows';

type BooleanSetting = 'notice' | 'notifications' | 'includeGeneric' | 'redownloadScripts';

function say(message: string): void {
  const status = byId('status');
  status.textContent = '';
  setTimeout(() => (status.textContent = message), 50);
}

function render(local: LocalState): void {
  for (const box of document.querySelectorAll<HTMLInputElement>('input[data-setting]')) {
    box.checked = local.settings[box.dataset.setting as BooleanSetting] === true;
  }
  renderPaused(local.settings, isLocked(local.policy, 'pausedSites'));
  renderDismissed(local);
  renderSiteRules(local.settings, local.policy, say);
  renderRules(local.customRules, local.policy, say);
  renderAllowed(local.allowed, local.policy, say);
  renderPolicy(local.policy);
}

function renderPaused(settings: Settings, locked: boolean): void {
  const list = byId('paused-list');
  byId('paused-empty').hidden = settings.pausedSites.length > 0;
  refill(list, () => {
    for (const host of settings.pausedSites) {
      const remove = removalButton(list, t('optRemove'), t('optRemovePausedLabel', host), locked, async () => {
        await updateSettings((s) => withSitePaused(s, host, false));
        say(t('optSaved'));
      });
      list.appendChild(h('li', { class: 'row', 'data-testid': 'paused-site' }, h('span', { class: 'row-main row-title' }, host), remove));
    }
  });
}

function renderDismissed(local: LocalState): void {
  const list = byId('dismissed-list');
  const items = newestFirst(local.dismissed);
  byId('dismissed-empty').hidden = items.length > 0;
  const dateFormat = new Intl.DateTimeFormat(t('localeCode'), { dateStyle: 'medium' });
  refill(list, () => {
    for (const d of items) {
      const name = providerInfo(d.provider).name;
      const reason = t(d.reason === 'rotated' ? 'reasonRotated' : 'reasonNotSecret');
      const when = d.at > 0 ? dateFormat.format(new Date(d.at)) : '';
      const undo = removalButton(list, t('undo'), t('undoDismissLabel', [name, d.redacted]), false, async () => {
        await updateDismissals((all) => withoutDismissal(all, d.fingerprint));
        say(t('announceRestored', name));
      });
      list.appendChild(keyRow('dismissed-key', name, d.redacted, when ? t('optDismissedOn', [reason, when]) : reason, undo));
    }
  });
}

function wireSettings(): void {
  for (const box of document.querySelectorAll<HTMLInputElement>('input[data-setting]')) {
    box.addEventListener('change', async () => {
      const key = box.dataset.setting as BooleanSetting;
      // The value as clicked: a render from another storage change may reset the box meanwhile.
      const on = box.checked;
      // Notifications is an optional permission: ask for it here, inside the user's click.
      if (key === 'notifications' && on) {
        const granted = await requestPermission('notifications');
        if (!granted) {
          box.checked = false;
          say(t('optNotificationsDenied'));
          return;
        }
      }
      await updateSettings((s) => ({ ...s, [key]: on }));
      say(t('optSaved'));
    });
  }
}

function wireClear(): void {
  const open = byId<HTMLButtonElement>('clear');
  const panel = byId('clear-confirm');
  const setOpen = (isOpen: boolean): void => {
    panel.hidden = !isOpen;
    open.setAttribute('aria-expanded', String(isOpen));
  };
  open.addEventListener('click', () => {
    setOpen(true);
    byId('clear-no').focus();
  });
  byId('clear-no').addEventListener('click', () => {
    setOpen(false);
    open.focus();
  });
  byId('clear-yes').addEventListener('click', async () => {
    await clearAllData();
    setOpen(false);
    open.focus();
    say(t('optCleared'));
  });
}

/** Counters the worker keeps in storage.session for this browser session: element id → message. */
const DIAGNOSTIC_TEXT: Record<'dropped-count' | 'qr-skipped-count', string> = {
  'dropped-count': 'optDroppedMessages',
  'qr-skipped-count': 'optQrSkipped',
};
const DIAGNOSTICS = [
  { key: STORAGE_KEYS.dropped, id: 'dropped-count' },
  { key: STORAGE_KEYS.qrSkipped, id: 'qr-skipped-count' },
] as const;

async function renderDiagnostics(): Promise<void> {
  for (const { key, id } of DIAGNOSTICS) {
    const n = parseCount(await readKey('session', key));
    byId(id).textContent = t(DIAGNOSTIC_TEXT[id], String(n));
  }
  const scripts = parseScriptFileCounts(await readKey('session', STORAGE_KEYS.scriptFiles));
  byId('script-files-count').textContent = t('optScriptFiles', SCRIPT_FILE_COUNTS.map((k) => String(scripts[k])));
}

async function main(): Promise<void> {
  localize();
  wireSettings();
  wireSiteRules(say);
  wireRules(say);
  wireExportAll();
  wireClear();
  // Listening first: a change made while the first read is under way is rendered too.
  onStorageChange(async (area, keys) => {
    if (area === 'local' || area === 'managed') render(await readLocal());
    if (area === 'session' && [...DIAGNOSTICS.map((d) => d.key), STORAGE_KEYS.scriptFiles].some((k) => keys.includes(k))) await renderDiagnostics();
  });
  render(await readLocal());
  await renderDiagnostics();
  document.body.dataset.ready = 'true';
}

void main();
