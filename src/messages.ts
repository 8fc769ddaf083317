// Every message that crosses a context boundary, and every shape kept in extension storage.
// One definition here; receivers validate with the guards below and drop anything else.
import type { Finding } from './engine/types';

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
