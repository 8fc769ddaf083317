// Every message that crosses a context boundary, and every shape kept in extension storage.
// One definition here; receivers validate with the guards below and drop anything else.
import type { Finding, Kind } from './engine/types';

/** Where on a page a candidate was seen; shown in the popup ("code block", "form field", …). */
export type Where =
  | 'text'
  | 'code'
  | 'form-field'
  | 'attribute'
  | 'inline-script'
  | 'shadow-root'
  | 'frame'
  | 'qr-image';

export const WHERE_VALUES: readonly Where[] = [
  'text', 'code', 'form-field', 'attribute', 'inline-script', 'shadow-root', 'frame', 'qr-image',
];

/** A finding as kept per tab: no span (meaningless outside the page), plus where it was seen. */
export interface StoredFinding extends Omit<Finding, 'start' | 'end'> {
  where: Where;
  /** The key was seen on its provider's own site (e.g. a Kraken key on kraken.com). */
  onProviderSite: boolean;
}

export interface TabState {
  /** Origin + path of the page the findings belong to; never query or fragment. */
  page: string;
  host: string;
  findings: StoredFinding[];
  /** Set when the content script hit a budget and stopped scanning part of the page. */
  stoppedEarly?: boolean;
}

export interface Settings {
  notice: boolean;
  notifications: boolean;
  includeGeneric: boolean;
  pausedSites: string[];
}

export const DEFAULT_SETTINGS: Settings = {
  notice: true,
  notifications: false,
  includeGeneric: false,
  pausedSites: [],
};

export interface Dismissal {
  redacted: string;
  provider: string;
  reason: 'not-a-secret' | 'rotated';
  at: number;
}

export interface Totals {
  /** Distinct alerting keys flagged since install. */
  flagged: number;
  /** Pastes or typed keys the user removed after a warning. */
  pastesKeptOut: number;
}

/** Keys in storage.local / storage.session. One place so nothing invents its own. */
export const STORAGE_KEYS = {
  settings: 'settings',
  salt: 'salt',
  totals: 'totals',
  dismissed: 'dismissed', // Record<fingerprint, Dismissal>
  checklist: 'checklist', // Record<itemId, boolean>
  notified: 'notified', // fingerprints already shown as a system notification
  tabPrefix: 'tab:', // storage.session: `tab:<tabId>` → TabState
  counted: 'counted', // storage.local: salted fingerprints already added to totals.flagged (once ever)
  dropped: 'dropped', // storage.session: number of messages the background refused (bad sender or shape)
  guardTrustedSites: 'guardTrustedSites', // paste guard: string[] of hostnames the user trusts with keys
  guardTestProviderHosts: 'guardTestProviderHosts', // TEST ONLY, set by e2e tests: Record<host, providerSlug[]>
} as const;

// ---- Paste guard (issue #4; owned by src/content/paste-guard) --------------------------------
// content script → background: the user removed a pasted or typed key after a warning. The
// background adds one to Totals.pastesKeptOut (one writer, so concurrent tabs cannot lose counts).
export interface GuardKeptOutMessage {
  type: 'guard:kept-out';
}

export function isGuardKeptOutMessage(m: unknown): m is GuardKeptOutMessage {
  return typeof m === 'object' && m !== null && (m as { type?: unknown }).type === 'guard:kept-out';
}

/** Longest text the guard sends in one scan request; longer edits go in overlapping pieces. */
export const GUARD_TEXT_CHARS = 1 << 20;
/** Longest context (host, title, field label) a guard scan request carries. */
export const GUARD_CONTEXT_CHARS = 1024;

/**
 * content script → background: the part of a field around the user's edit, for the engine (which
 * lives in the worker only). Answer: {@link GuardScanReply}. Held in memory for the scan, never stored.
 */
export interface GuardScanMessage {
  type: 'guard:scan';
  text: string;
  /** Host, page title, field label: provider context for keys without a prefix. */
  context: string;
  includeGeneric: boolean;
}

/** A real key in a guard scan's text: where it is and what the warning needs to say about it. */
export interface GuardKey {
  start: number;
  end: number;
  fingerprint: string;
  provider: string;
  providerName: string;
  kind: Kind;
  /** The provider is a crypto exchange: the warning adds withdrawal advice. */
  exchange: boolean;
  keysUrl?: string;
  /** The provider's own domains: a key pasted there is where it belongs. */
  domains: string[];
}

export interface GuardScanReply {
  keys: GuardKey[];
}

export function isGuardScanMessage(m: unknown): m is GuardScanMessage {
  return isObject(m) && m.type === 'guard:scan' && isShortString(m.text, GUARD_TEXT_CHARS)
    && isShortString(m.context, GUARD_CONTEXT_CHARS) && typeof m.includeGeneric === 'boolean';
}

// ---- Page scanning (issue #3; content script ⇄ background) ------------------------------------

/** Limits the background enforces on every candidates message (a page cannot flood the worker). */
export const CANDIDATE_LIMITS = {
  windowsPerMessage: 64,
  windowChars: 8192,
  titleChars: 512,
  urlChars: 8192,
} as const;

/** A small piece of page text around a prefilter hit, and where on the page it was seen. */
export interface CandidateWindow {
  text: string;
  /** Where the text at offset 0 was seen. */
  where: Where;
  /** Where the text changes origin inside the window: [offset, where], ascending offsets. */
  marks?: Array<[number, Where]>;
}

/** Where the text at `offset` of a window was seen. */
export function whereInWindow(w: CandidateWindow, offset: number): Where {
  let where = w.where;
  for (const [at, next] of w.marks ?? []) {
    if (at > offset) break;
    where = next;
  }
  return where;
}

/** content → background: at start, "should I scan this page?" Answer: {@link HelloReply}. */
export interface HelloMessage {
  type: 'page:hello';
}

export interface HelloReply {
  /** The user paused Keywarden on this site: do nothing. */
  paused: boolean;
  /** Show the in-page notice (Settings.notice). */
  notice: boolean;
}

/** content → background: candidate windows, each sent once per page. No reply. */
export interface CandidatesMessage {
  type: 'page:candidates';
  windows: CandidateWindow[];
  /** document.title of the sending frame: provider context for keys without a prefix. */
  title: string;
  /** The content script hit a budget and left part of the page unscanned. */
  stoppedEarly?: boolean;
}

/** content (top frame) → background: the page changed its URL without loading (SPA navigation). */
export interface NavigatedMessage {
  type: 'page:navigated';
}

/**
 * content → background: a QR-shaped image the page shows. `src` is the image's own URL (http(s),
 * fetched by the worker from the browser cache) or a data: URL (canvas / inline svg / data URI).
 */
export interface QrImageMessage {
  type: 'page:qr-image';
  src: string;
  title: string;
}

export type ContentMessage = HelloMessage | CandidatesMessage | NavigatedMessage | QrImageMessage;

/** background → content (frame 0): the tab's count changed; update or show the notice. */
export interface TabCountMessage {
  type: 'tab:count';
  /** Distinct alerting keys on the tab (all frames). */
  count: number;
  /** The notice's sentence for the count and its close label, in the user's locale. */
  notice: { message: string; close: string };
}

/** background → content (all frames): the tab's state was reset (SPA navigation): scan again. */
export interface RescanMessage {
  type: 'tab:rescan';
}

export type BackgroundMessage = TabCountMessage | RescanMessage;

const isObject = (m: unknown): m is Record<string, unknown> => typeof m === 'object' && m !== null;
const isWhere = (v: unknown): v is Where => typeof v === 'string' && (WHERE_VALUES as readonly string[]).includes(v);
const isShortString = (v: unknown, max: number): v is string => typeof v === 'string' && v.length <= max;
/** Longest notice sentence or label accepted from the worker. */
const NOTICE_CHARS = 500;

function isCandidateWindow(w: unknown): w is CandidateWindow {
  return isObject(w)
    && isShortString(w.text, CANDIDATE_LIMITS.windowChars)
    && w.text.length > 0
    && isWhere(w.where)
    && w.where !== 'qr-image' // only the worker's own decoder produces QR findings
    && (w.marks === undefined || (Array.isArray(w.marks) && w.marks.length <= 64 && w.marks.every((m) =>
      Array.isArray(m) && m.length === 2 && Number.isInteger(m[0]) && isWhere(m[1]) && m[1] !== 'qr-image')));
}

/** Shape check for everything a content script may send (extra fields are tolerated, not used). */
export function isContentMessage(m: unknown): m is ContentMessage {
  if (!isObject(m)) return false;
  switch (m.type) {
    case 'page:hello':
    case 'page:navigated':
      return true;
    case 'page:candidates':
      return Array.isArray(m.windows)
        // Empty only to report stoppedEarly.
        && (m.windows.length > 0 || m.stoppedEarly === true)
        && m.windows.length <= CANDIDATE_LIMITS.windowsPerMessage
        && m.windows.every(isCandidateWindow)
        && isShortString(m.title, CANDIDATE_LIMITS.titleChars)
        && (m.stoppedEarly === undefined || typeof m.stoppedEarly === 'boolean');
    case 'page:qr-image':
      return isShortString(m.src, 2_000_000)
        && /^(https?:|data:image\/)/.test(m.src)
        && isShortString(m.title, CANDIDATE_LIMITS.titleChars);
    default:
      return false;
  }
}

export function isBackgroundMessage(m: unknown): m is BackgroundMessage {
  if (!isObject(m)) return false;
  if (m.type === 'tab:rescan') return true;
  return m.type === 'tab:count' && typeof m.count === 'number' && Number.isInteger(m.count) && m.count >= 0
    && isObject(m.notice) && isShortString(m.notice.message, NOTICE_CHARS) && isShortString(m.notice.close, NOTICE_CHARS);
}
