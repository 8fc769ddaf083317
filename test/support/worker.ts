// Messages to the real background worker on the in-memory browser (@webext-core/fake-browser), as
// content scripts send them: a sender with our id, a tab and a frame.
import { fakeBrowser } from '@webext-core/fake-browser';
import type { Runtime, Tabs } from 'webextension-polyfill';

/** A content script's sender: top frame (0) of tab `tabId` showing `url`. */
export function sender(tabId: number, url = 'https://site.example/page', frameId = 0): Runtime.MessageSender {
  const tab = { id: tabId, url, index: 0, highlighted: false, active: true, pinned: false, incognito: false } as Tabs.Tab;
  return { id: fakeBrowser.runtime.id, url, frameId, tab };
}

/** Delivers `message` to the worker's listener and returns its reply. */
export async function deliver(message: unknown, from: Runtime.MessageSender): Promise<unknown> {
  const replies = await fakeBrowser.runtime.onMessage.trigger(message, from as never, () => undefined);
  return replies[0];
}
