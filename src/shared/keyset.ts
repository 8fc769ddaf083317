// Every distinct key a tab holds, compactly: what keeps a tab's count exact however many keys the
// page shows, while full detail is kept for a bounded number of them (docs/extension.md, "Per-tab
// state under load"). Pure; the worker and the tests use it, extension pages read only the tally.
//
// A key is its salted fingerprint's first 48 bits (a number, exact in a double) and 16 bits of
// facts (severity, alert, kind, provider), 8 bytes in all; a pair link is two such prints. Stored
// as base64 strings, because storage areas keep JSON values, not typed arrays. Two distinct keys
// share their first 48 bits with probability ≈ n² / 2⁴⁹: 1.8 × 10⁻⁵ for 100,000 keys on one tab.
// A collision merges two keys into one: a count one too low, never one too high.
import { SEVERITIES, type Kind, type Severity } from '../engine/types';
import { hashString } from './hash';
import { KIND_LABELS } from './labels';

/** A fingerprint's first 48 bits. */
export type Print = number;

/** One distinct key of a tab, without anything that could rebuild it. */
export interface TabKey {
  print: Print;
  severity: Severity;
  /** Counted as an exposure (isAlert: not info, not an example). */
  alert: boolean;
  kind: Kind;
  provider: string;
  /** The other half of its key pair, when one was recognised. */
  partner?: Print;
}

const KINDS = Object.keys(KIND_LABELS) as Kind[];
/** Providers one tab can name (9 bits of facts); keys of further providers are not kept, and the count says "at least". */
export const MAX_PROVIDERS = 512;

const HEX48 = /^[0-9a-f]{12}/i;

/**
 * A fingerprint's first 48 bits. Engine fingerprints are hex SHA-256; anything else (a test's
 * 'fp-1') is hashed into 48 bits instead, so every string has a print.
 */
export function shortPrint(fingerprint: string): Print {
  if (HEX48.test(fingerprint)) return parseInt(fingerprint.slice(0, 12), 16);
  return hashString(fingerprint) % 2 ** 48;
}

// ---- base64 of bytes ---------------------------------------------------------------------------

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array | undefined {
  let binary: string;
  try {
    binary = atob(text);
  } catch {
    return undefined;
  }
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

const writePrint = (view: DataView, at: number, print: Print): void => {
  view.setUint16(at, Math.floor(print / 2 ** 32));
  view.setUint32(at + 2, print >>> 0);
};
const readPrint = (view: DataView, at: number): Print => view.getUint16(at) * 2 ** 32 + view.getUint32(at + 2);

// ---- Print lists (counted / notified: prints only, oldest first) ------------------------------

/** Prints as base64, 6 bytes each, in the order given. */
export function encodePrints(prints: Iterable<Print>): string {
  const list = [...prints];
  const view = new DataView(new ArrayBuffer(list.length * 6));
  list.forEach((p, i) => writePrint(view, i * 6, p));
  return toBase64(new Uint8Array(view.buffer));
}

/** The prints of encodePrints, oldest first; [] for anything malformed. */
export function decodePrints(text: unknown): Print[] {
  const bytes = typeof text === 'string' ? fromBase64(text) : undefined;
  if (!bytes || bytes.length % 6 !== 0) return [];
  const view = new DataView(bytes.buffer);
  const out: Print[] = [];
  for (let at = 0; at < bytes.length; at += 6) out.push(readPrint(view, at));
  return out;
}

// ---- A tab's keys ------------------------------------------------------------------------------

/** A tab's keys as stored: entries, pair links, and the provider slugs the entries index. */
export interface EncodedKeys {
  keys: string;
  pairs: string;
  providers: string[];
}

/** Facts in 16 bits: severity (3), alert (1), kind (3), provider index (9). */
function packFacts(k: TabKey, provider: number): number {
  return SEVERITIES.indexOf(k.severity) | (k.alert ? 8 : 0) | (KINDS.indexOf(k.kind) << 4) | (provider << 7);
}

export function encodeKeys(keys: Iterable<TabKey>): EncodedKeys {
  const list = [...keys];
  const providers: string[] = [];
  const providerIndex = new Map<string, number>();
  const entries = new DataView(new ArrayBuffer(list.length * 8));
  const linked = list.filter((k) => k.partner !== undefined);
  const links = new DataView(new ArrayBuffer(linked.length * 12));
  list.forEach((k, i) => {
    let p = providerIndex.get(k.provider);
    if (p === undefined) {
      p = providers.push(k.provider) - 1;
      providerIndex.set(k.provider, p);
    }
    writePrint(entries, i * 8, k.print);
    entries.setUint16(i * 8 + 6, packFacts(k, p));
  });
  linked.forEach((k, i) => {
    writePrint(links, i * 12, k.print);
    writePrint(links, i * 12 + 6, k.partner!);
  });
  return { keys: toBase64(new Uint8Array(entries.buffer)), pairs: toBase64(new Uint8Array(links.buffer)), providers };
}

/** The keys of encodeKeys, by print in insertion order; undefined for anything malformed. */
export function decodeKeys(stored: EncodedKeys): Map<Print, TabKey> | undefined {
  const entries = fromBase64(stored.keys);
  const links = fromBase64(stored.pairs);
  if (!entries || !links || entries.length % 8 !== 0 || links.length % 12 !== 0) return undefined;
  const out = new Map<Print, TabKey>();
  const view = new DataView(entries.buffer);
  for (let at = 0; at < entries.length; at += 8) {
    const facts = view.getUint16(at + 6);
    const severity = SEVERITIES[facts & 7];
    const kind = KINDS[(facts >> 4) & 7];
    const provider = stored.providers[facts >> 7];
    if (!severity || !kind || provider === undefined) return undefined;
    const print = readPrint(view, at);
    out.set(print, { print, severity, alert: (facts & 8) !== 0, kind, provider });
  }
  const linkView = new DataView(links.buffer);
  for (let at = 0; at < links.length; at += 12) {
    const key = out.get(readPrint(linkView, at));
    if (key) key.partner = readPrint(linkView, at + 6);
  }
  return out;
}

/**
 * A stored print list (counted, notified): prints as written by encodePrints, or the full hex
 * fingerprints earlier versions stored, converted. [] for anything else.
 */
export function parsePrintList(raw: unknown): Print[] {
  if (Array.isArray(raw)) return raw.filter((f): f is string => typeof f === 'string').map(shortPrint);
  return decodePrints(raw);
}
