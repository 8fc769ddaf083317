// The page's own script files, handed to the worker without a request: the content script learns
// which files the page loaded (Resource Timing: classic and module scripts, imports, workers'
// scripts, files added later; data: and blob: script elements), asks the worker which of the files
// the page took from the HTTP cache it has read already (by URL and Resource Timing sizes: those
// cost the page nothing more), reads the others the browser lets it read without going to the
// network (sources.ts), and hands each over as a Blob the page never reads: no bytes enter the
// page's JavaScript heap (no decoding, hashing, encoding or message copy on its main thread). All
// of it waits until the page scanner's first pass is done. The worker reads the Blob, recognises
// content it already scanned and runs the engine. Files it cannot read are named to the worker,
// which downloads them only when the user turned that on.
import { cacheSplitByCredentials, handOverBlob, sendToBackground } from '../../platform';
import { LIMITS, type ScriptFileEntry } from '../../shared/protocol';
import { whenIdle } from '../scanner/scheduler';
import {
  askFirst, loadedWithCredentials, readPlan, scriptOfElement, scriptOfEntry, timingOf, type ReadPlan, type ScriptSource,
} from './sources';

/** Script files handed over (or named) per page at most; a page with more is not read further. */
const MAX_FILES = 1000;
/** Script files wait for the page scanner to be idle, but no longer than this (ms). */
const AFTER_SCAN_MS = 3000;
/** How often they look whether it is (ms): a timer, not an idle callback in each of its idle slices. */
const POLL_MS = 100;

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

/**
 * Hands files to the worker as one Blob (their bytes in order) and waits until it has read them
 * (handOverBlob: a blob: URL in Chromium, the Blob itself in Firefox).
 */
async function handOver(files: ScriptFileEntry[], bodies: Blob[], title: string): Promise<void> {
  await handOverBlob(new Blob(bodies), (body) => sendToBackground({ type: 'script:file', files, body, title }));
}

function elementFor(url: string): HTMLScriptElement | undefined {
  for (const script of document.scripts) if (script.src === url) return script;
  return undefined;
}

const idle = () => new Promise<void>((ok) => whenIdle(() => ok()));

/** A file waiting to be read; a data: or blob: script's read starts at once (a blob: URL is often revoked once its script ran). */
interface Pending {
  source: ScriptSource;
  body?: Promise<Body>;
}

/** A file of the current batch, with how it can be read. */
interface Planned {
  source: ScriptSource;
  url: string;
  plan: Exclude<ReadPlan, 'opaque'>;
  body?: Promise<Body>;
}

export class ScriptFiles {
  private entries: PerformanceObserver | null = null;
  /** Every file found on this document, in order: read again after an SPA navigation. */
  private found: ScriptSource[] = [];
  private seen = new Set<string>();
  private seenElements = new WeakSet<HTMLScriptElement>();
  private queue: Pending[] = [];
  private running = false;
  /** Bumped by reset and stop: work in flight for the previous page is dropped. */
  private generation = 0;

  /** `quiet()`: the page scanner has nothing queued, so script files no longer take its first slices. */
  constructor(private readonly title: () => string, private readonly quiet: () => boolean = () => true) {}

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
  }

  /** The tab's state was reset (SPA navigation): hand over every file of this document again. */
  reset(): void {
    this.generation++;
    this.queue = this.found.map((source) => ({ source }));
    void this.drain();
  }

  stop(): void {
    this.generation++;
    this.entries?.disconnect();
    this.queue = [];
  }

  /** A script element added to the page (the content script's one mutation observer tells). */
  addElement(script: HTMLScriptElement): void {
    if (!this.entries || this.seenElements.has(script)) return;
    this.seenElements.add(script);
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
    this.queue.push({ source, body: byElement ? fetchBody(source.url, 'page') : undefined });
    void this.drain();
  }

  /** Until the page scanner is quiet (at most AFTER_SCAN_MS), then an idle period. */
  private async afterScan(): Promise<void> {
    const until = performance.now() + AFTER_SCAN_MS;
    while (!this.quiet() && performance.now() < until) await new Promise((ok) => setTimeout(ok, POLL_MS));
    await idle();
  }

  private async drain(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      while (this.queue.length) {
        await this.afterScan();
        await this.readBatch(this.queue.splice(0, LIMITS.scriptFilesPerMessage), this.generation);
      }
    } finally {
      this.running = false;
    }
  }

  /**
   * One batch: files the page cannot read are named; of those its load took from the cache, the
   * worker says which it has not read yet (one message); those and the rest are read and handed over.
   */
  private async readBatch(batch: Pending[], generation: number): Promise<void> {
    const title = this.title().slice(0, LIMITS.titleChars);
    const toRead: Planned[] = [];
    const toAsk: Planned[] = [];
    for (const { source, body } of batch) {
      const url = messageUrl(source.url);
      if (!url) continue;
      const plan = readPlan(source, location.origin, {
        cacheSplitByCredentials: cacheSplitByCredentials(),
        loadedWithCredentials: () => loadedWithCredentials(elementFor(source.url)),
      });
      if (plan === 'opaque' || source.size > LIMITS.scriptFileBytes) {
        await sendToBackground({ type: 'script:unread', url, reason: plan === 'opaque' ? 'opaque' : 'size', title });
      } else {
        (askFirst(source, plan) ? toAsk : toRead).push({ source, url, plan, body });
      }
    }
    if (toAsk.length) {
      const asked = toAsk.map((p) => ({ url: p.url, ...timingOf(p.source)! }));
      const reply = await sendToBackground({ type: 'script:known', files: asked, title });
      for (const i of reply?.read ?? []) if (toAsk[i]) toRead.push(toAsk[i]);
    }
    await this.readAll(toRead, generation, title);
  }

  /** Reads the files and hands them over together (unreadable ones are named instead). */
  private async readAll(toRead: Planned[], generation: number, title: string): Promise<void> {
    const files: ScriptFileEntry[] = [];
    const bodies: Blob[] = [];
    let bytes = 0;
    for (const file of toRead) {
      const body = await (file.body ?? fetchBody(file.source.url, file.plan));
      if (generation !== this.generation) return;
      if (body === undefined) continue;
      if (typeof body === 'string') {
        await sendToBackground({ type: 'script:unread', url: file.url, reason: body, title });
        continue;
      }
      // One message per page's worth of bytes at most: the browser holds them until the worker has read them.
      if (bytes + body.size > LIMITS.scriptPageBytes && files.length) {
        await handOver(files.splice(0), bodies.splice(0), title);
        bytes = 0;
      }
      files.push({ url: file.url, bytes: body.size, timing: timingOf(file.source) });
      bodies.push(body);
      bytes += body.size;
    }
    if (files.length && generation === this.generation) await handOver(files, bodies, title);
  }
}
