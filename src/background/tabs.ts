// What the worker does per tab: classify candidates, keep the tab's state, badge, notice count,
// totals, notifications, and resets on navigation.
import { isAlert } from '../engine/types';
import { PROVIDERS } from '../engine';
import { message, mayNotify, notify, sendToTab, setBadge } from '../platform';
import { type CandidatesMessage, type HelloReply, type QrImageMessage, type TabCountMessage } from '../shared/protocol';
import type { StoredFinding, TabState } from '../shared/storage';
import { tabCount } from '../shared/findings';
import { shortPrint } from '../shared/keyset';
import { formatCount } from '../shared/labels';
import { classify } from './classify';
import { frameUrlOf, pausedFor, type ContentSender } from './validate';
import { addFindings, badgeFor, badgeText, emptyState, withoutDismissed } from './state';
import { hostOf, isPaused, pageKey } from '../shared/hosts';
import { providerName } from '../shared/labels';
import {
  allTabs, clearTab, countFlagged, countQrSkipped, loadTab, markNotified, salt, saveTab, serially, settings, TABS,
} from './store';
import { qrFindings } from './qr';
import { customRules } from './custom-rules';
import { managed } from './policy';
import { isSilenced, loadSilencing, silencedIn } from './silence';

const isExchange = (slug: string): boolean => Object.hasOwn(PROVIDERS, slug) && PROVIDERS[slug]!.category === 'exchange';

/** The in-page notice's words, formatted here so the page does no locale lookup. */
function noticeText(count: number, atLeast: boolean): TabCountMessage['notice'] {
  const n = formatCount(count, message('localeCode'));
  return {
    message: atLeast ? message('noticeAtLeast', [n]) : count === 1 ? message('noticeOne') : message('noticeMany', [n]),
    close: message('noticeClose'),
    short: badgeText(count, atLeast),
  };
}

export async function handleHello(sender: ContentSender): Promise<HelloReply> {
  const s = await settings();
  return { paused: pausedFor(s, sender), notice: s.notice };
}

async function showState(tabId: number, state: TabState | undefined): Promise<void> {
  const { text, color } = badgeFor(state);
  await setBadge(tabId, text, color);
  const { count, atLeast } = tabCount(state);
  await sendToTab(tabId, { type: 'tab:count', count, notice: noticeText(count, atLeast) }, 0);
}

/** Resets a tab whose page changed without a load (SPA), and asks every frame to scan again. */
async function resetForPage(tabId: number, page: string | undefined): Promise<void> {
  const reset = await serially(TABS, async () => {
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
export async function record(sender: ContentSender, findings: StoredFinding[], stoppedEarly: boolean): Promise<void> {
  const page = pageKey(sender.tabUrl ?? sender.frameUrl);
  if (!page) return;
  if (!findings.length && !stoppedEarly) return;
  const quiet = await loadSilencing(await settings(), await managed());
  const host = hostOf(page);
  const mayAlert = findings.some(isCriticalAlert) && (await settings()).notifications && (await mayNotify());
  const { state, fresh, toNotify, changed } = await serially(TABS, async () => {
    const old = await loadTab(sender.tabId);
    const now = Date.now();
    const kept = findings.filter((f) => !isSilenced(f, host, quiet)).map((f) => ({ ...f, at: now }));
    const merged = addFindings(old && old.page === page ? old : emptyState(page, now), kept, { now, isExchange });
    let next = merged.state;
    if (stoppedEarly && !next.stoppedEarly) next = { ...next, stoppedEarly: true };
    // One system notification per page, about keys no notification was about before. Keys that
    // come after it are remembered too, so reloading the page does not notify again.
    const critical = mayAlert ? merged.added.filter(isCriticalAlert) : [];
    const unseen = critical.length ? new Set(await markNotified(critical.map((f) => shortPrint(f.fingerprint)))) : new Set();
    const toNotify = next.notified ? [] : critical.filter((f) => unseen.has(shortPrint(f.fingerprint)));
    if (toNotify.length) next = { ...next, notified: true };
    if (next === old) return { state: old, fresh: [], toNotify: [], changed: false };
    // Storage full beyond what the budget can free: the old state stands, badge and all.
    const stored = (await saveTab(sender.tabId, next, old)) ?? old;
    return { state: stored, fresh: merged.fresh, toNotify, changed: stored !== old };
  });
  // Shown even when unchanged: Firefox resets a tab's badge on navigation, also to the same page.
  await showState(sender.tabId, state);
  if (!changed) return;
  // Counted once ever per credential: the new keys with the pair partners they came with.
  if (fresh.length) await countFlagged(fresh);
  if (toNotify.length) await notifyPage(sender.tabId, toNotify);
}

const isCriticalAlert = (f: StoredFinding): boolean => isAlert(f) && f.severity === 'critical';

/** One notification for a page's critical keys: the first named, the others counted. */
async function notifyPage(tabId: number, critical: StoredFinding[]): Promise<void> {
  const [first] = critical;
  if (!first) return;
  const provider = providerName(first.provider, PROVIDERS);
  const body = critical.length === 1
    ? message('notifyBody', [provider, first.redacted])
    : message('notifyBodyMany', [formatCount(critical.length, message('localeCode')), provider, first.redacted]);
  await notify(`keywarden-tab-${tabId}`, message('notifyTitle'), body).catch(() => undefined);
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
    custom: await customRules(),
    url: pageKey(frameUrlOf(sender)) ?? '',
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
    await serially(TABS, () => clearTab(tabId));
    await setBadge(tabId, '');
  }
}

export async function onTabClosed(tabId: number): Promise<void> {
  await serially(TABS, () => clearTab(tabId));
}

/** The user paused sites (popup, options): forget those tabs' findings and clear their badges. */
export async function applyPauses(): Promise<void> {
  const { pausedSites } = await settings();
  const cleared = await serially(TABS, async () => {
    const ids = [...(await allTabs())].filter(([, state]) => isPaused(pausedSites, state.host)).map(([id]) => id);
    for (const id of ids) await clearTab(id);
    return ids;
  });
  for (const id of cleared) await showState(id, undefined);
}

/**
 * The user dismissed keys or allowed them everywhere (popup), or set a site's minimum severity
 * (options): drop what is now silenced from every open tab's state and badge.
 */
export async function applySilencing(): Promise<void> {
  const quiet = await loadSilencing(await settings(), await managed());
  const changed = await serially(TABS, async () => {
    const out: Array<[number, TabState]> = [];
    for (const [tabId, state] of await allTabs()) {
      // Dismissed and allowed keys go from the key set too (kept without detail); the site's minimum judges the detail.
      const filtered = withoutDismissed(state, new Set([...quiet.dismissed, ...quiet.allowed, ...silencedIn(state, quiet)]), Date.now());
      if (filtered === state) continue;
      out.push([tabId, (await saveTab(tabId, filtered, state)) ?? state]);
    }
    return out;
  });
  for (const [tabId, state] of changed) await showState(tabId, state);
}
