// Script files of pages → findings, in the worker. A page's content script reads a script file it
// can read without a request (the HTTP cache the page filled, a data:/blob: script) and hands the
// bytes over in pieces; scripts it cannot read are downloaded here, once and without cookies, only
// when the user turned that on. Every content is scanned once per worker lifetime (by digest), within
// a byte budget per page. Script text never leaves this module: only findings (fingerprints,
// redacted previews, file name, line and column) are recorded.
import { PROVIDERS, scan } from '../engine';
import { TextScanStream, type LocatedFinding } from '../engine/stream';
import { readKey, writeKeys } from '../platform';
import { hostOf, pageKey, providerFor } from '../shared/hosts';
import { LIMITS, type ScriptChunkMessage, type ScriptFileMessage, type ScriptFileReply, type ScriptUnreadMessage } from '../shared/protocol';
import {
  parseScriptFileCounts, STORAGE_KEYS, WHERE_FILE_CHARS, type ScriptFileCounts, type StoredFinding, type WhereDetail,
} from '../shared/storage';
import { toStored } from './state';
import { salt, serially, settings } from './store';
import { record } from './tabs';
import { frameUrlOf, pausedFor, type ContentSender } from './validate';

/** Text scanned per window while a file streams in (plus the overlap): bounds the worker's memory per file. */
const WINDOW_CHARS = 1024 * 1024;
/** Files being handed over at once (each content script sends one at a time); the oldest is dropped past this. */
const MAX_OPEN = 4;
/** Contents (and downloaded URLs) whose findings are remembered for this worker's lifetime. */
const MAX_REMEMBERED = 500;
/** Pages whose spending is remembered; the oldest is forgotten first. */
const MAX_PAGES = 64;

interface Context {
  salt: string;
  includeGeneric: boolean;
  host: string;
  title: string;
}

interface Open {
  sender: ContentSender;
  url: string;
  bytes: number;
  received: number;
  next: number;
  memo: string;
  decoder: TextDecoder;
  stream: TextScanStream;
  ctx: Context;
}

const open = new Map<string, Open>();
/** Findings per content (digest) or downloaded URL: spans, fingerprints and redacted previews, never text. */
const remembered = new Map<string, LocatedFinding[]>();
const downloads = new Map<string, Promise<void>>();
const spentByPage = new Map<string, number>();

const streamKey = (sender: ContentSender, digest: string) => `${sender.tabId} ${sender.frameId} ${digest}`;
const budgetKey = (sender: ContentSender) => `${sender.tabId} ${pageKey(sender.tabUrl ?? sender.frameUrl) ?? ''}`;
/**
 * Findings depend on the content and the opt-in generic rules. The page's host and title count as
 * context for keys without a prefix, but only those of the first page a content is seen on.
 */
const memoKey = (id: string, ctx: Context) => `${id} ${ctx.includeGeneric}`;

function remember<T>(map: Map<string, T>, key: string, value: T): void {
  map.delete(key);
  map.set(key, value);
  if (map.size > MAX_REMEMBERED) map.delete(map.keys().next().value!);
}

async function contextFor(sender: ContentSender, title: string): Promise<Context & { paused: boolean; redownload: boolean }> {
  const s = await settings();
  return {
    salt: await salt(),
    includeGeneric: s.includeGeneric,
    host: hostOf(frameUrlOf(sender)),
    title,
    paused: pausedFor(s, sender),
    redownload: s.redownloadScripts,
  };
}

/** Adds one to a counter of storage.session's scriptFiles (options → Diagnostics). */
function count(what: keyof ScriptFileCounts): Promise<void> {
  return serially(STORAGE_KEYS.scriptFiles, async () => {
    const counts = parseScriptFileCounts(await readKey('session', STORAGE_KEYS.scriptFiles));
    counts[what]++;
    await writeKeys('session', { [STORAGE_KEYS.scriptFiles]: counts });
  });
}

/** Whether the page's budget has anything left. */
const hasRoom = (sender: ContentSender): boolean => (spentByPage.get(budgetKey(sender)) ?? 0) < LIMITS.scriptPageBytes;

/** Spends `bytes` of the page's budget; false (nothing spent) when they do not fit. */
function spend(sender: ContentSender, bytes: number): boolean {
  const key = budgetKey(sender);
  const spent = (spentByPage.get(key) ?? 0) + bytes;
  if (spent > LIMITS.scriptPageBytes) return false;
  spentByPage.delete(key);
  spentByPage.set(key, spent);
  if (spentByPage.size > MAX_PAGES) spentByPage.delete(spentByPage.keys().next().value!);
  return true;
}

function newStream(ctx: Context): TextScanStream {
  const context = `${ctx.host} ${ctx.title}`.trim();
  return new TextScanStream(
    (text) => scan(text, { salt: ctx.salt, includeGeneric: ctx.includeGeneric, context, source: 'text' }),
    { chunkChars: WINDOW_CHARS },
  );
}

/**
 * The file name and link a finding shows. Only origin and path are kept (a query may carry a key),
 * and not even those when the path itself holds something the engine reports.
 */
export function whereFile(url: string): Pick<WhereDetail, 'file' | 'url'> {
  if (url === 'data:' || url === 'blob:') return { file: url };
  const page = pageKey(url);
  if (!page) return { file: 'script' };
  const { host, origin, pathname } = new URL(page);
  // Segments apart: the engine reads a key next to '/' as part of a longer base64 run.
  if (scan(pathname.replace(/\//g, ' '), { includeGeneric: true }).length > 0) return { file: host, url: `${origin}/` };
  const name = pathname.split('/').filter(Boolean).pop() ?? host;
  return { file: name.length > WHERE_FILE_CHARS ? `…${name.slice(-(WHERE_FILE_CHARS - 1))}` : name, url: page };
}

/** Records a script's findings for the sender's tab: where (file, line, column), and whether the site is the key's provider's. */
async function recordFound(sender: ContentSender, url: string, found: readonly LocatedFinding[]): Promise<void> {
  if (!found.length) return;
  const file = whereFile(url);
  const host = hostOf(frameUrlOf(sender));
  const siteProvider = host ? providerFor(host, Object.values(PROVIDERS))?.slug : undefined;
  await record(sender, found.map((f): StoredFinding => ({
    ...toStored(f, 'script-file', siteProvider !== undefined && siteProvider === f.provider),
    detail: { ...file, line: f.line, column: f.column },
  })), false);
}

/** A script file the page read without a request: known content is recorded from memory, new content is asked for. */
export async function handleScriptFile(msg: ScriptFileMessage, sender: ContentSender): Promise<ScriptFileReply> {
  const ctx = await contextFor(sender, msg.title);
  if (ctx.paused) return { send: false };
  const readFrom: keyof ScriptFileCounts = msg.url === 'data:' || msg.url === 'blob:' ? 'readFromPage' : 'readFromCache';
  const memo = memoKey(msg.digest, ctx);
  const known = remembered.get(memo);
  if (known) {
    void count(readFrom);
    await recordFound(sender, msg.url, known);
    return { send: false };
  }
  const key = streamKey(sender, msg.digest);
  if (open.has(key)) return { send: false };
  if (!spend(sender, msg.bytes)) {
    void count('skippedBudget');
    await record(sender, [], true);
    return { send: false };
  }
  void count(readFrom);
  open.set(key, {
    sender, url: msg.url, bytes: msg.bytes, received: 0, next: 0, memo,
    decoder: new TextDecoder('utf-8', { fatal: false }), stream: newStream(ctx), ctx,
  });
  if (open.size > MAX_OPEN) open.delete(open.keys().next().value!);
  return { send: true };
}

/** The next piece of a file the worker asked for; the last one completes it and records its findings. */
export async function handleScriptChunk(msg: ScriptChunkMessage, sender: ContentSender): Promise<void> {
  const key = streamKey(sender, msg.digest);
  const file = open.get(key);
  // Unknown (the worker restarted, or the file was dropped) or out of order: the file is given up.
  if (!file || msg.index !== file.next) {
    open.delete(key);
    return;
  }
  const bytes = bytesOfBase64(msg.data);
  file.received += bytes.length;
  file.next++;
  if (file.received > file.bytes) {
    open.delete(key);
    return;
  }
  const last = file.received === file.bytes;
  file.stream.push(file.decoder.decode(bytes, { stream: !last }));
  if (!last) return;
  open.delete(key);
  const found = file.stream.end();
  remember(remembered, file.memo, found);
  if ((await contextFor(sender, file.ctx.title)).paused) return;
  await recordFound(sender, file.url, found);
}

/** A script file the page could not read: counted, and downloaded again only when the user turned that on. */
export async function handleScriptUnread(msg: ScriptUnreadMessage, sender: ContentSender): Promise<void> {
  const ctx = await contextFor(sender, msg.title);
  if (ctx.paused) return;
  if (msg.reason === 'size') {
    await count('skippedSize');
    return;
  }
  if (!ctx.redownload || !/^https?:/.test(msg.url)) {
    await count('skippedOpaque');
    return;
  }
  const memo = memoKey(msg.url, ctx);
  // Once per URL: a second frame asking meanwhile waits for the same download.
  if (!remembered.has(memo)) {
    const pending = downloads.get(memo) ?? download(msg.url, memo, ctx, sender).finally(() => downloads.delete(memo));
    downloads.set(memo, pending);
    await pending;
  }
  const found = remembered.get(memo);
  if (found && !(await contextFor(sender, msg.title)).paused) await recordFound(sender, msg.url, found);
}

/**
 * Downloads a script file again, as nobody: no cookies or HTTP authentication, no referrer, nothing
 * kept in the extension's own cache. Its findings are remembered under `memo`; a file that does not
 * fit (its size, the page's budget) is left unread and counted.
 */
async function download(url: string, memo: string, ctx: Context, sender: ContentSender): Promise<void> {
  if (!hasRoom(sender)) {
    await count('skippedBudget');
    return;
  }
  const outcome = await fetch(url, { credentials: 'omit', cache: 'no-store', referrerPolicy: 'no-referrer', redirect: 'follow' })
    .then((response) => readScript(response, sender, ctx))
    .catch((): keyof ScriptFileCounts => 'skippedOpaque');
  await count(typeof outcome === 'string' ? outcome : 'downloaded');
  if (typeof outcome !== 'string') remember(remembered, memo, outcome);
}

/** Scans a downloaded script as it arrives, within the file cap and the page's budget; a counter name when it does not fit. */
async function readScript(response: Response, sender: ContentSender, ctx: Context): Promise<LocatedFinding[] | keyof ScriptFileCounts> {
  const declared = Number(response.headers.get('content-length') ?? 0);
  const refused: keyof ScriptFileCounts | undefined = !response.ok || !response.body ? 'skippedOpaque'
    : declared > LIMITS.scriptFileBytes ? 'skippedSize'
    : !spend(sender, declared) ? 'skippedBudget'
    : undefined;
  if (refused) {
    await response.body?.cancel();
    return refused;
  }
  const decoder = new TextDecoder('utf-8', { fatal: false });
  const stream = newStream(ctx);
  const reader = response.body!.getReader();
  let received = 0;
  for (let r = await reader.read(); !r.done; r = await reader.read()) {
    received += r.value.length;
    if (received > LIMITS.scriptFileBytes) {
      await reader.cancel();
      return 'skippedSize';
    }
    stream.push(decoder.decode(r.value, { stream: true }));
  }
  stream.push(decoder.decode());
  // Without a declared length the bytes are charged once read.
  if (!declared && !spend(sender, received)) return 'skippedBudget';
  return stream.end();
}

/** Base64 → bytes: natively where the runtime has it (browsers), else through atob (Node, for tests). */
function bytesOfBase64(data: string): Uint8Array {
  const native = (Uint8Array as unknown as { fromBase64?: (s: string) => Uint8Array }).fromBase64;
  if (native) return native(data);
  const binary = atob(data);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}
