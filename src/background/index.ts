// The worker (Chrome service worker, Firefox event page). Listeners are registered synchronously at
// top level so a restarted worker receives the event that woke it; all state lives in storage.
import {
  onMessage, onStorageChanged, onTabRemoved, onTabUpdated, ownExtensionId,
} from '../platform';
import { isGuardKeptOutMessage, isGuardScanMessage, STORAGE_KEYS } from '../messages';
import { contentSender } from './validate';
import { countDropped, countPasteKeptOut, salt } from './store';
import { guardKeys } from '../guard/detect';
import {
  applyDismissals, applyPauses, handleCandidates, handleHello, handleNavigated, handleQrImage, onTabClosed, onTabNavigated,
} from './tabs';
import { isContentMessage } from '../messages';

onMessage((message, rawSender) => {
  const sender = contentSender(rawSender, ownExtensionId());
  if (!sender) {
    // Extension pages (popup, options) talk through storage, not messages: anything else is refused.
    void countDropped();
    return undefined;
  }
  if (isGuardKeptOutMessage(message)) return countPasteKeptOut().then(() => undefined);
  if (isGuardScanMessage(message)) {
    return salt().then((s) => ({ keys: guardKeys(message.text, { context: message.context, salt: s, includeGeneric: message.includeGeneric }) }));
  }
  if (!isContentMessage(message)) {
    void countDropped();
    return undefined;
  }
  switch (message.type) {
    case 'page:hello':
      return handleHello(sender);
    case 'page:candidates':
      return handleCandidates(message, sender).then(() => undefined);
    case 'page:navigated':
      return handleNavigated(sender).then(() => undefined);
    case 'page:qr-image':
      return handleQrImage(message, sender).then(() => undefined);
  }
});

onTabUpdated((tabId, change) => {
  void onTabNavigated(tabId, change);
});

onTabRemoved((tabId) => {
  void onTabClosed(tabId);
});

onStorageChanged('local', (changes) => {
  if (STORAGE_KEYS.dismissed in changes) void applyDismissals();
  if (STORAGE_KEYS.settings in changes) void applyPauses();
});
