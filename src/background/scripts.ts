// Script files of pages → findings, in the worker. A page's content script reads a script file it
// can read without a request (the HTTP cache the page filled, a data:/blob: script) and hands it
// over as a Blob (or a blob: URL of one) that only this side reads: hashing, decoding, line and
// column and the engine all run here, none on the page's main thread. Scripts it cannot read are
// downloaded here, once and without cookies, only when the user turned that on. Every content is
// scanned once per worker lifetime (by SHA-256), within a byte budget per page. Script text never leaves this module: only findings (fingerprints,
// redacted previews, file name, line and column) are recorded.
import { PROVIDERS, scan } from '../engine';
import { TextScanStream, type LocatedFinding } from '../engine/stream';
import { readKey, writeKeys } from '../platform';
import { hostOf, pageKey, providerFor } from '../shared/hosts';
import {
  LIMITS, type ScriptFileEntry, type ScriptFileMessage, type ScriptKnownMessage, type ScriptKnownReply, type ScriptTiming, type ScriptUnreadMessage,
} from '../shared/protocol';
import {
  parseScriptFileCounts, STORAGE_KEYS, WHERE_FILE_CHARS, type ScriptFileCounts, type StoredFinding, type WhereDetail,
} from '../shared/storage';
import { blobOf } from './handed-over';
import { toStored } from './state';
import { salt, serially, settings } from './store';
import { record } from './tabs';
import { frameUrlOf, pausedFor, type ContentSender } from './validate';

/** Text scanned per window while a file streams in (plus the overlap): bounds the worker's memory per file. */
const WINDOW_CHARS = 1024 * 1024;
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

/** Findings per content (digest) or downloaded URL: spans, fingerprints and redacted previews, never text. */
const remembered = new Map<string, LocatedFinding[]>();
/** Per cached copy of a URL (versionKey): the Resource Timing sizes of the page that handed it over, and its content's digest. */
const versions = new Map<string, ScriptTiming & { digest: string }>();
const downloads = new Map<string, Promise<void>>();
const spentByPage = new Map<string, number>();

const budgetKey = (sender: ContentSender) => `${sender.tabId} ${pageKey(sender.tabUrl ?? sender.frameUrl) ?? ''}`;
/**
 * Findings depend on the content and the opt-in generic rules. The page's host and title count as
 * context for keys without a prefix, but only those of the first page a content is seen on.
 */
const memoKey = (id: string, ctx: Context) => `${id} ${ctx.includeGeneric}`;

const originOf = (url: string | undefined): string => URL.canParse(url ?? '') ? new URL(url!).origin : '';
/**
 * Which HTTP-cache copy of `url` a page reads: browsers keep one per top-level site and frame site
 * (Chromium's network isolation key, Firefox's partitioning). Origins are finer than sites: two
 * pages that share a copy may miss each other's record, never take one for the other's.
 */
const versionKey = (sender: ContentSender, url: string) => `${originOf(sender.tabUrl ?? sender.frameUrl)} ${originOf(frameUrlOf(sender))} ${url}`;

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

/** Adds `n` to a counter of storage.session's scriptFiles (options → Diagnostics). */
function count(what: keyof ScriptFileCounts, n = 1): Promise<void> {
  return serially(STORAGE_KEYS.scriptFiles, async () => {
    const counts = parseScriptFileCounts(await readKey('session', STORAGE_KEYS.scriptFiles));
    counts[what] += n;
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

/**
 * Script files the page read without a request, one Blob for all: each file's bytes are read here
 * in turn, known content is recorded from memory, new content is scanned within the page's budget.
 */
export async function handleScriptFile(msg: ScriptFileMessage, sender: ContentSender): Promise<void> {
  const ctx = await contextFor(sender, msg.title);
  if (ctx.paused) return;
  const body = await blobOf(msg.body);
  if (body?.size !== msg.files.reduce((sum, f) => sum + f.bytes, 0)) return;
  let offset = 0;
  for (const file of msg.files) {
    const bytes = body.slice(offset, offset + file.bytes);
    offset += file.bytes;
    await readFile(file, bytes, sender, ctx);
  }
}

async function readFile(file: ScriptFileEntry, blob: Blob, sender: ContentSender, ctx: Context): Promise<void> {
  if (!hasRoom(sender)) {
    void count('skippedBudget');
    await record(sender, [], true);
    return;
  }
  const bytes = await blob.arrayBuffer();
  const digest = await digestOf(bytes);
  // The page's copy is the one read only when the sizes agree (the cache may have changed in between).
  if (file.timing?.decoded === bytes.byteLength) {
    remember(versions, versionKey(sender, file.url), { encoded: file.timing.encoded, decoded: file.timing.decoded, digest });
  }
  const memo = memoKey(digest, ctx);
  let found = remembered.get(memo);
  if (!found) {
    if (!spend(sender, bytes.byteLength)) {
      void count('skippedBudget');
      await record(sender, [], true);
      return;
    }
    const stream = newStream(ctx);
    stream.push(new TextDecoder('utf-8', { fatal: false }).decode(bytes));
    found = stream.end();
    remember(remembered, memo, found);
  }
  void count(file.url === 'data:' || file.url === 'blob:' ? 'readFromPage' : 'readFromCache');
  await recordFound(sender, file.url, found);
}

/**
 * Script files the page's load took from the HTTP cache, named by URL and Resource Timing sizes
 * before the page reads any. A file read before from the same cache copy (versionKey) with the
 * same encoded and decoded sizes, whose findings are still remembered, is recorded from memory; the
 * page reads and hands over the rest. A file changed at the same URL reached the cache through a
 * load of its own (its page saw it from the network and handed it over) and almost always differs
 * in size; one that changed unseen (a load the extension did not watch) at exactly the same sizes
 * is taken for the version read before (docs/extension.md "Script files").
 */
export async function handleScriptKnown(msg: ScriptKnownMessage, sender: ContentSender): Promise<ScriptKnownReply> {
  const ctx = await contextFor(sender, msg.title);
  if (ctx.paused) return { read: [] };
  const read: number[] = [];
  const known: Array<[string, LocatedFinding[]]> = [];
  msg.files.forEach((file, i) => {
    const key = versionKey(sender, file.url);
    const version = versions.get(key);
    const found = version && version.encoded === file.encoded && version.decoded === file.decoded
      ? remembered.get(memoKey(version.digest, ctx)) : undefined;
    if (!found) {
      read.push(i);
      return;
    }
    remember(versions, key, version!);
    known.push([file.url, found]);
  });
  if (!known.length) return { read };
  // As for a file handed over: a page past its budget records nothing more.
  if (!hasRoom(sender)) {
    void count('skippedBudget', known.length);
    await record(sender, [], true);
    return { read };
  }
  void count('known', known.length);
  for (const [url, found] of known) await recordFound(sender, url, found);
  return { read };
}

async function digestOf(bytes: ArrayBuffer): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
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
