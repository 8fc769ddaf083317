// The worker (Chrome service worker, Firefox event page). Listeners are registered synchronously at
// top level so a restarted worker receives the event that woke it; all state lives in storage.
import {
  onMessage, onStorageChanged, onTabRemoved, onTabUpdated, ownExtensionId,
} from '../platform';
import { isWorkerRequest, type WorkerMessageType, type WorkerReply, type WorkerRequest } from '../shared/protocol';
import { STORAGE_KEYS } from '../shared/storage';
import { contentSender, type ContentSender } from './validate';
import { countDropped } from './store';
import { handleScriptFile, handleScriptKnown, handleScriptUnread } from './scripts';
import { handleChunks } from './chunks';
import { handleGuardPhraseInputs, handleGuardScan, handleGuardWords, handleKeptOut } from './guard';
import { forgetCustomRules } from './custom-rules';
import { onPolicyChanged } from './policy';
import {
  applyPauses, applySilencing, handleCandidates, handleHello, handleNavigated, handleQrImage, onTabClosed, onTabNavigated,
} from './tabs';

type Handlers = { [K in WorkerMessageType]: (message: WorkerRequest<K>, sender: ContentSender) => Promise<WorkerReply<K>> };

/** One handler per message of the protocol (src/shared/protocol.ts); the compiler checks each reply. */
const HANDLERS: Handlers = {
  'page:hello': (_, sender) => handleHello(sender),
  'page:chunks': handleChunks,
  'page:candidates': handleCandidates,
  'page:navigated': (_, sender) => handleNavigated(sender),
  'page:qr-image': handleQrImage,
  'guard:scan': handleGuardScan,
  'guard:phrase-inputs': handleGuardPhraseInputs,
  'guard:words': handleGuardWords,
  'guard:kept-out': handleKeptOut,
  'script:known': handleScriptKnown,
  'script:file': handleScriptFile,
  'script:unread': handleScriptUnread,
};

onMessage((message, rawSender) => {
  const sender = contentSender(rawSender, ownExtensionId());
  // Extension pages (popup, options) talk through storage, not messages: anything else is refused.
  if (!sender || !isWorkerRequest(message)) {
    void countDropped();
    return undefined;
  }
  const handle = HANDLERS[message.type] as (message: WorkerRequest, sender: ContentSender) => Promise<unknown>;
  return handle(message, sender);
});

onTabUpdated((tabId, change) => {
  void onTabNavigated(tabId, change);
});

onTabRemoved((tabId) => {
  void onTabClosed(tabId);
});

onStorageChanged('local', (changes) => {
  if (STORAGE_KEYS.customRules in changes) forgetCustomRules();
  if (STORAGE_KEYS.settings in changes) void applyPauses();
  if (STORAGE_KEYS.dismissed in changes || STORAGE_KEYS.allowed in changes || STORAGE_KEYS.settings in changes) void applySilencing();
});

// The organisation's policy changed (Chrome): rules, pauses and silencing in force change with it.
onPolicyChanged(() => {
  forgetCustomRules();
  void applyPauses();
  void applySilencing();
});
