// The page scanner: a small state machine over a stack of jobs (jobs.ts), run in idle slices
// (scheduler.ts) within named budgets (budgets.ts). First reads (readers.ts) read text with its
// blocks apart, which goes to the worker to be gated (chunks.ts); the windows it answers with are
// cut from the text read and located (locate.ts); the element pass (elements.ts) reads
// attributes, fields, images and shadow roots, and the emitter (emitter.ts) sends each distinct
// window once per page. Why it reads the way it does:
// docs/extension.md, "A finding, from page to popup".
import type { CandidateWindow } from '../../shared/protocol';
import { inShadowTree } from '../dom';
import { ChunkQueue } from './chunks';
import { PageBudget, SLICE_MS } from './budgets';
import { elementBatch, queriesNext, readAttribute, startElements, type ElementContext } from './elements';
import { Emitter } from './emitter';
import { goesOnAfterBudget, type Container, type Job, type JobKind, type JobOf } from './jobs';
import { locateWindows } from './locate';
import { BlockWalk, readBlocks, type ReadContext } from './readers';
import { IdleSlices } from './scheduler';

export interface ScannerOptions {
  /** First reads' text to be gated in the worker (page:chunks): resolves to its reply, checked here. */
  gate(chunks: string[]): Promise<unknown>;
  /** False once the extension is gone from under the page: unanswered first reads are not asked again. */
  connected?(): boolean;
  /** Sends located windows (and the stopped-early flag) to the worker to be recorded. */
  send(windows: CandidateWindow[], stoppedEarly: boolean): void;
  /** An img / canvas / svg seen in a scanned subtree: a possible QR code. */
  onImage?(el: Element): void;
  /** An open shadow root seen in a scanned subtree: observe it too. */
  onShadowRoot?(root: ShadowRoot): void;
  /** Main-thread time per idle slice. */
  sliceMs?: number;
  /** How long a question about first reads waits for the worker before it is asked again. */
  answerTimeoutMs?: number;
  /** Per page: after this much text or this many nodes, stop and report stoppedEarly. */
  maxChars?: number;
  maxNodes?: number;
}

/** What every step gets from the scanner. */
type StepContext = ReadContext & ElementContext;

/** One step of each kind of job; true when the job is finished. */
type Steps = { [K in JobKind]: (job: JobOf<K>, ctx: StepContext) => boolean };

const STEPS: Steps = {
  read: readBlocks,
  elements: elementBatch,
  attribute: readAttribute,
  locate: locateWindows,
  answers: runAnswer,
};

/** One of the worker's answers about first reads: its windows cut out of the chunk, to be located. */
function runAnswer(job: JobOf<'answers'>): boolean {
  const { onAnswer, spans } = job.answers[job.index++]!;
  onAnswer(spans);
  return job.index >= job.answers.length;
}

export class Scanner {
  private jobs: Job[] = [];
  /** Shadow roots already queued: an elements pass and the main-world hook may both report one. */
  private shadows = new WeakSet<ShadowRoot>();
  private stopped = false;
  private readonly budget: PageBudget;
  private readonly emitter: Emitter;
  private readonly chunks: ChunkQueue;
  private readonly slices: IdleSlices;
  private readonly ctx: StepContext;
  /** When the running slice ends (performance.now()). */
  private until = Infinity;

  constructor(private readonly options: ScannerOptions) {
    this.budget = new PageBudget(options.maxChars, options.maxNodes);
    this.emitter = new Emitter({
      send: options.send,
      found: (windows) => {
        this.jobs.push({ kind: 'locate', windows });
        this.slices.request();
      },
      stopped: () => this.stopped,
      gateValues: (text, onAnswer) => this.chunks.queue(text, onAnswer),
    });
    this.chunks = new ChunkQueue({
      ask: options.gate,
      answered: (answers) => {
        this.jobs.push({ kind: 'answers', answers, index: 0 });
        this.slices.request();
      },
      connected: () => options.connected?.() ?? true,
      answerTimeoutMs: options.answerTimeoutMs,
    });
    this.slices = new IdleSlices((until) => this.slice(until), options.sliceMs ?? SLICE_MS);
    this.ctx = {
      push: (job) => this.jobs.push(job),
      budget: this.budget,
      emitter: this.emitter,
      chunks: this.chunks,
      overtime: () => performance.now() >= this.until,
      shadowRoot: (root) => this.queueShadow(root),
      image: (el) => this.options.onImage?.(el),
    };
  }

  get stoppedEarly(): boolean {
    return this.stopped;
  }

  /** True while work is queued, a slice is due or the worker's answer about first reads is awaited. */
  get busy(): boolean {
    return this.jobs.length > 0 || this.slices.pending || this.chunks.waiting;
  }

  /** Forget everything about the current page (SPA navigation): windows may be sent again. */
  reset(): void {
    this.slices.cancel();
    this.jobs = [];
    this.shadows = new WeakSet();
    this.emitter.reset();
    this.chunks.reset();
    this.budget.reset();
    this.stopped = false;
  }

  /** A subtree (an element or shadow root) or a text node: its text, and the element pass over it. */
  scanTree(root: Node): void {
    const container = root instanceof Element || root instanceof ShadowRoot;
    if (container || root.nodeType === Node.TEXT_NODE) this.read(root, container ? [root] : []);
  }

  /**
   * Nodes added or changed after load, resolved to `root` (their text block): its text is read
   * again whole (a token may now run across what was there and what came), but only the `added`
   * elements get the element pass; the block's others were read with it (a page script that adds a
   * copy button to every code block would otherwise have every block's elements read twice).
   */
  scanChanged(root: Node, added: Iterable<Element>): void {
    this.read(root, added);
  }

  /** Queues the text of `root` and the element pass of each of `elementsOf`. */
  private read(root: Node, elementsOf: Iterable<Container>): void {
    if (this.stopped) return;
    this.jobs.push({ kind: 'read', walk: new BlockWalk(root, inShadowTree(root)) });
    for (const r of elementsOf) startElements(r, this.ctx);
    this.slices.request();
  }

  scanAttribute(el: Element, name: string): void {
    if (this.stopped) return;
    this.jobs.push({ kind: 'attribute', el, name });
    this.slices.request();
  }

  /** An open shadow root the main-world hook saw attached: read it and watch it. */
  addShadowRoot(shadow: ShadowRoot): void {
    if (!this.stopped && this.queueShadow(shadow)) this.slices.request();
  }

  /** Queues a shadow root's text and elements, once per page; false when it was queued already. */
  private queueShadow(shadow: ShadowRoot): boolean {
    if (this.shadows.has(shadow)) return false;
    this.shadows.add(shadow);
    this.options.onShadowRoot?.(shadow);
    this.jobs.push({ kind: 'read', walk: new BlockWalk(shadow, true) });
    startElements(shadow, this.ctx);
    return true;
  }

  /** Steps until `until` or until no job is left; true when work is left. */
  private slice(until: number): boolean {
    this.until = until;
    for (let now = performance.now(), first = true; this.jobs.length > 0; first = false) {
      this.checkBudget();
      // The picked query waits for a slice of its own.
      if (this.jobs.length === 0 || (!first && queriesNext(this.jobs[this.jobs.length - 1]!))) break;
      this.step();
      const done = performance.now();
      // A step may cost about what the one before it did: one that would end well past the
      // slice waits for the next (a slice ends near its budget, not a whole step beyond it).
      if (done + (done - now) / 2 >= until) break;
      now = done;
    }
    if (this.jobs.length === 0) this.emitter.flushValues();
    // Reads go out when a message's worth is queued (chunks.ts) or the work runs out: each
    // hand-over has a fixed cost (a blob: URL in Chromium), so not once per slice.
    if (this.jobs.length === 0) this.chunks.flush();
    this.emitter.flush();
    return this.jobs.length > 0;
  }

  /**
   * Past the page budget nothing new is read; the worker's answers about text already read are
   * still located and sent, so a key met before the budget ran out is not lost.
   */
  private checkBudget(): void {
    if (!this.stopped && !this.budget.spent) return;
    this.stopped = true;
    this.jobs = this.jobs.filter(goesOnAfterBudget);
  }

  /** One step of the newest job; an unfinished job goes back under the jobs it queued. */
  private step(): void {
    const job = this.jobs.pop()!;
    const at = this.jobs.length;
    const finished = (STEPS[job.kind] as (job: Job, ctx: StepContext) => boolean)(job, this.ctx);
    if (!finished) this.jobs.splice(at, 0, job);
  }
}
