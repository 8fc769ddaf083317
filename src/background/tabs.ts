// What the worker does per tab: classify candidates, keep the tab's state, badge, notice count,
// totals, notifications, and resets on navigation.
import { isAlert } from '../engine/types';
import { PROVIDERS } from '../engine';
import { message, mayNotify, notify, sendToTab, setBadge } from '../platform';
import type { CandidatesMessage, HelloReply, QrImageMessage } from '../shared/protocol';
import type { StoredFinding, TabState } from '../shared/storage';
import { classify } from './classify';
import { frameUrlOf, pausedFor, type ContentSender } from './validate';
import {
  addFindings, badgeFor, credentialsOf, emptyState, withoutDismissed,
} from './state';
import { hostOf, isPaused, pageKey } from '../shared/hosts';
import { providerName } from '../shared/labels';
import {
  allTabs, clearTab, countFlagged, countQrSkipped, dismissedPrints, loadTab, markNotified, salt, saveTab, serially, settings,
} from './store';
import { qrFindings } from './qr';

const tabQueue = (tabId: number) => `tab:${tabId}`;

/** The in-page notice's words, formatted here so the page does no locale lookup. */
function noticeText(count: number): { message: string; close: string } {
  return {
    message: count === 1 ? message('noticeOne') : message('noticeMany', [String(count)]),
    close: message('noticeClose'),
  };
}

export async function handleHello(sender: ContentSender): Promise<HelloReply> {
  const s = await settings();
  return { paused: pausedFor(s, sender), notice: s.notice };
}

async function showState(tabId: number, state: TabState | undefined): Promise<void> {
  const credentials = credentialsOf(state);
  const { text, color } = badgeFor(credentials);
  await setBadge(tabId, text, color);
  const count = credentials.length;
  await sendToTab(tabId, { type: 'tab:count', count, notice: noticeText(count) }, 0);
}

/** Resets a tab whose page changed without a load (SPA), and asks every frame to scan again. */
async function resetForPage(tabId: number, page: string | undefined): Promise<void> {
  const reset = await serially(tabQueue(tabId), async () => {
    const state = await loadTab(tabId);
    if (!state || state.page === page) return false;
    await clearTab(tabId);
    return true;
  });
  if (!reset) return;
  await showState(tabId, undefined);
  await sendToTab(tabId, { type: 'tab:rescan' });
}

/** Stores findings for a tab, then updates badge, notice, totals and notifications. */
async function record(sender: ContentSender, findings: StoredFinding[], stoppedEarly: boolean): Promise<void> {
  const page = pageKey(sender.tabUrl ?? sender.frameUrl);
  if (!page) return;
  if (!findings.length && !stoppedEarly) return;
  const dismissed = await dismissedPrints();
  const { state, added, changed } = await serially(tabQueue(sender.tabId), async () => {
    const old = await loadTab(sender.tabId);
    let next = old && old.page === page ? old : emptyState(page);
    const merged = addFindings(next, findings.filter((f) => !dismissed.has(f.fingerprint)));
    next = merged.state;
    if (stoppedEarly && !next.stoppedEarly) next = { ...next, stoppedEarly: true };
    const changed = next !== old;
    if (changed) await saveTab(sender.tabId, next);
    return { state: next, added: merged.added, changed };
  });
  // Shown even when unchanged: Firefox resets a tab's badge on navigation, also to the same page.
  await showState(sender.tabId, state);
  if (!changed) return;

  const newAlerts = added.filter(isAlert);
  if (newAlerts.length) {
    // Counted once ever per credential: the new keys with the pair partners they came with.
    const fresh = new Set(newAlerts.map((f) => f.fingerprint));
    const credentials = credentialsOf(state).map((c) => [c.primary, ...c.partners].map((f) => f.fingerprint));
    await countFlagged(credentials.filter((c) => c.some((fp) => fresh.has(fp))));
    await maybeNotify(newAlerts);
  }
}

async function maybeNotify(alerts: StoredFinding[]): Promise<void> {
  const critical = alerts.filter((f) => f.severity === 'critical');
  if (!critical.length || !(await settings()).notifications || !(await mayNotify())) return;
  const fresh = new Set(await markNotified(critical.map((f) => f.fingerprint)));
  for (const f of critical.filter((c) => fresh.has(c.fingerprint))) {
    const provider = providerName(f.provider, PROVIDERS);
    await notify(`keywarden-${f.fingerprint.slice(0, 16)}`, message('notifyTitle'), message('notifyBody', [provider, f.redacted]))
      .catch(() => undefined);
  }
}

export async function handleCandidates(msg: CandidatesMessage, sender: ContentSender): Promise<void> {
  const s = await settings();
  const host = hostOf(frameUrlOf(sender));
  if (pausedFor(s, sender)) return;
  const findings = classify(msg.windows, {
    salt: await salt(),
    includeGeneric: s.includeGeneric,
    host,
    title: msg.title,
    inFrame: sender.frameId !== 0,
  });
  await record(sender, findings, msg.stoppedEarly === true);
}

export async function handleQrImage(msg: QrImageMessage, sender: ContentSender): Promise<void> {
  const s = await settings();
  if (pausedFor(s, sender)) return;
  const findings = await qrFindings(msg.src, {
    salt: await salt(),
    includeGeneric: s.includeGeneric,
    host: hostOf(frameUrlOf(sender)),
    title: msg.title,
    page: `${sender.tabId} ${pageKey(sender.tabUrl ?? sender.frameUrl)}`,
  });
  // Skipped for the decode budget: counted, and the tab says scanning stopped early.
  if (!findings) void countQrSkipped();
  await record(sender, findings ?? [], findings === undefined);
}

export async function handleNavigated(sender: ContentSender): Promise<void> {
  if (sender.frameId !== 0) return;
  await resetForPage(sender.tabId, pageKey(sender.frameUrl));
}

export async function onTabNavigated(tabId: number, change: { status?: string; url?: string }): Promise<void> {
  if (change.url !== undefined) {
    // A new URL. Another page (load or SPA navigation): drop the old findings and rescan. The same
    // page (a #fragment change, which Chrome reports as "loading" too): keep them — no new
    // document comes to report them again.
    await resetForPage(tabId, pageKey(change.url));
  } else if (change.status === 'loading') {
    // The same URL loading again (reload): its content scripts start over.
    await serially(tabQueue(tabId), () => clearTab(tabId));
    await setBadge(tabId, '');
  }
}

export async function onTabClosed(tabId: number): Promise<void> {
  await serially(tabQueue(tabId), () => clearTab(tabId));
}

/** The user paused sites (popup, options): forget those tabs' findings and clear their badges. */
export async function applyPauses(): Promise<void> {
  const { pausedSites } = await settings();
  for (const [tabId, state] of await allTabs()) {
    if (!isPaused(pausedSites, state.host)) continue;
    await serially(tabQueue(tabId), () => clearTab(tabId));
    await showState(tabId, undefined);
  }
}

/** The user dismissed keys (popup): drop them from every open tab's state and badge. */
export async function applyDismissals(): Promise<void> {
  const dismissed = await dismissedPrints();
  for (const [tabId] of await allTabs()) {
    const next = await serially(tabQueue(tabId), async () => {
      const state = await loadTab(tabId);
      if (!state) return undefined;
      const filtered = withoutDismissed(state, dismissed);
      if (filtered === state) return undefined;
      await saveTab(tabId, filtered);
      return filtered;
    });
    if (next) await showState(tabId, next);
  }
}
