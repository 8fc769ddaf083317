// The page's own script files, handed to the worker without a request: the content script learns
// which files the page loaded (Resource Timing: classic and module scripts, imports, workers'
// scripts, files added later; data: and blob: script elements), reads each one the browser lets it
// read without going to the network (sources.ts), and transfers the bytes in base64 pieces between
// idle moments. It does no per-character work: reading, hashing and encoding are native, and the
// engine runs in the worker. Files it cannot read are named to the worker, which downloads them
// only when the user turned that on.
import { cacheSplitByCredentials, sendToBackground } from '../../platform';
import { LIMITS } from '../../shared/protocol';
import { loadedWithCredentials, readPlan, scriptOfElement, scriptOfEntry, type ReadPlan, type ScriptSource } from './sources';

/** Script files handed over (or named) per page at most; a page with more is not read further. */
const MAX_FILES = 1000;

type Bytes = ArrayBuffer | 'opaque' | 'size' | undefined;

/** Native base64 (Chromium 140+, Firefox 133+); without it the page would pay per byte, so nothing is read. */
type Base64Bytes = Uint8Array & { toBase64(): string };
const canEncode = typeof (Uint8Array.prototype as Partial<Base64Bytes>).toBase64 === 'function';

const idle = (): Promise<void> => new Promise((resolve) => {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: 1000 });
  else setTimeout(resolve, 0);
});

/** The URL as a message names it: data: and blob: scripts by their scheme only (the URL may be the whole script). */
function messageUrl(url: string): string | undefined {
  if (url.startsWith('data:')) return 'data:';
  if (url.startsWith('blob:')) return 'blob:';
  return url.length <= LIMITS.scriptUrlChars ? url : undefined;
}

async function fetchBytes(url: string, plan: Exclude<ReadPlan, 'opaque'>): Promise<Bytes> {
  const init: RequestInit = plan === 'same-origin' ? { cache: 'only-if-cached', mode: 'same-origin' }
    : plan === 'cross-origin' ? { cache: 'force-cache', mode: 'cors', credentials: 'omit' }
    : {};
  let response: Response;
  try {
    response = await fetch(url, init);
  } catch {
    return 'opaque'; // not in the cache, or another origin's without CORS headers
  }
  if (!response.ok || Number(response.headers.get('content-length') ?? 0) > LIMITS.scriptFileBytes) {
    await response.body?.cancel();
    return response.ok ? 'size' : undefined;
  }
  const bytes = await response.arrayBuffer();
  return bytes.byteLength > LIMITS.scriptFileBytes ? 'size' : bytes.byteLength > 0 ? bytes : undefined;
}

async function hexDigest(bytes: ArrayBuffer): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

function elementFor(url: string): HTMLScriptElement | undefined {
  for (const script of document.scripts) if (script.src === url) return script;
  return undefined;
}

export class ScriptFiles {
  private entries: PerformanceObserver | null = null;
  private elements: MutationObserver | null = null;
  /** Every file found on this document, in order: read again after an SPA navigation. */
  private found: ScriptSource[] = [];
  private seen = new Set<string>();
  private seenElements = new WeakSet<HTMLScriptElement>();
  private queue: ScriptSource[] = [];
  private running = false;
  /** Bumped by reset and stop: work in flight for the previous page is dropped. */
  private generation = 0;

  constructor(private readonly title: () => string) {}

  start(): void {
    if (!canEncode || this.entries) return;
    this.entries = new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as PerformanceResourceTiming[]) {
        const source = scriptOfEntry(entry);
        if (source) this.add(source);
      }
    });
    this.entries.observe({ type: 'resource', buffered: true });
    for (const script of document.scripts) this.addElement(script);
    this.elements = new MutationObserver((records) => {
      for (const r of records) for (const node of r.addedNodes) if (node instanceof HTMLScriptElement) this.addElement(node);
    });
    this.elements.observe(document, { childList: true, subtree: true });
  }

  /** The tab's state was reset (SPA navigation): hand over every file of this document again. */
  reset(): void {
    this.generation++;
    this.queue = [...this.found];
    void this.drain();
  }

  stop(): void {
    this.generation++;
    this.entries?.disconnect();
    this.elements?.disconnect();
    this.queue = [];
  }

  private addElement(script: HTMLScriptElement): void {
    if (this.seenElements.has(script)) return;
    this.seenElements.add(script);
    // Read at once: a blob: URL is often revoked as soon as its script has run.
    const source = scriptOfElement(script.src);
    if (source) this.add(source, true);
  }

  private add(source: ScriptSource, byElement = false): void {
    // data: URLs are told apart by their element (hashing a URL that holds a whole script costs per character).
    if (!byElement || source.url.startsWith('blob:')) {
      if (this.seen.has(source.url)) return;
      this.seen.add(source.url);
    }
    if (this.found.length >= MAX_FILES) return;
    this.found.push(source);
    this.queue.push(source);
    void this.drain();
  }

  private async drain(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      for (let source = this.queue.shift(); source; source = this.queue.shift()) await this.read(source, this.generation);
    } finally {
      this.running = false;
    }
  }

  private async read(source: ScriptSource, generation: number): Promise<void> {
    const url = messageUrl(source.url);
    if (!url) return;
    const title = this.title().slice(0, LIMITS.titleChars);
    const plan = readPlan(source, location.origin, {
      cacheSplitByCredentials: cacheSplitByCredentials(),
      loadedWithCredentials: () => loadedWithCredentials(elementFor(source.url)),
    });
    const bytes: Bytes = plan === 'opaque' ? 'opaque'
      : source.size > LIMITS.scriptFileBytes ? 'size'
      : await fetchBytes(source.url, plan);
    if (generation !== this.generation || bytes === undefined) return;
    if (typeof bytes === 'string') {
      await sendToBackground({ type: 'script:unread', url, reason: bytes, title });
      return;
    }
    const digest = await hexDigest(bytes);
    const reply = await sendToBackground({ type: 'script:file', url, bytes: bytes.byteLength, digest, title });
    if (!reply?.send) return;
    for (let at = 0, index = 0; at < bytes.byteLength; at += LIMITS.scriptChunkBytes, index++) {
      await idle();
      if (generation !== this.generation) return;
      const piece = new Uint8Array(bytes, at, Math.min(LIMITS.scriptChunkBytes, bytes.byteLength - at)) as Base64Bytes;
      await sendToBackground({ type: 'script:chunk', digest, index, data: piece.toBase64() });
    }
  }
}
