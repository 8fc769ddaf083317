// "Allow everywhere" on a finding's card: the key (by salted fingerprint, with its redacted
// preview) is never reported again on any page, QR code or paste. Undo here or in the options page.
import { h } from '../shared/dom';
import type { StoredFinding } from '../shared/storage';
import { t } from '../ui/i18n';
import { withAllowed, withoutAllowed } from '../ui/prefs';
import { updateAllowed } from '../ui/store';

export type Announce = (message: string, action?: { label: string; run: () => void }) => void;

/** The button for a credential's keys (a pair is allowed together); `done` runs before the card goes. */
export function allowButton(keys: readonly StoredFinding[], name: string, announce: Announce, done: () => void): HTMLButtonElement {
  const button = h('button', { type: 'button', class: 'btn', 'data-action': 'allow-everywhere' }, t('allowEverywhere'));
  button.addEventListener('click', async () => {
    const now = Date.now();
    await updateAllowed((a) => keys.reduce((acc, k) => withAllowed(acc, k, now), a));
    done();
    announce(t('announceAllowed', name), {
      label: t('undo'),
      run: () => {
        void updateAllowed((a) => keys.reduce((acc, k) => withoutAllowed(acc, k.fingerprint), a));
        announce(t('announceRestored', name));
      },
    });
  });
  return button;
}
