// Walks page text in idle slices and sends candidate windows to the worker, each distinct window
// once per page. Reads only textContent-level data (Text.data, attribute values, field values): no
// layout, no computed style. Budgets per slice and per page keep huge pages and storms cheap.
import type { CandidateWindow } from '../messages';
import { CANDIDATE_LIMITS } from '../messages';
import { hashString, isScannedAttribute, TextBuffer, windowsOf, type Span } from './collect';
import { blockOf, elementOf, inShadowTree, mayGrowShadow, OWN_ATTRIBUTE, SKIPPED, whereOfBlock } from './dom';

export interface Prefilter {
  hasCandidate(text: string): boolean;
  candidateWindows(text: string): Span[];
}

export interface ScannerOptions {
  prefilter: Prefilter;
  /** Sends windows (and the stopped-early flag) to the worker. */
  send(windows: CandidateWindow[], stoppedEarly: boolean): void;
  /** An img / canvas / svg seen while walking: a possible QR code. */
  onImage?(el: Element): void;
  /** An open shadow root seen while walking: observe it too. */
  onShadowRoot?(root: ShadowRoot): void;
  /** Main-thread time per idle slice. */
  sliceMs?: number;
  /** Text chunk handed to the prefilter at once. */
  chunkChars?: number;
  /** Per page: after this much text or this many nodes, stop and report stoppedEarly. */
  maxChars?: number;
  maxNodes?: number;
}

/** Custom elements remembered for a late shadow root, at most. */
const MAX_WATCHED_HOSTS = 2000;

/** Attribute and field values shorter than this cannot hold a key worth reporting. */
const MIN_VALUE = 16;

type Job =
  | { kind: 'tree'; root: Node; inShadow: boolean }
  | { kind: 'attr'; el: Element; name: string };

interface Walk {
  root: Node;
  walker: TreeWalker | null;
  inShadow: boolean;
  lastParent: Element | null;
  lastBlock: Element | null;
  /** A text node too large for one chunk, consumed piece by piece. */
  big: { data: string; offset: number; where: CandidateWindow['where'] } | null;
  /** The element just visited is skipped with its subtree. */
  skip: boolean;
}

export class Scanner {
  private readonly opt: Required<Omit<ScannerOptions, 'onImage' | 'onShadowRoot'>> & ScannerOptions;
  private jobs: Job[] = [];
  private walk: Walk | null = null;
  private readonly text = new TextBuffer();
  private readonly values = new TextBuffer();
  private sent = new Set<number>();
  /** Custom elements seen without a shadow root (yet). */
  private hosts = new Set<Element>();
  private outbox: CandidateWindow[] = [];
  private scheduled = false;
  private chars = 0;
  private nodes = 0;
  private stopped = false;
  private stoppedReported = false;
  /** Bumped on reset: a slice scheduled for the previous page does nothing. */
  private generation = 0;

  constructor(options: ScannerOptions) {
    this.opt = {
      sliceMs: 8,
      chunkChars: 64 * 1024,
      maxChars: 24 * 1024 * 1024,
      maxNodes: 600_000,
      ...options,
    };
  }

  get stoppedEarly(): boolean {
    return this.stopped;
  }

  /** Forget everything about the current page (SPA navigation): windows may be sent again. */
  reset(): void {
    this.generation++;
    this.jobs = [];
    this.walk = null;
    this.text.take();
    this.values.take();
    this.sent = new Set();
    this.hosts = new Set();
    this.outbox = [];
    this.chars = 0;
    this.nodes = 0;
    this.stopped = false;
    this.stoppedReported = false;
    this.scheduled = false;
  }

  scanTree(root: Node, inShadow = inShadowTree(root)): void {
    if (this.stopped) return;
    this.jobs.push({ kind: 'tree', root, inShadow });
    this.schedule();
  }

  scanAttribute(el: Element, name: string): void {
    if (this.stopped) return;
    this.jobs.push({ kind: 'attr', el, name });
    this.schedule();
  }

  /** True while work is queued or in progress. */
  get busy(): boolean {
    return this.scheduled || this.walk !== null || this.jobs.length > 0;
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    const generation = this.generation;
    const run = (deadline?: IdleDeadline) => {
      if (generation !== this.generation) return;
      this.scheduled = false;
      this.slice(deadline);
    };
    if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 1000 });
    else setTimeout(run, 16);
  }

  private slice(deadline?: IdleDeadline): void {
    const budget = deadline && !deadline.didTimeout
      ? Math.max(2, Math.min(this.opt.sliceMs, deadline.timeRemaining()))
      : this.opt.sliceMs;
    const end = performance.now() + budget;
    let steps = 0;
    while (!this.stopped && (this.walk || this.jobs.length)) {
      this.step();
      if (++steps % 32 === 0 && performance.now() >= end) break;
    }
    if (!this.walk && !this.jobs.length) {
      this.flushText();
      this.flushValues();
    }
    this.sendOutbox();
    if (!this.stopped && (this.walk || this.jobs.length)) this.schedule();
  }

  private overBudget(): boolean {
    if (this.chars > this.opt.maxChars || this.nodes > this.opt.maxNodes) {
      this.stopped = true;
      this.jobs = [];
      this.walk = null;
      this.flushText();
      this.flushValues();
      return true;
    }
    return false;
  }

  /** One unit of work: a node, a piece of a big text node, or a job start. */
  private step(): void {
    if (this.overBudget()) return;
    const walk = this.walk;
    if (!walk) {
      const job = this.jobs.shift();
      if (!job) return;
      if (job.kind === 'attr') {
        const value = job.el.getAttribute(job.name);
        if (value && value.length >= MIN_VALUE) this.addValue(value, job.el.tagName === 'INPUT' ? 'form-field' : 'attribute');
        return;
      }
      this.startWalk(job.root, job.inShadow);
      return;
    }
    if (walk.big) {
      this.consumeBig(walk);
      return;
    }
    let node: Node | null = null;
    if (walk.walker) node = walk.skip ? this.nextAfterSubtree(walk) : walk.walker.nextNode();
    walk.skip = false;
    if (!node) {
      this.walk = null;
      // Text of one tree never joins the next tree's text.
      walk.lastBlock = null;
      return;
    }
    this.visit(walk, node);
  }

  private startWalk(root: Node, inShadow: boolean): void {
    if (!root.isConnected) return;
    const walk: Walk = { root, walker: null, inShadow, lastParent: null, lastBlock: null, big: null, skip: false };
    if (root.nodeType === Node.TEXT_NODE) {
      this.visitText(walk, root as Text);
      this.walk = walk.big ? walk : null;
      return;
    }
    if (root.nodeType === Node.ELEMENT_NODE && !this.visitElement(walk, root as Element)) return;
    walk.walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    this.walk = walk;
  }

  private visit(walk: Walk, node: Node): void {
    this.nodes++;
    if (node.nodeType === Node.TEXT_NODE) {
      this.visitText(walk, node as Text);
      return;
    }
    walk.skip = !this.visitElement(walk, node as Element);
  }

  /** The next node after the current node's subtree (its children are not visited). */
  private nextAfterSubtree(walk: Walk): Node | null {
    const w = walk.walker!;
    for (;;) {
      const sibling = w.nextSibling();
      if (sibling) return sibling;
      if (!w.parentNode() || w.currentNode === walk.root) return null;
    }
  }

  /** Reads an element's own values; returns false when its subtree must be skipped. */
  private visitElement(walk: Walk, el: Element): boolean {
    const tag = el.tagName;
    if (el.hasAttribute(OWN_ATTRIBUTE)) return false;
    if (tag === 'IMG' || tag === 'CANVAS' || tag === 'svg') this.opt.onImage?.(el);
    if (SKIPPED.has(tag)) return false;
    const attrs = el.attributes;
    for (let i = 0; i < attrs.length; i++) {
      const a = attrs[i]!;
      if (a.value.length >= MIN_VALUE && isScannedAttribute(a.name)) {
        this.addValue(a.value, tag === 'INPUT' && a.name === 'value' ? 'form-field' : 'attribute');
      }
    }
    if (tag === 'INPUT' || tag === 'TEXTAREA') {
      // The live value, which the attribute does not follow once the user or a script changes it.
      const value = (el as HTMLInputElement | HTMLTextAreaElement).value;
      if (value.length >= MIN_VALUE) this.addValue(value, 'form-field');
    }
    const shadow = el.shadowRoot;
    if (shadow) {
      this.opt.onShadowRoot?.(shadow);
      this.jobs.push({ kind: 'tree', root: shadow, inShadow: true });
    } else if (mayGrowShadow(el) && this.hosts.size < MAX_WATCHED_HOSTS) {
      this.hosts.add(el);
    }
    return true;
  }

  /**
   * Custom elements upgraded after they were scanned attach a shadow root without any mutation
   * the observer could see. Called on each mutation batch and once after load: scans roots that
   * have appeared since.
   */
  recheckHosts(): void {
    for (const el of this.hosts) {
      if (!el.isConnected) {
        this.hosts.delete(el);
        continue;
      }
      const shadow = el.shadowRoot;
      if (!shadow) continue;
      this.hosts.delete(el);
      this.opt.onShadowRoot?.(shadow);
      this.scanTree(shadow, true);
    }
  }

  private visitText(walk: Walk, node: Text): void {
    const data = node.data;
    if (!data) return;
    const parent = elementOf(node);
    if (!parent) return;
    let block: Element;
    if (parent === walk.lastParent && walk.lastBlock) block = walk.lastBlock;
    else block = blockOf(parent);
    walk.lastParent = parent;
    const newBlock = block !== walk.lastBlock;
    walk.lastBlock = block;
    const where = whereOfBlock(block, walk.inShadow);
    this.chars += data.length;
    if (data.length > this.opt.chunkChars) {
      this.flushText();
      walk.big = { data, offset: 0, where };
      walk.lastBlock = null;
      return;
    }
    if (newBlock && this.text.length >= this.opt.chunkChars) this.flushText();
    this.text.append(data, where, newBlock);
    if (this.text.length >= 4 * this.opt.chunkChars) this.flushText();
  }

  /** One chunk of a big text node (a bundled inline script, a huge <pre>), with overlap. */
  private consumeBig(walk: Walk): void {
    const big = walk.big!;
    const overlap = CANDIDATE_LIMITS.windowChars;
    const end = Math.min(big.data.length, big.offset + this.opt.chunkChars);
    this.text.append(big.data.slice(big.offset, end), big.where, true);
    this.flushText();
    if (end >= big.data.length) {
      walk.big = null;
      if (!walk.walker) this.walk = null;
    } else {
      big.offset = end - overlap;
    }
  }

  private addValue(value: string, where: CandidateWindow['where']): void {
    this.chars += value.length;
    this.values.append(value, where, true);
    if (this.values.length >= this.opt.chunkChars) this.flushValues();
  }

  private flushText(): void {
    this.flush(this.text);
  }

  private flushValues(): void {
    this.flush(this.values);
  }

  private flush(buffer: TextBuffer): void {
    if (!buffer.length) return;
    const { text, segments } = buffer.take();
    const { hasCandidate, candidateWindows } = this.opt.prefilter;
    if (!hasCandidate(text)) return;
    for (const w of windowsOf(text, candidateWindows(text), segments)) {
      const h = hashString(w.text);
      if (this.sent.has(h)) continue;
      this.sent.add(h);
      this.outbox.push(w);
      if (this.outbox.length >= CANDIDATE_LIMITS.windowsPerMessage) this.sendOutbox();
    }
  }

  private sendOutbox(): void {
    const reportStop = this.stopped && !this.stoppedReported;
    if (!this.outbox.length && !reportStop) return;
    if (reportStop) this.stoppedReported = true;
    const windows = this.outbox;
    this.outbox = [];
    this.opt.send(windows, this.stopped);
  }
}
