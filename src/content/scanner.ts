// Walks page text in idle slices and sends candidate windows to the worker, each distinct window
// once per page. Reads only textContent-level data (Text.data, attribute values, field values): no
// layout, no computed style. Budgets per slice and per page keep huge pages and storms cheap.
//
// Cheap first: a subtree's joined text (one native textContent call) is prefiltered in chunks
// (a native regex gate, then the engine's prefilter); only when it holds a candidate are its text
// nodes walked one by one — the whole subtree when it is small, else its own inline text with each
// block descendant checked the same way. Element data (attribute values, field values, images,
// shadow roots) is gathered once per scanned root by native queries, apart from the text, so a
// subtree with no text candidate costs no per-node JS work beyond one loop for shadow roots.
import type { CandidateWindow } from '../messages';
import { CANDIDATE_LIMITS } from '../messages';
import { hashString, hasLongRun, isScannedAttribute, mayHoldKey, TextBuffer, windowsOf, type Span } from './collect';
import { blockOf, elementOf, inShadowTree, isInline, mayGrowShadow, OWN_ATTRIBUTE, SKIPPED, whereOfBlock } from './dom';

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

/** Joined text up to this size is walked node by node at once when it holds a candidate. */
const SMALL_TEXT = 16 * 1024;

/**
 * full: every text node and element. shallow: the root's own inline text; each block descendant
 * becomes a check job.
 */
type Mode = 'full' | 'shallow';

/** Fields, images and custom elements not defined yet (they may attach a shadow root later). */
const SPECIAL_ELEMENTS = 'input, textarea, img, canvas, svg, :not(:defined)';
/** Elements read per step of an elements pass. */
const ELEMENT_BATCH = 128;

/** A container with more child elements than this is not read whole: its children are grouped. */
const SPLIT_CHILDREN = 64;
/** Sibling blocks checked together, at most (by count, then by joined text length). */
const GROUP_SIZE = 256;
const GROUP_CHARS = 256 * 1024;
/** Subtrees with more elements than this are read by parts: one textContent of it could be a long task. */
const LARGE_SUBTREE = 3000;

/** Many children, or many descendants (counted natively, only when it has a few children). */
function isLarge(el: Element): boolean {
  const children = el.childElementCount;
  if (children > SPLIT_CHILDREN) return true;
  // The document and its body are always read by parts: they are the whole page.
  if (el.tagName === 'HTML' || el.tagName === 'BODY') return children > 1;
  return children > 4 && el.getElementsByTagName('*').length > LARGE_SUBTREE;
}

/** Checks may read up to this many times the text budget before the page counts as too big. */
const CHECK_FACTOR = 4;

/** Steps that prefilter a whole chunk count as this many node visits against the slice budget. */
const HEAVY = 32;

type Job =
  /** reread: the text was already read and counted by the check this one narrows down. */
  | { kind: 'check'; roots: Element[]; inShadow: boolean; reread?: true }
  | { kind: 'tree'; root: Node; inShadow: boolean; mode: Mode }
  | { kind: 'elements'; root: Element }
  | { kind: 'attr'; el: Element; name: string };

/** An elements pass in progress: the subtree's elements, read in batches. */
interface ElementsPass {
  all: NodeListOf<Element>;
  index: number;
}

/** A check job in progress: the subtree's joined text, prefiltered chunk by chunk. */
interface Check {
  roots: Element[];
  inShadow: boolean;
  text: string;
  offset: number;
}

interface Walk {
  root: Node;
  walker: TreeWalker | null;
  inShadow: boolean;
  mode: Mode;
  lastParent: Element | null;
  lastBlock: Element | null;
  /** Shallow mode: block descendants waiting to be checked together. */
  group: Element[];
  /** A text node too large for one chunk, consumed piece by piece. */
  big: { data: string; offset: number; where: CandidateWindow['where'] } | null;
  /** The element just visited is skipped with its subtree. */
  skip: boolean;
}

export class Scanner {
  private readonly opt: Required<Omit<ScannerOptions, 'onImage' | 'onShadowRoot'>> & ScannerOptions;
  private jobs: Job[] = [];
  private walk: Walk | null = null;
  private check: Check | null = null;
  private elements: ElementsPass | null = null;
  /** Shadow roots already queued: the elements pass and a text walk may both meet one. */
  private shadows = new WeakSet<ShadowRoot>();
  private readonly text = new TextBuffer();
  private readonly values = new TextBuffer();
  private sent = new Set<number>();
  /** Custom elements seen without a shadow root (yet). */
  private hosts = new Set<Element>();
  private outbox: CandidateWindow[] = [];
  private scheduled = false;
  private chars = 0;
  /** Joined text read by checks; a check may re-read text while narrowing down, so its own budget. */
  private checked = 0;
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
    this.check = null;
    this.elements = null;
    this.shadows = new WeakSet();
    this.text.take();
    this.values.take();
    this.sent = new Set();
    this.hosts = new Set();
    this.outbox = [];
    this.chars = 0;
    this.checked = 0;
    this.nodes = 0;
    this.stopped = false;
    this.stoppedReported = false;
    this.scheduled = false;
  }

  scanTree(root: Node, inShadow = inShadowTree(root)): void {
    if (this.stopped) return;
    if (root.nodeType === Node.ELEMENT_NODE) {
      this.jobs.push({ kind: 'check', roots: [root as Element], inShadow }, { kind: 'elements', root: root as Element });
    } else {
      this.jobs.push({ kind: 'tree', root, inShadow, mode: 'full' });
    }
    this.schedule();
  }

  scanAttribute(el: Element, name: string): void {
    if (this.stopped) return;
    this.jobs.push({ kind: 'attr', el, name });
    this.schedule();
  }

  /** True while work is queued or in progress. */
  get busy(): boolean {
    return this.scheduled || this.pending();
  }

  private pending(): boolean {
    return this.walk !== null || this.check !== null || this.elements !== null || this.jobs.length > 0;
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
    let cost = 0;
    while (!this.stopped && this.pending()) {
      cost += this.step();
      if (cost >= HEAVY) {
        cost = 0;
        if (performance.now() >= end) break;
      }
    }
    if (!this.pending()) {
      this.flushText();
      this.flushValues();
    }
    this.sendOutbox();
    if (!this.stopped && this.pending()) this.schedule();
  }

  private overBudget(): boolean {
    if (this.chars > this.opt.maxChars || this.nodes > this.opt.maxNodes || this.checked > CHECK_FACTOR * this.opt.maxChars) {
      this.stopped = true;
      this.jobs = [];
      this.walk = null;
      this.check = null;
      this.elements = null;
      this.flushText();
      this.flushValues();
      return true;
    }
    return false;
  }

  /** One unit of work (a node, a chunk, a job start); returns its rough cost in node visits. */
  private step(): number {
    if (this.overBudget()) return 0;
    if (this.check) {
      this.checkChunk(this.check);
      return HEAVY;
    }
    if (this.elements) {
      this.elementBatch(this.elements);
      return HEAVY;
    }
    const walk = this.walk;
    if (!walk) {
      const job = this.jobs.shift();
      if (!job) return 0;
      if (job.kind === 'attr') {
        const value = job.el.getAttribute(job.name);
        if (value && value.length >= MIN_VALUE) this.addValue(value, job.el.tagName === 'INPUT' ? 'form-field' : 'attribute');
        return 1;
      }
      if (job.kind === 'check') {
        this.startCheck(job.roots, job.inShadow, job.reread === true);
        return HEAVY;
      }
      if (job.kind === 'elements') {
        this.startElements(job.root);
        return HEAVY;
      }
      this.startWalk(job.root, job.inShadow, job.mode);
      return 1;
    }
    if (walk.big) {
      this.consumeBig(walk);
      return HEAVY;
    }
    let node: Node | null = null;
    if (walk.walker) node = walk.skip ? this.nextAfterSubtree(walk) : walk.walker.nextNode();
    walk.skip = false;
    if (!node) {
      this.walk = null;
      this.flushGroup(walk);
      // Text found by a full walk goes out now, not after the rest of a big page.
      this.flushText();
      return HEAVY;
    }
    this.visit(walk, node);
    return 1;
  }

  private flushGroup(walk: Walk): void {
    if (!walk.group.length) return;
    this.jobs.push({ kind: 'check', roots: walk.group, inShadow: walk.inShadow });
    walk.group = [];
  }

  /**
   * Starts checking sibling subtrees by their joined text. A lone big container is not read
   * whole (one textContent call on a huge page would be a long task): its children are grouped.
   */
  private startCheck(roots: Element[], inShadow: boolean, reread: boolean): void {
    const first = roots[0];
    if (roots.length === 1 && first) {
      if (!first.isConnected) return;
      if (SKIPPED.has(first.tagName) || first.hasAttribute(OWN_ATTRIBUTE)) {
        this.startWalk(first, inShadow, 'full'); // visits the root's own values, then skips it
        return;
      }
      if (isLarge(first)) {
        this.startWalk(first, inShadow, 'shallow');
        return;
      }
    }
    const texts: string[] = [];
    const members: Element[] = [];
    let total = 0;
    let taken = 0;
    while (taken < roots.length && (members.length === 0 || total < GROUP_CHARS)) {
      const root = roots[taken++]!;
      if (!root.isConnected) continue;
      if (roots.length > 1 && isLarge(root)) {
        this.jobs.unshift({ kind: 'check', roots: [root], inShadow }); // read by parts, not whole
        continue;
      }
      const text = root.textContent ?? '';
      texts.push(text);
      members.push(root);
      total += text.length;
    }
    if (!members.length) return;
    if (taken < roots.length) {
      this.jobs.unshift(reread ? { kind: 'check', roots: roots.slice(taken), inShadow, reread } : { kind: 'check', roots: roots.slice(taken), inShadow });
    }
    // Page text counts against the budget once; narrowing a hit down re-reads it (own budget).
    if (reread) this.checked += total;
    else this.chars += total;
    // Siblings are joined with a newline: block boundaries stay boundaries.
    this.check = { roots: members, inShadow, text: texts.join('\n'), offset: 0 };
  }

  /** Prefilters one chunk of a check job's text; decides how to walk once it knows. */
  private checkChunk(check: Check): void {
    const { text, offset } = check;
    const end = Math.min(text.length, offset + this.opt.chunkChars + CANDIDATE_LIMITS.windowChars);
    const piece = text.slice(offset, end);
    const hit = text.length > MIN_VALUE && mayHoldKey(piece) && (hasLongRun(piece) || this.opt.prefilter.hasCandidate(piece));
    if (!hit && end < text.length) {
      check.offset += this.opt.chunkChars;
      return;
    }
    this.check = null;
    const { roots, inShadow } = check;
    // No candidate in the text: nothing more to do (element data has its own pass).
    if (!hit) return;
    if (roots.length === 1) {
      const mode: Mode = text.length <= SMALL_TEXT ? 'full' : 'shallow';
      this.jobs.unshift({ kind: 'tree', root: roots[0]!, inShadow, mode });
    } else {
      // Halve the group until the candidate's subtree is found: few checks along the hit path.
      const half = roots.length >> 1;
      this.jobs.unshift({ kind: 'check', roots: roots.slice(0, half), inShadow, reread: true },
        { kind: 'check', roots: roots.slice(half), inShadow, reread: true });
    }
  }

  private startWalk(root: Node, inShadow: boolean, mode: Mode): void {
    if (!root.isConnected) return;
    const walk: Walk = { root, walker: null, inShadow, mode, group: [], lastParent: null, lastBlock: null, big: null, skip: false };
    if (root.nodeType === Node.TEXT_NODE) {
      this.visitText(walk, root as Text);
      this.walk = walk.big ? walk : null;
      return;
    }
    if (root.nodeType === Node.ELEMENT_NODE && !this.visitElement(root as Element)) return;
    walk.walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    this.walk = walk;
  }

  private visit(walk: Walk, node: Node): void {
    this.nodes++;
    if (node.nodeType === Node.TEXT_NODE) {
      this.visitText(walk, node as Text);
      return;
    }
    const el = node as Element;
    if (walk.mode === 'shallow' && !isInline(el) && !SKIPPED.has(el.tagName)) {
      // A block inside a big subtree: checked like the subtree was, with its siblings.
      walk.group.push(el);
      if (walk.group.length >= GROUP_SIZE) this.flushGroup(walk);
      walk.skip = true;
      walk.lastBlock = null;
      return;
    }
    walk.skip = !this.visitElement(el);
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

  /**
   * Element data of a subtree (attribute values, live field values, images, shadow roots). Fields,
   * images and not-yet-defined custom elements come from native queries; every element is then
   * asked only for a shadow root and whether it has attributes, in batches by a flat loop.
   */
  private startElements(root: Element): void {
    if (!root.isConnected || !this.visitElement(root)) return;
    // One query for all three kinds: a storm brings many small roots.
    for (const el of root.querySelectorAll(SPECIAL_ELEMENTS)) {
      const tag = el.tagName;
      if (tag === 'INPUT' || tag === 'TEXTAREA') {
        // The live value, which the attribute does not follow once the user or a script changes it.
        const { value } = el as HTMLInputElement | HTMLTextAreaElement;
        if (value.length >= MIN_VALUE) this.addValue(value, 'form-field');
      } else if (tag === 'IMG' || tag === 'CANVAS' || tag === 'svg') {
        this.opt.onImage?.(el);
      } else if (this.hosts.size < MAX_WATCHED_HOSTS && mayGrowShadow(el)) {
        this.hosts.add(el);
      }
    }
    this.elements = { all: root.querySelectorAll('*'), index: 0 };
  }

  private elementBatch(pass: ElementsPass): void {
    const { all } = pass;
    const end = Math.min(all.length, pass.index + ELEMENT_BATCH);
    for (let i = pass.index; i < end; i++) {
      const el = all[i]!;
      const shadow = el.shadowRoot;
      if (shadow) this.queueShadow(shadow);
      if (el.hasAttributes()) this.readAttributes(el);
    }
    this.nodes += end - pass.index;
    pass.index = end;
    if (end >= all.length) this.elements = null;
  }

  private queueShadow(shadow: ShadowRoot): void {
    if (this.shadows.has(shadow)) return;
    this.shadows.add(shadow);
    this.opt.onShadowRoot?.(shadow);
    this.jobs.push({ kind: 'tree', root: shadow, inShadow: true, mode: 'full' });
  }

  /** Reads an element's own values; returns false when its subtree must be skipped. */
  private visitElement(el: Element): boolean {
    const tag = el.tagName;
    if (el.hasAttributes() && !this.readAttributes(el)) return false;
    if (tag === 'IMG' || tag === 'CANVAS' || tag === 'svg') this.opt.onImage?.(el);
    if (SKIPPED.has(tag)) return false;
    if (tag === 'INPUT' || tag === 'TEXTAREA') {
      // The live value, which the attribute does not follow once the user or a script changes it.
      const value = (el as HTMLInputElement | HTMLTextAreaElement).value;
      if (value.length >= MIN_VALUE) this.addValue(value, 'form-field');
    }
    const shadow = el.shadowRoot;
    if (shadow) {
      this.queueShadow(shadow);
    } else if (mayGrowShadow(el) && this.hosts.size < MAX_WATCHED_HOSTS) {
      this.hosts.add(el);
    }
    return true;
  }

  /** Reads the values of attributes that may carry a key; false for our own UI. */
  private readAttributes(el: Element): boolean {
    // Names first (one call), values only for the attributes that may carry a key.
    const names = el.getAttributeNames();
    if (names.includes(OWN_ATTRIBUTE)) return false;
    for (const name of names) {
      if (!isScannedAttribute(name)) continue;
      const value = el.getAttribute(name);
      if (value && value.length >= MIN_VALUE) {
        this.addValue(value, el.tagName === 'INPUT' && name === 'value' ? 'form-field' : 'attribute');
      }
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
      if (this.shadows.has(shadow)) continue;
      this.shadows.add(shadow);
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
    if (!mayHoldKey(text) || !hasCandidate(text)) return;
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
