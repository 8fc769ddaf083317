// Reads page text in idle slices and sends the windows around key-character runs to the worker,
// each distinct window once per page; textContent-level reads only, no layout. Why it reads by
// subtrees, groups of children and Range.toString (every node touched costs a wrapper), and its
// budgets: docs/extension.md, "A finding, from page to popup".
import { LIMITS, type CandidateWindow } from '../shared/protocol';
import { attributeSurface, isScannedAttribute, type Where } from '../shared/surfaces';
import { hashString, TextBuffer, windowsOf, type Segment } from './collect';
import { blockOf, elementOf, inShadowTree, isInline, isSkipped, OWN_ATTRIBUTE, whereOfBlock } from './dom';
import { hasRun, MIN_RUN, runsOf, WINDOW_RADIUS, windowSpans } from './gate';

export interface ScannerOptions {
  /** Sends windows (and the stopped-early flag) to the worker. */
  send(windows: CandidateWindow[], stoppedEarly: boolean): void;
  /** An img / canvas / svg seen in a scanned subtree: a possible QR code. */
  onImage?(el: Element): void;
  /** An open shadow root seen in a scanned subtree: observe it too. */
  onShadowRoot?(root: ShadowRoot): void;
  /** Main-thread time per idle slice. */
  sliceMs?: number;
  /** Per page: after this much text or this many nodes, stop and report stoppedEarly. */
  maxChars?: number;
  maxNodes?: number;
}

type Container = Element | ShadowRoot;

/** A text that passed the gate and is at most this long is walked node by node at once. */
const SMALL_TEXT = 16 * 1024;
/** Children are read until their text reaches this size, then the gate runs on the chunk. */
const CHUNK_CHARS = 128 * 1024;
/** A single text node longer than this is gated piece by piece, one piece per step. */
const PIECE_CHARS = 256 * 1024;
/** More child elements than this: read child by child, never in one call. */
const SPLIT_CHILDREN = 64;
/** Structural wrappers down to this depth below the document are read by children (html 0, body 1). */
const WRAPPER_DEPTH = 5;
/** A wrapper among at most this many siblings is part of a chain of wrappers, not of a list. */
const FEW_SIBLINGS = 8;
const WRAPPERS = new Set([
  'DIV', 'MAIN', 'SECTION', 'ARTICLE', 'ASIDE', 'NAV', 'HEADER', 'FOOTER', 'FORM', 'TABLE', 'TBODY', 'THEAD',
  'UL', 'OL', 'DL', 'FIGURE', 'DETAILS', 'FIELDSET',
]);
/**
 * Past FULL_PASS_ELEMENTS in one subtree (a giant page, where a wrapper per element costs more
 * than all its text), the elements still read: fields, images, meta and iframe elements (content,
 * srcdoc), and URLs with a query or credentials (?api_key=, user:pass@). data-* attributes there
 * are read only on elements added later. Every selector costs a test per element of the page:
 * few, cheap ones.
 */
const PICKED_ELEMENTS = 'input, textarea, img, canvas, svg, meta, iframe, [href*="?"], [href*="@"], [src*="?"]';
/** Elements of one subtree that get their attributes and shadow root read, at most. */
const FULL_PASS_ELEMENTS = 1000;
/** Elements read per step of an elements pass. */
const ELEMENT_BATCH = 512;
/**
 * Children per group read in one call: the first group's size (one: a child may hold megabytes),
 * and the most it grows to.
 */
const GROUP_START = 1;
const GROUP_MAX = 4096;
/** A hit group of at most this many child nodes is read child by child; a bigger one by quarters. */
const NARROW_CHILDREN = 32;
/** A group's text below this doubles the next group; above GROUP_TEXT_HIGH it halves it. */
const GROUP_TEXT_LOW = 64 * 1024;
const GROUP_TEXT_HIGH = 256 * 1024;

/** A child read as part of a chunk: where its text sits in the chunk. */
interface Member {
  node: ChildNode;
  start: number;
  end: number;
}

type Job =
  /** A subtree's text: in one call when small enough, else by children. */
  | { kind: 'read'; node: Container; inShadow: boolean }
  /**
   * A container's text by groups of `size` child nodes, from child `index` up to `end`,
   * resumable. `adapt`: the size follows the text read (a whole container, not a narrowing).
   */
  | { kind: 'groups'; parent: Container; index: number; end: number; size: number; adapt: boolean; inShadow: boolean; depth: number }
  /**
   * Children one by one from `next` up to (not including) `stop`: a container with few children,
   * or the narrowing of a group hit. `first`: a first read (its text counts against the budget;
   * big children get jobs of their own), else a narrowing. `few`: at most FEW_SIBLINGS element
   * children (structural wrappers among them are descended into).
   */
  | { kind: 'children'; parent: Container; next: ChildNode | null; stop: ChildNode | null; first: boolean; few: boolean; inShadow: boolean; depth: number }
  /** A single text node added or changed on its own. */
  | { kind: 'text'; node: Text; inShadow: boolean }
  /** A text node too long for one gate call, `offset` characters in. */
  | { kind: 'piece'; node: Text; offset: number; inShadow: boolean }
  /** Attribute values, field values, images and shadow roots of a subtree's elements. */
  | { kind: 'elements'; root: Container; all: ArrayLike<Element | undefined>; index: number; picked: boolean }
  | { kind: 'attr'; el: Element; name: string };

export class Scanner {
  private readonly opt: Required<Omit<ScannerOptions, 'onImage' | 'onShadowRoot'>> & ScannerOptions;
  private jobs: Job[] = [];
  /** Shadow roots already queued: an elements pass and the main-world hook may both report one. */
  private shadows = new WeakSet<ShadowRoot>();
  private readonly values = new TextBuffer();
  private sent = new Set<number>();
  private outbox: CandidateWindow[] = [];
  private scheduled = false;
  private chars = 0;
  private nodes = 0;
  private stopped = false;
  private stoppedReported = false;
  /** Bumped on reset: a slice scheduled for the previous page does nothing. */
  private generation = 0;

  constructor(options: ScannerOptions) {
    this.opt = { sliceMs: 8, maxChars: 24 * 1024 * 1024, maxNodes: 600_000, ...options };
  }

  get stoppedEarly(): boolean {
    return this.stopped;
  }

  /** Forget everything about the current page (SPA navigation): windows may be sent again. */
  reset(): void {
    this.generation++;
    this.jobs = [];
    this.shadows = new WeakSet();
    this.values.take();
    this.sent = new Set();
    this.outbox = [];
    this.chars = 0;
    this.nodes = 0;
    this.stopped = false;
    this.stoppedReported = false;
    this.scheduled = false;
  }

  scanTree(root: Node, inShadow = inShadowTree(root)): void {
    if (this.stopped) return;
    if (root.nodeType === Node.TEXT_NODE) {
      this.jobs.push({ kind: 'text', node: root as Text, inShadow });
    } else if (root instanceof Element || root instanceof ShadowRoot) {
      this.jobs.push({ kind: 'read', node: root, inShadow });
      this.startElements(root);
    }
    this.schedule();
  }

  scanAttribute(el: Element, name: string): void {
    if (this.stopped) return;
    this.jobs.push({ kind: 'attr', el, name });
    this.schedule();
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
    while (this.jobs.length > 0) {
      this.checkBudget();
      if (this.jobs.length === 0) break;
      this.step();
      if (performance.now() >= end) break;
    }
    if (this.jobs.length === 0) this.emitValues();
    this.sendOutbox();
    if (this.jobs.length > 0) this.schedule();
  }

  /**
   * Past the page budget nothing new is read; text already read that hit is still narrowed down
   * and sent, so a key met before the budget ran out is not lost.
   */
  private checkBudget(): void {
    if (!this.stopped && this.chars <= this.opt.maxChars && this.nodes <= this.opt.maxNodes) return;
    this.stopped = true;
    this.jobs = this.jobs.filter(isNarrowing);
  }

  /** One unit of work: a subtree read, a chunk of children, a piece of text, a batch of elements. */
  private step(): void {
    const job = this.jobs[this.jobs.length - 1]!;
    switch (job.kind) {
      case 'groups':
        this.readGroup(job);
        return;
      case 'children':
        this.readChunk(job);
        return;
      case 'elements':
        this.elementBatch(job);
        return;
      case 'piece':
        this.readPiece(job);
        return;
    }
    this.jobs.pop();
    if (job.kind === 'read') this.read(job.node, job.inShadow);
    else if (job.kind === 'text') this.readText(job.node, job.inShadow);
    else this.readAttribute(job.el, job.name);
  }

  /** True when `node` is read child by child instead of in one textContent call. */
  private byChildren(node: Container, depth: number, fewSiblings: boolean): boolean {
    // The document and its body are the whole page: never one call (and no count of their children).
    const tag = node instanceof Element ? node.tagName : '';
    if (tag === 'HTML' || tag === 'BODY') return true;
    const children = node.childElementCount;
    if (children > SPLIT_CHILDREN) return true;
    if (children === 0 || tag === '') return false;
    return depth < WRAPPER_DEPTH && fewSiblings && WRAPPERS.has(tag);
  }

  private read(node: Container, inShadow: boolean): void {
    if (!node.isConnected || (node instanceof Element && isSkipped(node))) return;
    // A subtree added later is read whole unless it is big; the wrapper rule is for the document.
    if (this.byChildren(node, WRAPPER_DEPTH, false)) {
      this.readByChildren(node, inShadow, 0);
      return;
    }
    const text = node.textContent ?? '';
    this.chars += text.length;
    if (text.length > PIECE_CHARS) this.readByChildren(node, inShadow, 0);
    else if (hasRun(text)) this.onHit(node, text.length, inShadow);
  }

  /** The gate hit `node`'s text: walk it when small, else narrow down by its children. */
  private onHit(node: Container, length: number, inShadow: boolean): void {
    if (length <= SMALL_TEXT) this.walk([node], inShadow);
    else this.narrowInto(node, inShadow, WRAPPER_DEPTH);
  }

  /**
   * Finds a hit inside `parent`, whose text was already read: by quarters of its child nodes, then
   * child by child (nothing counts against the budget again).
   */
  private narrowInto(parent: Container, inShadow: boolean, depth: number): void {
    const count = parent.childNodes.length;
    if (count <= NARROW_CHILDREN) {
      this.jobs.push({ kind: 'children', parent, next: parent.firstChild, stop: null, first: false, few: false, inShadow, depth });
    } else {
      this.jobs.push({ kind: 'groups', parent, index: 0, end: count, size: Math.ceil(count / 4), adapt: false, inShadow, depth });
    }
  }

  private readByChildren(parent: Container, inShadow: boolean, depth: number): void {
    // A short walk: counting (childElementCount) or a collection (children) costs the whole list.
    let child = parent.firstElementChild;
    for (let i = 0; child && i < FEW_SIBLINGS; i++) child = child.nextElementSibling;
    // A few children (html: head and body; a wrapper): each one on its own, it may be big.
    if (child === null) {
      this.jobs.push({ kind: 'children', parent, next: parent.firstChild, stop: null, first: true, few: true, inShadow, depth });
    } else {
      this.jobs.push({ kind: 'groups', parent, index: 0, end: Infinity, size: GROUP_START, adapt: true, inShadow, depth });
    }
  }

  /**
   * One group of child nodes in one call: the Range runs from the start of the group's first
   * child to the start of the next group's (the container's end for the last group). A group that
   * hits is narrowed down by smaller groups, then child by child.
   */
  private readGroup(job: Extract<Job, { kind: 'groups' }>): void {
    const { parent, index } = job;
    // Sequential indexes into the cached child list: each lookup walks on from the last one,
    // without a wrapper for the children in between.
    const kids = parent.childNodes;
    const first = kids[index];
    if (!parent.isConnected || index >= job.end || first === undefined) {
      this.jobs.splice(this.jobs.indexOf(job), 1);
      return;
    }
    const size = job.size;
    let next = Math.min(job.end, index + size);
    const after = kids[next] ?? null;
    if (!after) next = Infinity;
    // A fresh Range per read: one kept would be updated by the document on every mutation.
    const range = document.createRange();
    range.setStart(first, 0);
    if (after) range.setEnd(after, 0);
    else range.setEnd(parent, kids.length);
    const text = range.toString();
    this.nodes += size;
    job.index = next;
    if (next >= job.end) this.jobs.splice(this.jobs.indexOf(job), 1);
    if (job.adapt) {
      this.chars += text.length;
      if (text.length < GROUP_TEXT_LOW) job.size = Math.min(GROUP_MAX, job.size * 2);
      else if (text.length > GROUP_TEXT_HIGH) job.size = Math.max(1, job.size >> 1);
    }
    if (!hasRun(text)) return;
    const { inShadow, depth } = job;
    if (size > NARROW_CHILDREN) {
      this.jobs.push({ kind: 'groups', parent, index, end: next, size: Math.ceil(size / 4), adapt: false, inShadow, depth });
    } else {
      this.jobs.push({ kind: 'children', parent, next: first, stop: after, first: false, few: false, inShadow, depth });
    }
  }

  private readText(node: Text, inShadow: boolean): void {
    if (!node.isConnected) return;
    const { data } = node;
    this.chars += data.length;
    if (data.length > PIECE_CHARS) this.jobs.push({ kind: 'piece', node, offset: 0, inShadow });
    else if (hasRun(data)) this.walk([node], inShadow);
  }

  /**
   * Reads children until a chunk's worth of text, then gates the chunk. Siblings are joined
   * without a separator when both flow inline (a token split over spans is whole again), else
   * with a newline.
   */
  private readChunk(job: Extract<Job, { kind: 'children' }>): void {
    const { parent, inShadow } = job;
    // The child to resume at was removed (a re-render): start over; sent windows are not re-sent.
    if (job.next && job.next.parentNode !== parent) job.next = parent.isConnected ? parent.firstChild : null;
    const parts: string[] = [];
    const members: Member[] = [];
    const deeper: Container[] = [];
    let length = 0;
    let inlineBefore = false;
    let child = job.next;
    for (; child && child !== job.stop && length < CHUNK_CHARS; child = child.nextSibling) {
      let text: string;
      let inline = true;
      if (child.nodeType === Node.TEXT_NODE) {
        text = (child as Text).data;
        if (text.length > PIECE_CHARS) {
          this.chars += text.length;
          this.jobs.push({ kind: 'piece', node: child as Text, offset: 0, inShadow });
          inlineBefore = false;
          continue;
        }
      } else if (child.nodeType === Node.ELEMENT_NODE) {
        const el = child as Element;
        if (isSkipped(el)) {
          inlineBefore = false;
          continue;
        }
        // A first read leaves big subtrees to their own jobs; a narrowing reads every child (its
        // group's text, all of it, was one call already).
        if (job.first && this.byChildren(el, job.depth + 1, job.few)) {
          deeper.push(el);
          inlineBefore = false;
          continue;
        }
        text = el.textContent ?? '';
        inline = isInline(el);
      } else {
        continue;
      }
      this.nodes++;
      if (text.length === 0) continue;
      // A narrowing re-reads text its group already counted.
      if (job.first) this.chars += text.length;
      if (length > 0 && !(inlineBefore && inline)) {
        parts.push('\n');
        length++;
      }
      members.push({ node: child, start: length, end: length + text.length });
      parts.push(text);
      length += text.length;
      inlineBefore = inline;
    }
    job.next = child;
    if (!child || child === job.stop) this.jobs.splice(this.jobs.indexOf(job), 1);
    for (let i = deeper.length - 1; i >= 0; i--) this.readByChildren(deeper[i]!, inShadow, job.depth + 1);
    if (members.length === 0) return;
    const text = parts.length === 1 ? parts[0]! : parts.join('');
    if (hasRun(text)) this.narrow(text, members, inShadow, job.depth);
  }

  /**
   * A chunk of children holds runs: walk the children each run touches, with their neighbours
   * within the window radius (provider words in the paragraph before a key count). A child too
   * big to walk at once is read again by its own children.
   */
  private narrow(text: string, members: readonly Member[], inShadow: boolean, depth: number): void {
    const walk = new Set<Member>();
    const big = new Set<Member>();
    let first = 0;
    for (const run of runsOf(text)) {
      const from = run.start - WINDOW_RADIUS;
      const to = run.end + WINDOW_RADIUS;
      while (first < members.length && members[first]!.end <= from) first++;
      for (let i = first; i < members.length && members[i]!.start < to; i++) {
        const m = members[i]!;
        if (m.end - m.start <= SMALL_TEXT) walk.add(m);
        else if (m.start < run.end && m.end > run.start) big.add(m);
      }
    }
    if (walk.size > 0) this.walk([...walk].map((m) => m.node), inShadow);
    for (const m of big) {
      if (m.node.nodeType === Node.TEXT_NODE) this.walk([m.node], inShadow);
      else this.narrowInto(m.node as Element, inShadow, depth + 1);
    }
  }

  /** One piece of a long text node (a bundled inline script, a huge <pre>), with overlap. */
  private readPiece(job: Extract<Job, { kind: 'piece' }>): void {
    const { node, offset } = job;
    const data = node.isConnected ? node.data : '';
    const end = Math.min(data.length, offset + PIECE_CHARS);
    const piece = data.slice(offset, end);
    if (hasRun(piece)) {
      const parent = elementOf(node);
      const where = parent ? whereOfBlock(blockOf(parent), job.inShadow) : 'text';
      this.emit(piece, [{ start: 0, where }]);
    }
    if (end >= data.length) this.jobs.splice(this.jobs.indexOf(job), 1);
    // The overlap keeps a key (and its context) whole across the cut.
    else job.offset = end - LIMITS.windowChars;
  }

  /**
   * Walks the text nodes under `roots` (in document order, consecutive where they are siblings)
   * with their block structure, and sends the windows around the runs in them.
   */
  private walk(roots: readonly Node[], inShadow: boolean): void {
    const buffer = new TextBuffer();
    let lastParent: Element | null = null;
    let lastBlock: Element | null = null;
    const visitText = (node: Text, data = node.data) => {
      if (!data) return;
      const parent = elementOf(node);
      if (!parent) return;
      const block = parent === lastParent && lastBlock ? lastBlock : blockOf(parent);
      lastParent = parent;
      const newBlock = block !== lastBlock;
      lastBlock = block;
      buffer.append(data, whereOfBlock(block, inShadow), newBlock);
    };
    // The text just before the first root comes too: a subtree read on its own (a wrapper read by
    // its children) keeps the provider words and the other half of a pair that precede it.
    const first = roots.find((r) => r.isConnected);
    if (first) for (const [node, data] of textBefore(first)) visitText(node, data);
    const context = buffer.length;
    let previous: Node | null = null;
    for (const root of roots) {
      if (!root.isConnected) continue;
      // Roots that are not next to each other never join into one token.
      if (previous && root.previousSibling !== previous) lastBlock = null;
      previous = root;
      if (root.nodeType === Node.TEXT_NODE) {
        visitText(root as Text);
        continue;
      }
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
      let node: Node | null = root;
      while (node) {
        if (node.nodeType === Node.TEXT_NODE) {
          visitText(node as Text);
          node = walker.nextNode();
        } else if (node !== root && node.nodeType === Node.ELEMENT_NODE && isSkipped(node as Element)) {
          node = nextAfterSubtree(walker, root);
        } else {
          node = walker.nextNode();
        }
      }
    }
    const { text, segments } = buffer.take();
    this.emit(text, segments, context);
  }

  /**
   * Element data of a subtree: every element's shadow root, attributes, field value or image, up
   * to FULL_PASS_ELEMENTS elements; past that (a giant page) only the elements a native query
   * picks, whose shadow roots come from the main-world hook.
   */
  private startElements(root: Container): void {
    if (root instanceof Element) {
      if (root.hasAttribute(OWN_ATTRIBUTE)) return;
      this.elementData(root);
    }
    // A live collection hands out wrappers only as they are read, and is never counted whole.
    const all = root instanceof Element ? root.getElementsByTagName('*') : root.querySelectorAll('*');
    this.jobs.push({ kind: 'elements', root, all, index: 0, picked: false });
  }

  private elementBatch(job: Extract<Job, { kind: 'elements' }>): void {
    const { all } = job;
    let i = job.index;
    const end = i + ELEMENT_BATCH;
    for (let el = all[i]; el && i < end; el = all[++i]) this.elementData(el);
    this.nodes += i - job.index;
    job.index = i;
    if (!all[i]) this.jobs.splice(this.jobs.indexOf(job), 1);
    else if (!job.picked && i >= FULL_PASS_ELEMENTS) {
      // A giant subtree: the rest from one query (the first elements may be read twice; windows go once).
      job.all = job.root.querySelectorAll(PICKED_ELEMENTS);
      job.index = 0;
      job.picked = true;
    }
  }

  /** An element's shadow root, attribute values, live field value or image. */
  private elementData(el: Element): void {
    const shadow = el.shadowRoot;
    if (shadow) this.queueShadow(shadow);
    const tag = el.tagName;
    if (tag === 'INPUT' || tag === 'TEXTAREA') {
      // The live value, which the attribute does not follow once the user or a script changes it.
      this.addValue((el as HTMLInputElement | HTMLTextAreaElement).value, 'form-field');
    } else if (tag === 'IMG' || tag === 'CANVAS' || tag === 'svg') {
      this.opt.onImage?.(el);
    }
    if (!el.hasAttributes()) return;
    // Names first (one call), values only for the attributes that may carry a key.
    const names = el.getAttributeNames();
    if (names.includes(OWN_ATTRIBUTE)) return;
    for (const name of names) {
      if (isScannedAttribute(name)) this.addValue(el.getAttribute(name), attributeSurface(el.tagName, name));
    }
  }

  private readAttribute(el: Element, name: string): void {
    if (el.isConnected && !el.hasAttribute(OWN_ATTRIBUTE)) this.addValue(el.getAttribute(name), attributeSurface(el.tagName, name));
  }

  /** Queues a shadow root's text and elements, once per page; false when it was queued already. */
  private queueShadow(shadow: ShadowRoot): boolean {
    if (this.shadows.has(shadow)) return false;
    this.shadows.add(shadow);
    this.opt.onShadowRoot?.(shadow);
    this.jobs.push({ kind: 'read', node: shadow, inShadow: true });
    this.startElements(shadow);
    return true;
  }

  /** An open shadow root the main-world hook saw attached: read it and watch it. */
  addShadowRoot(shadow: ShadowRoot): void {
    if (!this.stopped && this.queueShadow(shadow)) this.schedule();
  }

  /** Attribute and field values go out together, after the gate. */
  private addValue(value: string | null, where: Where): void {
    if (!value || value.length < MIN_RUN) return;
    this.chars += value.length;
    if (!hasRun(value)) return;
    this.values.append(value, where, true);
    if (this.values.length >= CHUNK_CHARS) this.emitValues();
  }

  private emitValues(): void {
    if (!this.values.length) return;
    const { text, segments } = this.values.take();
    this.emit(text, segments);
  }

  /**
   * Windows around the runs of `text` from offset `from` on (text before it is context, read for
   * its own sake elsewhere), each distinct one queued once per page.
   */
  private emit(text: string, segments: readonly Segment[], from = 0): void {
    const spans = windowSpans(text).filter((s) => s.end > from);
    for (const w of windowsOf(text, spans, segments)) {
      const h = hashString(w.text);
      if (this.sent.has(h)) continue;
      this.sent.add(h);
      this.outbox.push(w);
      if (this.outbox.length >= LIMITS.windowsPerMessage) this.sendOutbox();
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

/** A job that narrows down text already read and counted (a gate hit), reading nothing new. */
function isNarrowing(job: Job): boolean {
  return (job.kind === 'groups' && !job.adapt) || (job.kind === 'children' && !job.first);
}

/**
 * Up to WINDOW_RADIUS characters of the text before `node` in its tree (document or shadow root),
 * as [text node, the part of its text taken], in document order; our own UI and skipped subtrees
 * (style, templates, frames…) left out.
 */
function textBefore(node: Node): Array<[Text, string]> {
  const root = node.getRootNode();
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  walker.currentNode = node;
  const out: Array<[Text, string]> = [];
  let need = WINDOW_RADIUS;
  for (let t = walker.previousNode() as Text | null; t && need > 0; t = walker.previousNode() as Text | null) {
    if (insideSkipped(t, root)) continue;
    const data = t.data.length > need ? t.data.slice(t.data.length - need) : t.data;
    out.push([t, data]);
    need -= data.length;
  }
  return out.reverse();
}

function insideSkipped(node: Node, root: Node): boolean {
  for (let el = node.parentElement; el && el !== root; el = el.parentElement) if (isSkipped(el)) return true;
  return false;
}

/** The next node after the walker's current node and its subtree, within `root`. */
function nextAfterSubtree(walker: TreeWalker, root: Node): Node | null {
  for (;;) {
    if (walker.currentNode === root) return null;
    const sibling = walker.nextSibling();
    if (sibling) return sibling;
    if (!walker.parentNode()) return null;
  }
}
