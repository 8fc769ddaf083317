// Every message that crosses a context: one map from each message type to its request, its reply
// and the check its receiver runs before anything else (extra fields are tolerated, not used).
// Limits are named here once; senders cut to them and receivers refuse anything past them.
import type { CustomGate } from '../engine/custom';
import type { Kind } from '../engine/types';
import { isKind } from './labels';
import { isPageSurface, type Where } from './surfaces';

export const LIMITS = {
  /** Candidate windows in one page:candidates message. */
  windowsPerMessage: 64,
  /** Characters of one candidate window. */
  windowChars: 8192,
  /** Surface changes marked inside one window. */
  marksPerWindow: 64,
  /** Characters of a page title sent as provider context. */
  titleChars: 512,
  /** Characters of a QR image's source: its URL or a data: URL (a bigger image is no QR code worth decoding). */
  imageSourceChars: 1_500_000,
  /** Characters of field text in one guard:scan; a longer edit goes in overlapping pieces. */
  guardTextChars: 1 << 20,
  /** Characters of a guard scan's context (host, title, field label). */
  guardContextChars: 1024,
  /** Characters of each sentence or label the worker sends a page to show. */
  wordsChars: 500,
  /** Keys one paste warning names. */
  warningKeys: 16,
  /** Characters of a provider slug. */
  slugChars: 64,
  /** Words of the custom rules the page's gate looks for (more: every run of key characters passes). */
  customGateWords: 256,
  /** Characters of one such word (a longer one is cut: its start is still in every match). */
  customGateWordChars: 64,
  /** Inputs of one group of per-word inputs (a 24-word form and a few more fields). */
  phraseInputs: 32,
  /** Characters of one input's word in guard:phrase-inputs. */
  phraseWordChars: 32,
  /** Bytes of a script file the worker reads, per file: a larger one is skipped (counted as 'size'). */
  scriptFileBytes: 8 * 1024 * 1024,
  /** Bytes of script files the worker reads per page (tab and origin + path); later files are skipped ('budget'). */
  scriptPageBytes: 32 * 1024 * 1024,
  /** Characters of a script file's URL in a message; a longer one is not read. */
  scriptUrlChars: 4096,
  /** Script files one script:known or script:file message names. */
  scriptFilesPerMessage: 64,
  /** Chunks of page text in one page:chunks message. */
  chunksPerMessage: 256,
  /** Characters of one chunk (the scanner's reads are at most 32 K, and 512 of the text before). */
  chunkChars: 40 * 1024,
  /** Characters of all chunks of one page:chunks message: one hand-over (bench/handover.ts: ~1 ms of the page's thread). */
  chunkMessageChars: 128 * 1024,
  /** Spans one chunk's answer names. */
  spansPerChunk: 4096,
} as const;

// ---- Shapes ----------------------------------------------------------------------------------

/** A range of UTF-16 offsets into a text, end exclusive. */
export interface Span {
  start: number;
  end: number;
}

/** A small piece of page text around a run of key characters, and where on the page it was seen. */
export interface CandidateWindow {
  text: string;
  /** Where the text at offset 0 was seen. */
  where: Where;
  /** Where the text changes surface inside the window: [offset, where], ascending offsets. */
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

/** content → worker, at start and when settings change: "should this frame act?" */
export interface HelloMessage {
  type: 'page:hello';
}

export interface HelloReply {
  /** The user paused Keywarden on the site the tab shows: neither the scanner nor the guard acts. */
  paused: boolean;
  /** Show the in-page notice (Settings.notice). */
  notice: boolean;
}

/**
 * The custom rules' gate data held to LIMITS: words cut to customGateWordChars, and too many words
 * become `anyRun` (every run of key characters), which lets through at least as much.
 */
export function boundedCustomGate(gate: CustomGate): CustomGate {
  const words = [...new Set(gate.words.map((w) => w.slice(0, LIMITS.customGateWordChars)).filter(Boolean))];
  if (words.length > LIMITS.customGateWords) return { words: [], anyRun: true };
  return { words, anyRun: gate.anyRun };
}

/**
 * content → worker: page text as first read (a slice's reads together), not gated in the page: a
 * container's text with its blocks apart (a newline between blocks, pieces of one block joined),
 * each chunk after the end of the one before as context. The worker runs the page's gate and the
 * engine on each chunk and answers with the windows that hold a finding
 * (background/chunk-gate.ts); the page only locates those. The text goes the way that costs the
 * page least in each browser (platform textBody; `npx tsx bench/handover.ts`): the strings
 * themselves in Chromium, one Blob of them in Firefox.
 */
export interface ChunksMessage {
  type: 'page:chunks';
  /** The chunks: the strings (Chromium), or one Blob of them one after the other, UTF-8 (Firefox). */
  body: string[] | Blob;
  /** Length of each chunk (UTF-16 code units, as the page counts them), in order. */
  lengths: number[];
  /** document.title of the sending frame: provider context for keys without a prefix. */
  title: string;
}

export interface ChunksReply {
  /** Per chunk of the message, in order: the windows (offsets into the chunk) that hold a finding, by start. */
  windows: Span[][];
}

/** The page's check of a page:chunks reply for `chunks` (texts as sent). */
export function isChunksReply(r: unknown, chunks: readonly string[]): r is ChunksReply {
  return isObject(r) && Array.isArray(r.windows) && r.windows.length === chunks.length
    && r.windows.every((spans, i) => Array.isArray(spans) && spans.length <= LIMITS.spansPerChunk && spans.every((s) => isObject(s)
      && Number.isInteger(s.start) && Number.isInteger(s.end) && (s.start as number) >= 0 && (s.start as number) < (s.end as number)
      && (s.end as number) <= chunks[i]!.length));
}

/** content → worker: located windows that hold a finding, to be recorded. */
export interface CandidatesMessage {
  type: 'page:candidates';
  windows: CandidateWindow[];
  /** document.title of the sending frame: provider context for keys without a prefix. */
  title: string;
  /** The content script hit a budget and left part of the page unscanned. */
  stoppedEarly?: boolean;
}

/** content (top frame) → worker: the page changed its URL without loading (SPA navigation). */
export interface NavigatedMessage {
  type: 'page:navigated';
}

/**
 * content → worker: a QR-shaped image the page shows. `src` is the image's own URL (http(s),
 * fetched by the worker from the browser cache) or a data: URL (canvas / inline svg / data URI).
 */
export interface QrImageMessage {
  type: 'page:qr-image';
  src: string;
  title: string;
}

/**
 * content → worker: the part of a field around the user's edit, for the engine (which lives in the
 * worker only). Held in memory for the scan, never stored. A paused tab gets no keys.
 */
export interface GuardScanMessage {
  type: 'guard:scan';
  text: string;
  /** Host, page title, field label: provider context for keys without a prefix. */
  context: string;
}

/**
 * A real key in a guard scan's text that does not belong on the frame's site (keys pasted on their
 * provider's own site are left out): where it is and what it is, never its value.
 */
export interface GuardKey extends Span {
  fingerprint: string;
  provider: string;
  kind: Kind;
  /** For a recovery phrase, what the warning may say of it: length, language, "checksum valid"; never a word. */
  detail?: string;
}

/** The engine's provider for recovery phrases and wallet private keys: warned about on every site. */
export const WALLET_PROVIDER = 'wallet';

export const isWalletKey = (key: Pick<GuardKey, 'provider'>): boolean => key.provider === WALLET_PROVIDER;

export interface GuardScanReply {
  keys: GuardKey[];
}

/**
 * content → worker: the words of a group of per-word inputs, one entry per input in document order
 * ('' for an input without a single word), for a recovery phrase typed word by word. The reply's
 * spans point into words.join('\n'). Held in memory for the check, never stored.
 */
export interface GuardPhraseInputsMessage {
  type: 'guard:phrase-inputs';
  words: string[];
  context: string;
}

/** content → worker: the words of a paste warning about these keys, for the sending frame's site. */
export interface GuardWordsMessage {
  type: 'guard:words';
  keys: Array<Pick<GuardKey, 'provider' | 'kind' | 'detail'>>;
}

/** One line of a warning; `alarm` lines stand out (a public site, an unencrypted page). */
export interface WarningLine {
  text: string;
  alarm?: boolean;
}

/** Every word a paste warning shows, formatted by the worker in the user's locale. */
export interface WarningWords {
  /**
   * 'wallet': a recovery phrase or wallet private key, the loudest, on every site (no website needs
   * one; "keep" then closes this warning only and trusts no site); 'public': text on this site may
   * be published; 'other': any other site.
   */
  tone: 'wallet' | 'public' | 'other';
  /** The warning region's accessible name. */
  label: string;
  heading: string;
  close: string;
  /** Under the heading: why it matters, then what this site is. */
  lines: WarningLine[];
  /** What to check before giving a key to this site (empty on public sites). */
  tips: WarningLine[];
  /** Behind "learn more". */
  more: string[];
  remove: string;
  keep: string;
  learnMore: string;
  /** Read out by screen readers when the warning appears. */
  announce: string;
  /** Shown after "remove". */
  removed: string;
}

/** content → worker: the user removed a pasted or typed key after a warning (totals.pastesKeptOut). */
export interface GuardKeptOutMessage {
  type: 'guard:kept-out';
}

/** What the page's Resource Timing says of a script file: the version the page loaded. */
export interface ScriptTiming {
  /** encodedBodySize: bytes as sent (compressed, if it was). */
  encoded: number;
  /** decodedBodySize: bytes once decoded (> 0). */
  decoded: number;
}

/**
 * content → worker, before the page reads anything: script files the page's own load took from the
 * HTTP cache, each with its URL and Resource Timing sizes. The worker records from memory those it
 * has read under the same URL, page and sizes, and answers which the page must read and hand over.
 */
export interface ScriptKnownMessage {
  type: 'script:known';
  files: Array<ScriptTiming & { url: string }>;
  title: string;
}

export interface ScriptKnownReply {
  /** Indexes into the message's files of those the worker wants handed over (script:file). */
  read: number[];
}

/** One script file of a script:file message. */
export interface ScriptFileEntry {
  /** The script's http(s) URL, or only 'data:' / 'blob:' for a script the page made itself. */
  url: string;
  /** Size in bytes (≤ LIMITS.scriptFileBytes). */
  bytes: number;
  /** Resource Timing's sizes of the page's own copy (http(s) files only): the worker knows this version by them next time. */
  timing?: ScriptTiming;
}

/**
 * content → worker: script files the page loaded, read without a request (from the HTTP cache the
 * page filled, or data:/blob: scripts in the page), as one Blob the page never reads: the files'
 * bytes one after another, in order. The reply comes once the worker has read it (the page then
 * revokes the blob: URL).
 */
export interface ScriptFileMessage {
  type: 'script:file';
  /** At most LIMITS.scriptFilesPerMessage. */
  files: ScriptFileEntry[];
  /**
   * The bytes: a blob: URL the content script made for them (Chromium, whose messages are JSON; the
   * worker fetches it, which never reaches the network), or the Blob itself (Firefox, whose messages
   * are structured clones; a content script's blob: URL is not the worker's to fetch there).
   */
  body: string | Blob;
  /** document.title of the sending frame: provider context for keys without a prefix. */
  title: string;
}

/** content → worker: a script file the page loaded that the page cannot read without a request. */
export interface ScriptUnreadMessage {
  type: 'script:unread';
  /** As in ScriptFileEntry. */
  url: string;
  /** 'size': larger than LIMITS.scriptFileBytes; 'opaque': not in the cache, or another site's without CORS. */
  reason: 'size' | 'opaque';
  title: string;
}

/** worker → content (top frame): the tab's count changed; update or show the notice. */
export interface TabCountMessage {
  type: 'tab:count';
  /** Exposed credentials on the tab, all frames (a key pair counts once); a lower bound when `notice.short` ends in "+". */
  count: number;
  /**
   * The notice's sentence for the count, its close label, and the collapsed notice's short count
   * (the badge's text: "5000", "10k+"), in the user's locale.
   */
  notice: { message: string; close: string; short: string };
}

/** worker → content (all frames): the tab's state was reset (SPA navigation): scan again. */
export interface RescanMessage {
  type: 'tab:rescan';
}

// ---- Checks ----------------------------------------------------------------------------------

const isObject = (m: unknown): m is Record<string, unknown> => typeof m === 'object' && m !== null;
const isShortString = (v: unknown, max: number): v is string => typeof v === 'string' && v.length <= max;

function isCandidateWindow(w: unknown): boolean {
  return isObject(w)
    && isShortString(w.text, LIMITS.windowChars)
    && w.text.length > 0
    // Only the worker names frames and QR images: a page cannot claim either.
    && isPageSurface(w.where)
    && (w.marks === undefined || (Array.isArray(w.marks) && w.marks.length <= LIMITS.marksPerWindow && w.marks.every((m) =>
      Array.isArray(m) && m.length === 2 && Number.isInteger(m[0]) && isPageSurface(m[1]))));
}

function isCandidates(m: Record<string, unknown>): boolean {
  return Array.isArray(m.windows)
    // Empty only to report stoppedEarly.
    && (m.windows.length > 0 || m.stoppedEarly === true)
    && m.windows.length <= LIMITS.windowsPerMessage
    && m.windows.every(isCandidateWindow)
    && isShortString(m.title, LIMITS.titleChars)
    && (m.stoppedEarly === undefined || typeof m.stoppedEarly === 'boolean');
}

function isChunks(m: Record<string, unknown>): boolean {
  if (!Array.isArray(m.lengths) || m.lengths.length === 0 || m.lengths.length > LIMITS.chunksPerMessage) return false;
  let chars = 0;
  for (const n of m.lengths) {
    if (!Number.isInteger(n) || n <= 0 || n > LIMITS.chunkChars) return false;
    chars += n;
  }
  return chars <= LIMITS.chunkMessageChars && isChunksBody(m.body, m.lengths as number[], chars) && isShortString(m.title, LIMITS.titleChars);
}

/**
 * The chunks as strings of the lengths said, or a Blob that can hold their `chars` characters:
 * UTF-8 takes one to three bytes per UTF-16 code unit (the worker checks the decoded lengths:
 * handed-over.ts chunkTexts).
 */
function isChunksBody(body: unknown, lengths: readonly number[], chars: number): boolean {
  if (Array.isArray(body)) return body.length === lengths.length && body.every((t, i) => typeof t === 'string' && t.length === lengths[i]);
  return typeof Blob === 'function' && body instanceof Blob && body.size >= chars && body.size <= 3 * chars;
}

function isQrImage(m: Record<string, unknown>): boolean {
  return isShortString(m.src, LIMITS.imageSourceChars)
    && /^(https?:|data:image\/)/.test(m.src)
    && isShortString(m.title, LIMITS.titleChars);
}

function isGuardScan(m: Record<string, unknown>): boolean {
  return isShortString(m.text, LIMITS.guardTextChars) && isShortString(m.context, LIMITS.guardContextChars);
}

function isGuardPhraseInputs(m: Record<string, unknown>): boolean {
  return Array.isArray(m.words) && m.words.length <= LIMITS.phraseInputs
    && m.words.every((w) => isShortString(w, LIMITS.phraseWordChars)) && isShortString(m.context, LIMITS.guardContextChars);
}

function isGuardWords(m: Record<string, unknown>): boolean {
  return Array.isArray(m.keys) && m.keys.length > 0 && m.keys.length <= LIMITS.warningKeys
    && m.keys.every((k) => isObject(k) && isShortString(k.provider, LIMITS.slugChars) && isKind(k.kind)
      && (k.detail === undefined || isShortString(k.detail, LIMITS.wordsChars)));
}

/** A script's http(s) URL, or the bare scheme of a script the page made itself. */
function isScriptUrl(v: unknown): v is string {
  return v === 'data:' || v === 'blob:' || (isShortString(v, LIMITS.scriptUrlChars) && /^https?:\/\//.test(v));
}

/** A blob: URL, or a Blob of `bytes` bytes in all (handed over without being put in the message). */
function isHandedOver(v: unknown, bytes: number): boolean {
  if (typeof v === 'string') return isShortString(v, LIMITS.scriptUrlChars) && v.startsWith('blob:');
  return typeof Blob === 'function' && v instanceof Blob && v.size === bytes;
}

const isSize = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0;

function isScriptTiming(t: unknown): t is Record<string, unknown> {
  return isObject(t) && isSize(t.encoded) && isSize(t.decoded) && t.decoded > 0;
}

function isScriptFileEntry(f: unknown): f is ScriptFileEntry {
  return isObject(f) && isScriptUrl(f.url)
    && Number.isInteger(f.bytes) && (f.bytes as number) > 0 && (f.bytes as number) <= LIMITS.scriptFileBytes
    && (f.timing === undefined || (isScriptTiming(f.timing) && /^https?:/.test(f.url)));
}

function isScriptFile(m: Record<string, unknown>): boolean {
  return Array.isArray(m.files) && m.files.length > 0 && m.files.length <= LIMITS.scriptFilesPerMessage
    && m.files.every(isScriptFileEntry)
    && isHandedOver(m.body, (m.files as ScriptFileEntry[]).reduce((sum, f) => sum + f.bytes, 0))
    && isShortString(m.title, LIMITS.titleChars);
}

function isScriptKnown(m: Record<string, unknown>): boolean {
  return Array.isArray(m.files) && m.files.length > 0 && m.files.length <= LIMITS.scriptFilesPerMessage
    && m.files.every((f) => isScriptTiming(f) && isShortString(f.url, LIMITS.scriptUrlChars) && /^https?:\/\//.test(f.url))
    && isShortString(m.title, LIMITS.titleChars);
}

function isScriptUnread(m: Record<string, unknown>): boolean {
  return isScriptUrl(m.url) && (m.reason === 'size' || m.reason === 'opaque') && isShortString(m.title, LIMITS.titleChars);
}

function isTabCount(m: Record<string, unknown>): boolean {
  return typeof m.count === 'number' && Number.isInteger(m.count) && m.count >= 0 && isObject(m.notice)
    && isShortString(m.notice.message, LIMITS.wordsChars) && isShortString(m.notice.close, LIMITS.wordsChars)
    && isShortString(m.notice.short, LIMITS.wordsChars);
}

// ---- The map ---------------------------------------------------------------------------------

/** One message type: the receiver's shape check, and (for the compiler only) request and reply. */
export interface Contract<Request extends { type: string }, Reply> {
  check(message: Record<string, unknown>): boolean;
  readonly shapes?: { request: Request; reply: Reply };
}

const contract = <Request extends { type: string }, Reply = void>(
  check: (message: Record<string, unknown>) => boolean = () => true,
): Contract<Request, Reply> => ({ check });

type RequestIn<C> = C extends Contract<infer Request, unknown> ? Request : never;
type ReplyIn<C> = C extends Contract<{ type: string }, infer Reply> ? Reply : never;
/** Each entry's request is tagged with its own key. */
type Keyed<M> = { [K in keyof M]: M[K] extends Contract<{ type: K & string }, unknown> ? M[K] : never };
const protocol = <M extends Keyed<M>>(map: M): M => map;

/** Everything a content script may send the worker. */
export const TO_WORKER = protocol({
  'page:hello': contract<HelloMessage, HelloReply>(),
  'page:chunks': contract<ChunksMessage, ChunksReply>(isChunks),
  'page:candidates': contract<CandidatesMessage>(isCandidates),
  'page:navigated': contract<NavigatedMessage>(),
  'page:qr-image': contract<QrImageMessage>(isQrImage),
  'guard:scan': contract<GuardScanMessage, GuardScanReply>(isGuardScan),
  'guard:phrase-inputs': contract<GuardPhraseInputsMessage, GuardScanReply>(isGuardPhraseInputs),
  'guard:words': contract<GuardWordsMessage, WarningWords>(isGuardWords),
  'guard:kept-out': contract<GuardKeptOutMessage>(),
  'script:known': contract<ScriptKnownMessage, ScriptKnownReply>(isScriptKnown),
  'script:file': contract<ScriptFileMessage>(isScriptFile),
  'script:unread': contract<ScriptUnreadMessage>(isScriptUnread),
});

/** Everything the worker may send a content script. */
export const TO_PAGE = protocol({
  'tab:count': contract<TabCountMessage>(isTabCount),
  'tab:rescan': contract<RescanMessage>(),
});

export type WorkerMessageType = keyof typeof TO_WORKER;
export type WorkerRequest<K extends WorkerMessageType = WorkerMessageType> = RequestIn<(typeof TO_WORKER)[K]>;
export type WorkerReply<K extends WorkerMessageType> = ReplyIn<(typeof TO_WORKER)[K]>;
export type PageMessageType = keyof typeof TO_PAGE;
export type PageMessage<K extends PageMessageType = PageMessageType> = RequestIn<(typeof TO_PAGE)[K]>;

function checked(map: Record<string, Contract<{ type: string }, unknown>>, m: unknown): boolean {
  return isObject(m) && typeof m.type === 'string' && Object.hasOwn(map, m.type) && map[m.type]!.check(m);
}

/** The worker's check of everything it receives: a known type, of the right shape. */
export function isWorkerRequest(m: unknown): m is WorkerRequest {
  return checked(TO_WORKER, m);
}

/** A content script's check of what the worker sends it. */
export function isPageMessage(m: unknown): m is PageMessage {
  return checked(TO_PAGE, m);
}
