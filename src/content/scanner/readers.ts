// Readers: page text in as few native calls as possible (a subtree's textContent, groups of children
// through one Range.toString() each, children one by one, long text nodes piece by piece). A first
// read is not gated here: its text goes to the worker (chunks.ts), whose answer names the spans to
// narrow down; those are narrowed down to the children they are in, and their text is read again
// with its block structure (BlockText: a token split over highlighter spans is joined, blocks are
// not). Text too big to narrow down at once is narrowed by the page's own gate. Every function here
// is one step of a job (jobs.ts) and returns true when that job is finished.
import { LIMITS, type NarrowSpan, type Span } from '../../shared/protocol';
import { TextBuffer, type Segment } from '../collect';
import { blockOf, elementOf, isInline, isSkipped, NOT_INLINE } from '../dom';
import { WINDOW_RADIUS, type KeyGate } from '../../gate';
import type { ChunkQueue } from './chunks';
import {
  CHUNK_CHARS, FEW_SIBLINGS, GROUP_MAX, GROUP_START, GROUP_TEXT_HIGH, GROUP_TEXT_LOW, NARROW_CHILDREN, PIECE_CHARS,
  SMALL_TEXT, SPLIT_CHILDREN, WRAPPER_DEPTH, type PageBudget,
} from './budgets';
import type { Emitter, Origin } from './emitter';
import type { Container, Job, JobOf } from './jobs';

/** What a reader needs from the scanner. */
export interface ReadContext {
  push(job: Job): void;
  readonly budget: PageBudget;
  readonly emitter: Emitter;
  readonly gate: KeyGate;
  /** First reads, on their way to the worker. */
  readonly chunks: ChunkQueue;
}

const WRAPPERS = new Set([
  'DIV', 'MAIN', 'SECTION', 'ARTICLE', 'ASIDE', 'NAV', 'HEADER', 'FOOTER', 'FORM', 'TABLE', 'TBODY', 'THEAD',
  'UL', 'OL', 'DL', 'FIGURE', 'DETAILS', 'FIELDSET',
]);

/** A child read as part of a chunk: where its text sits in the chunk. */
interface Member {
  node: ChildNode;
  start: number;
  end: number;
}

/** True when `node` is read child by child instead of in one textContent call. */
function byChildren(node: Container, depth: number, fewSiblings: boolean): boolean {
  // The document and its body are the whole page: never one call (and no count of their children).
  const tag = node instanceof Element ? node.tagName : '';
  if (tag === 'HTML' || tag === 'BODY') return true;
  const children = node.childElementCount;
  if (children > SPLIT_CHILDREN) return true;
  if (children === 0 || tag === '') return false;
  return depth < WRAPPER_DEPTH && fewSiblings && WRAPPERS.has(tag);
}

export function readSubtree(job: JobOf<'subtree'>, ctx: ReadContext): boolean {
  const { node, inShadow } = job;
  if (!node.isConnected || (node instanceof Element && isSkipped(node))) return true;
  // A subtree added later is read whole unless it is big; the wrapper rule is for the document.
  if (byChildren(node, WRAPPER_DEPTH, false)) {
    readByChildren(node, inShadow, 0, ctx);
    return true;
  }
  const text = node.textContent ?? '';
  ctx.budget.chars += text.length;
  if (text.length > PIECE_CHARS) readByChildren(node, inShadow, 0, ctx);
  else {
    ctx.chunks.queue(text, (spans) => {
      // Blocks inside the subtree ran together in its one read, unless there are none.
      const fused = !(node instanceof Element) || !isFlat(node);
      if (spans.some((s) => !s.ifFused || fused)) onHit(node, text.length, inShadow, ctx);
    });
  }
  return true;
}

/** The spans the worker settled on: all but those only worth a look where blocks may have run together. */
const settled = (spans: readonly NarrowSpan[]): boolean => spans.some((s) => !s.ifFused);

/** The gate hit `node`'s text: read it with its blocks when small, else narrow down by its children. */
function onHit(node: Container, length: number, inShadow: boolean, ctx: ReadContext): void {
  if (length <= SMALL_TEXT) emitBlockText([node], inShadow, ctx);
  else narrowInto(node, inShadow, WRAPPER_DEPTH, ctx);
}

/**
 * Finds a hit inside `parent`, whose text was already read: by quarters of its child nodes, then
 * child by child (nothing counts against the budget again).
 */
function narrowInto(parent: Container, inShadow: boolean, depth: number, ctx: ReadContext): void {
  const count = parent.childNodes.length;
  if (count <= NARROW_CHILDREN) {
    ctx.push({ kind: 'narrow-children', parent, next: parent.firstChild, stop: null, inShadow, depth });
  } else {
    ctx.push({ kind: 'narrow-groups', parent, index: 0, end: count, size: Math.ceil(count / 4), tail: '', inShadow, depth });
  }
}

function readByChildren(parent: Container, inShadow: boolean, depth: number, ctx: ReadContext): void {
  // A short walk: counting (childElementCount) or a collection (children) costs the whole list.
  let child = parent.firstElementChild;
  for (let i = 0; child && i < FEW_SIBLINGS; i++) child = child.nextElementSibling;
  // A few children (html: head and body; a wrapper): each one on its own, it may be big.
  if (child === null) {
    ctx.push({ kind: 'children', parent, next: parent.firstChild, few: true, inShadow, depth });
  } else {
    ctx.push({ kind: 'groups', parent, index: 0, size: GROUP_START, tail: '', inShadow, depth });
  }
}

/**
 * The text of child nodes [index, end) of `parent` in one call: the Range runs from the start of
 * the first to the start of the node at `end` (the container's end when there is none). Returns
 * null when there is nothing left to read; `end` comes back as Infinity for the last group.
 */
function readRange(parent: Container, index: number, end: number): { text: string; first: ChildNode; after: ChildNode | null; end: number } | null {
  // Sequential indexes into the cached child list: each lookup walks on from the last one,
  // without a wrapper for the children in between.
  const kids = parent.childNodes;
  const first = kids[index];
  if (!parent.isConnected || first === undefined) return null;
  const after = kids[end] ?? null;
  // A fresh Range per read: one kept would be updated by the document on every mutation.
  const range = document.createRange();
  range.setStart(first, 0);
  if (after) range.setEnd(after, 0);
  else range.setEnd(parent, kids.length);
  return { text: range.toString(), first, after, end: after ? end : Infinity };
}

/**
 * True when the group just read holds more text than one step should gate: the job reads it again
 * as a smaller group (in proportion), or, a single child, hands that child on (a text node piece by
 * piece; an element, read or narrowed down by its own children) and goes on after it.
 */
function tooBig(
  job: JobOf<'groups'> | JobOf<'narrow-groups'>, text: string, first: ChildNode, end: number, firstRead: boolean, ctx: ReadContext,
): boolean {
  if (text.length <= GROUP_TEXT_HIGH) return false;
  if (job.size > 1) {
    job.size = Math.max(1, Math.floor((job.size * GROUP_TEXT_LOW) / text.length));
    return true;
  }
  const { inShadow, depth } = job;
  if (first.nodeType === Node.TEXT_NODE) {
    if (firstRead) ctx.budget.chars += text.length;
    ctx.push({ kind: 'piece', node: first as Text, offset: 0, inShadow });
  } else if (firstRead) {
    readByChildren(first as Element, inShadow, depth + 1, ctx);
  } else {
    narrowInto(first as Element, inShadow, depth + 1, ctx);
  }
  job.index = end;
  job.tail = '';
  return true;
}

/** A container's next group of children; the group size follows the text read. */
export function readGroup(job: JobOf<'groups'>, ctx: ReadContext): boolean {
  const { parent, index, size, inShadow, depth } = job;
  const read = readRange(parent, index, index + size);
  if (!read) return true;
  const { text, first, after } = read;
  if (tooBig(job, text, first, read.end, true, ctx)) return job.index === Infinity;
  ctx.budget.nodes += size;
  ctx.budget.chars += text.length;
  job.index = read.end;
  if (text.length < GROUP_TEXT_LOW) job.size = Math.min(GROUP_MAX, size * 2);
  const { tail } = job;
  job.tail = tailOf(tail, text);
  ctx.chunks.queue(tail + text, (spans) => narrowGroupAt(parent, first, after, tail.length, spans, inShadow, depth, ctx));
  return read.end === Infinity;
}

/**
 * The worker's spans in a group read as `tail` (`offset` characters) and the text of the children
 * from `first` up to `after`: each child's text is measured again (where it sits in the group's
 * one read), and the children around the spans are narrowed down.
 */
function narrowGroupAt(
  parent: Container, first: ChildNode, after: ChildNode | null, offset: number, spans: readonly NarrowSpan[],
  inShadow: boolean, depth: number, ctx: ReadContext,
): void {
  // Re-rendered since: what is new is read on its own (the mutation observer hands it over).
  if (first.parentNode !== parent) return;
  const members: Member[] = [];
  // Children past the last span's window are not needed.
  const reach = Math.max(...spans.map((s) => s.end)) + WINDOW_RADIUS;
  let at = offset;
  for (let child: ChildNode | null = first; child && child !== after && at < reach; child = child.nextSibling) {
    const length = child.nodeType === Node.TEXT_NODE ? (child as Text).data.length
      : child.nodeType === Node.ELEMENT_NODE ? (child.textContent ?? '').length : 0;
    if (length > 0) members.push({ node: child, start: at, end: at + length });
    at += length;
  }
  narrowAnswered(spans, members, inShadow, depth, ctx);
}

/** The worker's spans in a read made of `members`: those marked ifFused only where blocks may have run together. */
function narrowAnswered(spans: readonly NarrowSpan[], members: readonly Member[], inShadow: boolean, depth: number, ctx: ReadContext): void {
  const keep = spans.filter((s) => !s.ifFused || mayBeFused(members, s));
  if (keep.length > 0) narrow(keep, members, inShadow, depth, ctx);
}

/**
 * True when a block boundary may run through `span` of a read made of `members` (by start): it
 * starts before them (in text read with the group before), a member it touches holds a block, or
 * it runs over more than one member and one of them is a block.
 */
function mayBeFused(members: readonly Member[], span: Span): boolean {
  if (members.length === 0 || span.start < members[0]!.start) return true;
  let touched = 0;
  let block = false;
  for (const m of members) {
    if (m.end <= span.start) continue;
    if (m.start >= span.end) break;
    touched++;
    if (m.node.nodeType !== Node.ELEMENT_NODE) continue;
    const el = m.node as Element;
    if (!isFlat(el)) return true;
    block ||= !isInline(el);
  }
  return touched > 1 && block;
}

/** The last WINDOW_RADIUS characters of `before` and `text` read one after the other. */
function tailOf(before: string, text: string): string {
  return text.length >= WINDOW_RADIUS ? text.slice(-WINDOW_RADIUS) : (before + text).slice(-WINDOW_RADIUS);
}

/** A group that hit is narrowed down by smaller groups, then child by child. */
function narrowGroup(
  parent: Container, index: number, end: number, size: number, first: ChildNode, after: ChildNode | null, tail: string,
  inShadow: boolean, depth: number, ctx: ReadContext,
): void {
  if (size > NARROW_CHILDREN) {
    ctx.push({ kind: 'narrow-groups', parent, index, end, size: Math.ceil(size / 4), tail, inShadow, depth });
  } else {
    ctx.push({ kind: 'narrow-children', parent, next: first, stop: after, inShadow, depth });
  }
}

/** The next smaller group of a group that hit (its text was counted when first read). */
export function narrowGroups(job: JobOf<'narrow-groups'>, ctx: ReadContext): boolean {
  const { parent, index, size, inShadow, depth } = job;
  if (index >= job.end) return true;
  const read = readRange(parent, index, Math.min(job.end, index + size));
  if (!read) return true;
  if (tooBig(job, read.text, read.first, read.end, false, ctx)) return job.index >= job.end;
  ctx.budget.nodes += size;
  job.index = read.end;
  const { tail } = job;
  job.tail = tailOf(tail, read.text);
  if (ctx.gate.holds(tail + read.text, true)) narrowGroup(parent, index, read.end, size, read.first, read.after, tail, inShadow, depth, ctx);
  return read.end >= job.end;
}

export function readText(job: JobOf<'text'>, ctx: ReadContext): boolean {
  const { node, inShadow } = job;
  if (!node.isConnected) return true;
  const { data } = node;
  ctx.budget.chars += data.length;
  if (data.length > PIECE_CHARS) ctx.push({ kind: 'piece', node, offset: 0, inShadow });
  // One text node: no block boundary runs through it.
  else {
    ctx.chunks.queue(data, (spans) => {
      if (settled(spans)) emitBlockText([node], inShadow, ctx);
    });
  }
  return true;
}

/** First reads of a container's children, one by one (big children get jobs of their own). */
export function readChildren(job: JobOf<'children'>, ctx: ReadContext): boolean {
  return readChunk(job, null, true, job.few, ctx);
}

/** A hit group's children, one by one: every child is read (its group's text, all of it, was one call already). */
export function narrowChildren(job: JobOf<'narrow-children'>, ctx: ReadContext): boolean {
  return readChunk(job, job.stop, false, false, ctx);
}

/**
 * Reads children until a chunk's worth of text, then gates the chunk. Siblings are joined
 * without a separator when both flow inline (a token split over spans is whole again), else
 * with a newline. `first`: a first read (its text counts against the budget; big children get
 * jobs of their own), else a narrowing.
 */
function readChunk(
  job: JobOf<'children'> | JobOf<'narrow-children'>, stop: ChildNode | null, first: boolean, few: boolean, ctx: ReadContext,
): boolean {
  const { parent, inShadow } = job;
  // The child to resume at was removed (a re-render): start over; sent windows are not re-sent.
  if (job.next && job.next.parentNode !== parent) job.next = parent.isConnected ? parent.firstChild : null;
  // A narrowing reads on from where its group started: the siblings just before come first (not as
  // members), so what ran into this group from before (a phrase's first words) hits here too.
  const before = first || !job.next ? '' : siblingsBefore(job.next);
  const parts: string[] = before ? [before] : [];
  const members: Member[] = [];
  const deeper: Container[] = [];
  const bigNarrow: Element[] = [];
  let length = before.length;
  let inlineBefore = false;
  let child = job.next;
  for (; child && child !== stop && length < CHUNK_CHARS; child = child.nextSibling) {
    let text: string;
    let inline = true;
    if (child.nodeType === Node.TEXT_NODE) {
      text = (child as Text).data;
      if (text.length > PIECE_CHARS) {
        ctx.budget.chars += text.length;
        ctx.push({ kind: 'piece', node: child as Text, offset: 0, inShadow });
        inlineBefore = false;
        continue;
      }
    } else if (child.nodeType === Node.ELEMENT_NODE) {
      const el = child as Element;
      if (isSkipped(el)) {
        inlineBefore = false;
        continue;
      }
      if (first && byChildren(el, job.depth + 1, few)) {
        deeper.push(el);
        inlineBefore = false;
        continue;
      }
      text = el.textContent ?? '';
      inline = isInline(el);
      // More text than a chunk: read (or narrowed down) by its own children, in steps of its own.
      if (text.length > CHUNK_CHARS) {
        (first ? deeper : bigNarrow).push(el);
        inlineBefore = false;
        continue;
      }
    } else {
      continue;
    }
    ctx.budget.nodes++;
    if (text.length === 0) continue;
    // A narrowing re-reads text its group already counted.
    if (first) ctx.budget.chars += text.length;
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
  const done = !child || child === stop;
  for (let i = deeper.length - 1; i >= 0; i--) readByChildren(deeper[i]!, inShadow, job.depth + 1, ctx);
  for (let i = bigNarrow.length - 1; i >= 0; i--) narrowInto(bigNarrow[i]!, inShadow, job.depth + 1, ctx);
  if (members.length === 0) return done;
  const text = parts.length === 1 ? parts[0]! : parts.join('');
  const { depth } = job;
  if (first) {
    // Siblings are apart already (a newline between blocks); a block inside one of them is not.
    ctx.chunks.queue(text, (spans) => narrowAnswered(spans, members, inShadow, depth, ctx));
    return done;
  }
  // One gate pass: its hits are where to narrow down to (a yes/no pass first read hit chunks twice).
  const hits = ctx.gate.hits(text, true);
  if (hits.length > 0) narrow(hits, members, inShadow, depth, ctx);
  return done;
}

/** Text of the siblings before `node`, newline between them, up to WINDOW_RADIUS characters. */
function siblingsBefore(node: ChildNode): string {
  const parts: string[] = [];
  let length = 0;
  for (let s = node.previousSibling; s && length < WINDOW_RADIUS; s = s.previousSibling) {
    if (s.nodeType === Node.ELEMENT_NODE && isSkipped(s as Element)) continue;
    const text = s.textContent ?? '';
    if (!text) continue;
    parts.push(text);
    length += text.length + 1;
  }
  return parts.reverse().join('\n').slice(-WINDOW_RADIUS);
}

/**
 * A chunk of children holds `hits` (by start): the children each hit touches, with their
 * neighbours within the window radius (provider words in the paragraph before a key count), are
 * read with their blocks. A child too big for that is narrowed down by its own children.
 */
function narrow(hits: readonly Span[], members: readonly Member[], inShadow: boolean, depth: number, ctx: ReadContext): void {
  const near = new Set<Member>();
  const big = new Set<Member>();
  let first = 0;
  for (const run of hits) {
    const from = run.start - WINDOW_RADIUS;
    const to = run.end + WINDOW_RADIUS;
    while (first < members.length && members[first]!.end <= from) first++;
    for (let i = first; i < members.length && members[i]!.start < to; i++) {
      const m = members[i]!;
      if (m.end - m.start <= SMALL_TEXT) near.add(m);
      else if (m.start < run.end && m.end > run.start) big.add(m);
    }
  }
  if (near.size > 0) emitBlockText([...near].map((m) => m.node), inShadow, ctx);
  for (const m of big) {
    if (m.node.nodeType === Node.TEXT_NODE) emitBlockText([m.node], inShadow, ctx);
    else narrowInto(m.node as Element, inShadow, depth + 1, ctx);
  }
}

/** One piece of a long text node (a bundled inline script, a huge <pre>), with overlap. */
export function readPiece(job: JobOf<'piece'>, ctx: ReadContext): boolean {
  const { node, offset } = job;
  const data = node.isConnected ? node.data : '';
  const end = Math.min(data.length, offset + PIECE_CHARS);
  const piece = data.slice(offset, end);
  const { inShadow } = job;
  // Part of one text node: no block boundary runs through it.
  ctx.chunks.queue(piece, (spans) => {
    if (!settled(spans)) return;
    const parent = elementOf(node);
    ctx.emitter.emit(piece, [{ start: 0, origin: parent ? { block: blockOf(parent), inShadow } : 'text' }]);
  });
  if (end >= data.length) return true;
  // The overlap keeps a key (and its context) whole across the cut.
  job.offset = end - LIMITS.windowChars;
  return false;
}

/**
 * Page text as the worker must see it: pieces of one block joined without a separator (a token
 * split over highlighter spans is whole again), a newline between blocks. It is built from whole
 * flat subtrees (no block inside: one textContent read each, found by one native query), not text
 * node by text node, so a highlighted code block with a thousand spans is one read. Each piece
 * keeps its block, whose surface is looked up only if the worker finds something (locate.ts).
 */
class BlockText {
  private readonly buffer = new TextBuffer<Origin>();
  private lastBlock: Element | null = null;
  private lastOrigin: Origin | null = null;

  constructor(private readonly inShadow: boolean) {}

  get length(): number {
    return this.buffer.length;
  }

  /** A text node, or an element or shadow root: whole when flat, else child by child. Skipped subtrees add nothing. */
  add(node: Node): void {
    if (node.nodeType === Node.TEXT_NODE) {
      const parent = elementOf(node);
      if (parent) this.piece((node as Text).data, blockOf(parent));
      return;
    }
    if (node instanceof ShadowRoot) {
      for (let child = node.firstChild; child; child = child.nextSibling) this.add(child);
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    const el = node as Element;
    if (isSkipped(el)) return;
    if (isFlat(el)) {
      this.piece(el.textContent ?? '', isInline(el) ? blockOf(el) : el);
      return;
    }
    for (let child = el.firstChild; child; child = child.nextSibling) this.add(child);
  }

  /** Part of a text node's text (the context before a root). */
  addPart(data: string, node: Text): void {
    const parent = elementOf(node);
    if (parent) this.piece(data, blockOf(parent));
  }

  /** What comes next is not next to what came before: never join the two. */
  break(): void {
    this.lastBlock = null;
  }

  take(): { text: string; segments: Segment<Origin>[] } {
    return this.buffer.take();
  }

  private piece(text: string, block: Element): void {
    if (!text) return;
    const newBlock = block !== this.lastBlock;
    if (newBlock || !this.lastOrigin) this.lastOrigin = { block, inShadow: this.inShadow };
    this.lastBlock = block;
    this.buffer.append(text, this.lastOrigin, newBlock);
  }
}

/** No element inside `el` starts a block or is left out: its textContent is its text, blocks and all. */
function isFlat(el: Element): boolean {
  return el.firstElementChild === null || el.querySelector(NOT_INLINE) === null;
}

/**
 * Emits the windows around the runs in the text of `roots` (in document order, consecutive where
 * they are siblings), with the text just before the first root as context: a subtree read on its
 * own (a wrapper read by its children) keeps the provider words and the other half of a pair that
 * precede it.
 */
function emitBlockText(roots: readonly Node[], inShadow: boolean, ctx: ReadContext): void {
  const text = new BlockText(inShadow);
  const first = roots.find((r) => r.isConnected);
  if (first) for (const [node, data] of textBefore(first)) text.addPart(data, node);
  const context = text.length;
  let previous: Node | null = null;
  for (const root of roots) {
    if (!root.isConnected) continue;
    if (previous && root.previousSibling !== previous) text.break();
    previous = root;
    text.add(root);
  }
  const { text: all, segments } = text.take();
  ctx.emitter.emit(all, segments, context);
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
