// What the organisation set (storage.managed, shared/managed.ts), shown on the options page: a
// banner, a note beside each setting it decides, and those controls disabled.
import { byId } from '../shared/dom';
import { hasPolicy, isLocked, type LockedPart, type Managed } from '../shared/managed';
import { t } from '../ui/i18n';

export function renderPolicy(policy: Managed): void {
  const banner = byId('policy-banner');
  banner.hidden = !hasPolicy(policy);
  byId('policy-banner-text').textContent = t(policy.locked ? 'optManagedLocked' : 'optManagedSome');
  for (const note of document.querySelectorAll<HTMLElement>('[data-managed]')) {
    note.hidden = !isLocked(policy, note.dataset.managed as LockedPart);
  }
  for (const box of document.querySelectorAll<HTMLInputElement>('input[data-setting]')) {
    box.disabled = isLocked(policy, box.dataset.setting as LockedPart);
  }
}
