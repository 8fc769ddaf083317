// The structured first read: a container's text as the worker must see it, read once, in steps
// bounded by characters and nodes. Pieces of one block (the nearest element that does not flow
// inline) are joined without a separator, so a token split over highlighter spans is whole; a
// newline goes between blocks (and where one starts or ends), so text of neighbouring blocks never
// runs together ("AWS key" and "AKIA…" in two cells stay two words). Leaf elements are read by one
// textContent, text nodes by their data; skipped subtrees (styles, templates, frames, our own UI)
// are left out and shadow roots are not entered (the element pass queues them). Each step's text
// goes to the worker as one chunk (chunks.ts), after the end of the chunk before as context; the
// page keeps the chunk's segments (which block each part was read from) until the worker answers
// with the windows that hold a finding, which are then cut out and located without touching the
// DOM again (locate.ts). docs/extension.md, "A finding, from page to popup".
import { LIMITS } from '../../shared/protocol';
import { segmentsIn, TextBuffer, type Segment } from '../collect';
import { blockOf, elementOf, isInlineTag, isSkipped, NOT_INLINE } from '../dom';
import { WINDOW_RADIUS } from '../../gate';
import type { ChunkQueue } from './chunks';
import { CHUNK_CHARS, CLOCK_NODES, PIECE_CHARS, STEP_NODES, type Overtime, type PageBudget } from './budgets';
import type { Emitter, Origin } from './emitter';
import type { JobOf } from './jobs';

/** What a read needs from the scanner. */
export interface ReadContext {
  readonly budget: PageBudget;
  readonly emitter: Emitter;
  /** First reads, on their way to the worker. */
  readonly chunks: ChunkQueue;
  readonly overtime: Overtime;
}

/**
 * A container whose children the walk is in, the block its inline content belongs to, and whether
 * leaving it ends a block (it is an element that does not flow inline), known from when it was entered.
 */
interface Frame {
  container: Node | null;
  block: Element;
  breaks: boolean;
}

// Node types as numbers: the walk checks one per node, without looking up the global `Node`.
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const DOCUMENT_FRAGMENT_NODE = 11;

/** A chunk whose block runs on past CHUNK_CHARS takes up to this much more before it is cut mid-block. */
const CHUNK_SLACK = 4 * 1024;

/** A read restarted this often (its place was re-rendered away) ends: what is new comes from the mutation observer. */
const MAX_RESTARTS = 2;

/** The text of one chunk before the next one's own: what a key at the edge needs on its left. */
interface Tail {
  text: string;
  segments: Segment<Origin>[];
}

/**
 * A resumable walk over `root` (an element, a shadow root or a text node) in document order:
 * `next` is the node to visit, `frames` the containers above it (their blocks), `offset` how far
 * into a long text node the walk is.
 */
export class BlockWalk {
  private frames: Frame[] = [];
  private next: Node | null = null;
  private offset = 0;
  private tail: Tail | null = null;
  private buffer = new TextBuffer<Origin>();
  private lastBlock: Element | null = null;
  private lastOrigin: Origin | null = null;
  /** A block started or ended since the last piece: the next piece goes on a new line. */
  private broken = false;
  private restarts = 0;

  constructor(private readonly root: Node, private readonly inShadow: boolean) {
    this.start();
  }

  /**
   * One step: reads about CHUNK_CHARS (ending where a block does, within CHUNK_SLACK more) or one
   * piece of a long text node, visiting at most STEP_NODES nodes (fewer once the slice is over), and
   * queues the chunk. True when done.
   */
  step(ctx: ReadContext): boolean {
    if (!this.root.isConnected) return true;
    if (!this.intact()) {
      if (++this.restarts > MAX_RESTARTS) return true;
      this.start();
    }
    if (this.tail === null) this.contextBefore();
    else this.seed(this.tail);
    const context = this.buffer.length;
    let nodes = 0;
    let carry = WINDOW_RADIUS;
    while (this.next !== null && nodes < STEP_NODES) {
      if (nodes > 0 && nodes % CLOCK_NODES === 0 && ctx.overtime()) break;
      const read = this.buffer.length - context;
      // A chunk ends between blocks (`broken`), so a token split over a block's pieces is whole in one.
      if (read >= CHUNK_CHARS && (this.broken || read >= CHUNK_CHARS + CHUNK_SLACK)) break;
      const node = this.next;
      const type = node.nodeType;
      if (type === TEXT_NODE) {
        const data = (node as Text).data;
        if (data.length > PIECE_CHARS) {
          // A long text node (a bundled inline script, a huge <pre>): a piece per step, with overlap.
          if (read > 0) break;
          carry = this.longPiece(node as Text, data);
          nodes++;
          break;
        }
        if (read > 0 && read + data.length > CHUNK_CHARS + CHUNK_SLACK) break;
        this.piece(data, this.top.block);
        this.advance(node);
      } else if (type === ELEMENT_NODE) {
        if (!this.element(node as Element, read)) break;
      } else if (type === DOCUMENT_FRAGMENT_NODE && node instanceof ShadowRoot) {
        this.enter(node, blockOf(node.host), false);
      } else {
        this.advance(node);
      }
      nodes++;
    }
    ctx.budget.nodes += nodes;
    const read = this.buffer.length - context;
    ctx.budget.chars += read;
    const { text, segments } = this.buffer.take();
    if (read > 0) ctx.chunks.queue(text, (spans) => ctx.emitter.found(text, segments, spans));
    const from = Math.max(0, text.length - carry);
    this.tail = { text: text.slice(from), segments: segmentsIn(segments, from, text.length) };
    return this.next === null;
  }

  private get top(): Frame {
    return this.frames[this.frames.length - 1]!;
  }

  /** An element: left out, read whole (a leaf), or entered; `read`: text this step read so far. False when the step must end before it. */
  private element(el: Element, read: number): boolean {
    // tagName read once: both lookups below take it.
    const tag = el.tagName;
    if (isSkipped(el, tag)) {
      this.advance(el);
      return true;
    }
    const inline = isInlineTag(tag);
    // A leaf, or an element whose descendants all flow inline (a paragraph with links, a
    // highlighted listing): one native read instead of a wrapper per node, which also spares the
    // garbage collector (young DOM wrappers made scavenges take 7–10 ms on the docs pages).
    if (el.firstElementChild === null || el.querySelector(NOT_INLINE) === null) {
      const text = el.textContent ?? '';
      // Too long for one piece: its text nodes, one by one.
      if (text.length <= PIECE_CHARS) {
        if (read > 0 && read + text.length > CHUNK_CHARS + CHUNK_SLACK) return false;
        if (!inline) this.broken = true;
        this.piece(text, inline ? this.top.block : el);
        if (!inline) this.broken = true;
        this.advance(el);
        return true;
      }
    }
    this.enter(el, inline ? this.top.block : el, !inline);
    if (!inline) this.broken = true;
    return true;
  }

  private enter(container: Element | ShadowRoot, block: Element, breaks: boolean): void {
    this.frames.push({ container, block, breaks });
    this.next = container.firstChild;
    this.ascend();
  }

  /** Moves on from `node` to the node after it in document order, within the root. */
  private advance(node: Node): void {
    this.next = node === this.root ? null : node.nextSibling;
    this.ascend();
  }

  /** At the end of a container's children: back up until there is a next node (or the walk is done). */
  private ascend(): void {
    while (this.next === null && this.frames.length > 1) {
      const { container, breaks } = this.frames.pop()!;
      if (breaks) this.broken = true;
      this.next = container === this.root ? null : container!.nextSibling;
    }
  }

  /** One piece of a long text node; the overlap (what the next piece carries) is returned. */
  private longPiece(node: Text, data: string): number {
    const overlap = LIMITS.windowChars;
    const size = this.offset === 0 ? PIECE_CHARS : PIECE_CHARS - overlap;
    const end = Math.min(data.length, this.offset + size);
    this.piece(data.slice(this.offset, end), this.top.block);
    if (end < data.length) {
      this.offset = end;
      return overlap;
    }
    this.offset = 0;
    this.advance(node);
    return WINDOW_RADIUS;
  }

  private piece(text: string, block: Element): void {
    if (!text) return;
    const newBlock = this.broken || block !== this.lastBlock;
    if (block !== this.lastBlock || !this.lastOrigin) this.lastOrigin = { block, inShadow: this.inShadow };
    this.lastBlock = block;
    this.broken = false;
    this.buffer.append(text, this.lastOrigin, newBlock);
  }

  private seed(tail: Tail): void {
    this.buffer.carry(tail.text, tail.segments);
  }

  /** True when the containers the walk is in are still where they were (no re-render moved them). */
  private intact(): boolean {
    // frames[0] is the root's parent, frames[1] the root itself once entered.
    for (let i = this.frames.length - 1; i >= 2; i--) if (this.frames[i]!.container!.parentNode !== this.frames[i - 1]!.container) return false;
    const { next } = this;
    return next === null || next === this.root || next.parentNode === this.top.container;
  }

  private start(): void {
    const { root } = this;
    const up = root.parentNode;
    const parent = root instanceof ShadowRoot ? root.host : up instanceof ShadowRoot ? up.host : root.parentElement;
    // The document element has no parent block: it is its own.
    this.frames = [{ container: up, block: parent ? blockOf(parent) : (root as Element), breaks: false }];
    this.next = root;
    this.offset = 0;
    this.tail = null;
  }

  /**
   * The text before the root in its tree as context (a subtree added later keeps the provider
   * words and the other half of a pair that precede it).
   */
  private contextBefore(): void {
    for (const [node, data] of textBefore(this.root)) {
      const parent = elementOf(node);
      if (parent) this.piece(data, blockOf(parent));
    }
  }
}

/** One step of a structured first read. */
export function readBlocks(job: JobOf<'read'>, ctx: ReadContext): boolean {
  return job.walk.step(ctx);
}

/**
 * Up to WINDOW_RADIUS characters of the text before `node` in its tree (document or shadow root),
 * as [text node, the part of its text taken], in document order; our own UI and skipped subtrees
 * (style, templates, frames…) left out.
 */
function textBefore(node: Node): Array<[Text, string]> {
  const root = node.getRootNode();
  if (root === node) return [];
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
