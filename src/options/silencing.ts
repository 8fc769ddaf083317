// The options page's silencing beyond pause: keys allowed everywhere (undo), and each site's
// minimum severity (add, remove). Both are visible here and undoable here.
import type { Severity } from '../engine/types';
import { isSeverity, type AllowedValues, type Settings } from '../shared/storage';
import { normalizeHost } from '../shared/hosts';
import { byId, h } from '../shared/dom';
import { isLocked, type Managed } from '../shared/managed';
import { t } from '../ui/i18n';
import { newestFirst, withoutAllowed, withSiteMinSeverity } from '../ui/prefs';
import { providerInfo } from '../ui/providers';
import { updateAllowed, updateSettings } from '../ui/store';
import { keyRow, refill, removalButton } from './rows';

type Say = (message: string) => void;

/** Message key of "only keys of this severity and above". */
const MINIMUM_LABELS: Record<Severity, string> = {
  critical: 'optMinCritical',
  high: 'optMinHigh',
  medium: 'optMinMedium',
  low: 'optMinLow',
  info: 'optMinInfo',
};

export function renderAllowed(allowed: AllowedValues, policy: Managed, say: Say): void {
  const list = byId('allowed-list');
  const items = newestFirst(allowed);
  byId('allowed-empty').hidden = items.length > 0;
  const locked = isLocked(policy, 'allowed');
  const dateFormat = new Intl.DateTimeFormat(t('localeCode'), { dateStyle: 'medium' });
  refill(list, () => {
    for (const a of items) {
      const name = providerInfo(a.provider).name;
      const undo = removalButton(list, t('optAllowedUndo'), t('optAllowedUndoLabel', [name, a.redacted]), locked, async () => {
        await updateAllowed((all) => withoutAllowed(all, a.fingerprint));
        say(t('announceRestored', name));
      });
      list.appendChild(keyRow('allowed-key', name, a.redacted, a.at > 0 ? t('optAllowedOn', dateFormat.format(new Date(a.at))) : '', undo));
    }
  });
}

export function renderSiteRules(settings: Settings, policy: Managed, say: Say): void {
  const list = byId('site-rules-list');
  const entries = Object.entries(settings.siteMinSeverity).sort(([a], [b]) => a.localeCompare(b));
  byId('site-rules-empty').hidden = entries.length > 0;
  const locked = isLocked(policy, 'siteMinSeverity');
  refill(list, () => {
    for (const [host, severity] of entries) {
      const remove = removalButton(list, t('optRemove'), t('optSiteRuleRemoveLabel', host), locked, async () => {
        await updateSettings((s) => withSiteMinSeverity(s, host, undefined));
        say(t('optSaved'));
      });
      list.appendChild(
        h(
          'li',
          { class: 'row', 'data-testid': 'site-rule' },
          h('span', { class: 'row-main' }, h('span', { class: 'row-title' }, host), h('span', { class: 'help' }, t(MINIMUM_LABELS[severity]))),
          remove,
        ),
      );
    }
  });
  const form = byId<HTMLFormElement>('site-rule-form');
  for (const control of form.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLButtonElement>('input, select, button')) {
    control.disabled = locked;
  }
}

/** A host as typed, or the host of a URL pasted whole; '' when it is neither. */
export function hostFromInput(typed: string): string {
  const text = typed.trim();
  let host = text;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) {
    try {
      host = new URL(text).hostname;
    } catch {
      return '';
    }
  }
  host = normalizeHost(host);
  return /^[a-z0-9-]+(\.[a-z0-9-]+)*$/.test(host) ? host : '';
}

export function wireSiteRules(say: Say): void {
  const form = byId<HTMLFormElement>('site-rule-form');
  const hostInput = byId<HTMLInputElement>('site-rule-host');
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    // A URL pasted whole counts by its host.
    const host = hostFromInput(hostInput.value);
    const severity = byId<HTMLSelectElement>('site-rule-severity').value;
    if (!host || !isSeverity(severity)) {
      hostInput.setAttribute('aria-invalid', 'true');
      say(t('optSiteRuleBadHost'));
      hostInput.focus();
      return;
    }
    hostInput.removeAttribute('aria-invalid');
    await updateSettings((s) => withSiteMinSeverity(s, host, severity));
    form.reset();
    say(t('optSaved'));
  });
}
