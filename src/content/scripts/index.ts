// The page's own script files, handed to the worker without a request: the content script learns
// which files the page loaded (Resource Timing: classic and module scripts, imports, workers'
// scripts, files added later; data: and blob: script elements), reads each one the browser lets it
// read without going to the network (sources.ts), and hands it over as a Blob the page never reads:
// no bytes enter the page's JavaScript heap (no decoding, hashing, encoding or message copy on its
// main thread). The worker reads the Blob, recognises content it already scanned and runs the
// engine. Files it cannot read are named to the worker, which downloads them only when the user
// turned that on.
import { cacheSplitByCredentials, handOverBlob, sendToBackground } from '../../platform';
import { LIMITS } from '../../shared/protocol';
import { loadedWithCredentials, readPlan, scriptOfElement, scriptOfEntry, type ReadPlan, type ScriptSource } from './sources';

/** Script files handed over (or named) per page at most; a page with more is not read further. */
const MAX_FILES = 1000;

type Body = Blob | 'opaque' | 'size' | undefined;

/** The URL as a message names it: data: and blob: scripts by their scheme only (the URL may be the whole script). */
function messageUrl(url: string): string | undefined {
  if (url.startsWith('data:')) return 'data:';
  if (url.startsWith('blob:')) return 'blob:';
  return url.length <= LIMITS.scriptUrlChars ? url : undefined;
}

/** The file as a Blob: the browser keeps its bytes (Response.blob() does not copy them into the page's heap). */
async function fetchBody(url: string, plan: Exclude<ReadPlan, 'opaque'>): Promise<Body> {
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
  const body = await response.blob();
  return body.size > LIMITS.scriptFileBytes ? 'size' : body.size > 0 ? body : undefined;
}

/** Hands a Blob to the worker and waits until it has read it (handOverBlob: a blob: URL in Chromium). */
async function handOver(url: string, body: Blob, title: string): Promise<void> {
  await handOverBlob(body, (b) => sendToBackground({ type: 'script:file', url, bytes: body.size, body: b, title }));
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
    if (this.entries) return;
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
    const body: Body = plan === 'opaque' ? 'opaque'
      : source.size > LIMITS.scriptFileBytes ? 'size'
      : await fetchBody(source.url, plan);
    if (generation !== this.generation || body === undefined) return;
    if (typeof body === 'string') await sendToBackground({ type: 'script:unread', url, reason: body, title });
    else await handOver(url, body, title);
  }
}
