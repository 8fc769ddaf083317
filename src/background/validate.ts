// Who may talk to the worker. Content scripts of this extension, running in a web page tab, and
// nothing else: not other extensions, not our own extension pages posing as a tab, not web pages.
import type { MessageSender } from '../platform';
import { hostOf, isPaused } from '../shared/hosts';
import type { Settings } from '../shared/storage';

export interface ContentSender {
  tabId: number;
  frameId: number;
  /** URL of the frame that sent the message. */
  frameUrl: string;
  /** URL of the tab's top document (for frames: the page the user sees). */
  tabUrl: string | undefined;
}

const WEB = /^https?:\/\//;
// Frames without a URL of their own (about:blank, srcdoc) run the content script with match_about_blank.
const INHERITED = /^about:(blank|srcdoc)$/;

export function contentSender(sender: MessageSender, extensionId: string): ContentSender | undefined {
  if (sender.id !== extensionId) return undefined;
  const tabId = sender.tab?.id;
  if (typeof tabId !== 'number' || tabId < 0) return undefined;
  const frameUrl = sender.url ?? '';
  if (!WEB.test(frameUrl) && !INHERITED.test(frameUrl)) return undefined;
  const frameId = typeof sender.frameId === 'number' ? sender.frameId : 0;
  const tabUrl = sender.tab?.url ?? (frameId === 0 ? frameUrl : undefined);
  return { tabId, frameId, frameUrl, tabUrl };
}

/** The host of the page the user sees in the sender's tab, whichever frame sent the message. */
export function tabHost(sender: ContentSender): string {
  return hostOf(sender.tabUrl ?? sender.frameUrl);
}

/** The pause rule (shared/hosts.ts) for a sender: judged on its tab's page, for every frame alike. */
export function pausedFor(settings: Settings, sender: ContentSender): boolean {
  return isPaused(settings.pausedSites, tabHost(sender));
}

/** The web page a frame's content belongs to: its own URL, or for about:blank/srcdoc frames the tab's. */
export function frameUrlOf(sender: ContentSender): string {
  return hostOf(sender.frameUrl) ? sender.frameUrl : (sender.tabUrl ?? '');
}
