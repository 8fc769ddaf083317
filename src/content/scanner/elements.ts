// The element pass: what a subtree's elements hold besides their text. Open shadow roots (read and
// observed like the document), live field values, images (possible QR codes) and the attributes
// that may carry a key (SCANNED_ATTRIBUTES and data-*, src/shared/surfaces.ts). The first
// FULL_PASS_ELEMENTS elements of a subtree are read whole; past that (a giant page, where a wrapper
// per element costs more than all its text) only the elements a native query picks.
import { attributeSurface, isScannedAttribute } from '../../shared/surfaces';
import { isOwnUi } from '../dom';
import { CLOCK_NODES, ELEMENT_BATCH, FULL_PASS_ELEMENTS, type Overtime, type PageBudget } from './budgets';
import type { Emitter } from './emitter';
import type { Container, Job, JobOf } from './jobs';

/**
 * Past FULL_PASS_ELEMENTS in one subtree, the elements still read: fields, images, meta and
 * iframe elements (content, srcdoc), and URLs with a query or credentials (?api_key=, user:pass@).
 * data-* attributes there are read only on elements added later. Every selector costs a test per
 * element of the page: few, cheap ones.
 */
export const PICKED_ELEMENTS = 'input, textarea, img, canvas, svg, meta, iframe, [href*="?"], [href*="@"], [src*="?"]';

/** What the element pass needs from the scanner. */
export interface ElementContext {
  push(job: Job): void;
  readonly budget: PageBudget;
  readonly emitter: Emitter;
  readonly overtime: Overtime;
  /** An open shadow root found on an element. */
  shadowRoot(root: ShadowRoot): unknown;
  /** An img / canvas / svg: a possible QR code. */
  image(el: Element): void;
}

/** Starts the element pass of `root` (the root's own data at once when it is an element). */
export function startElements(root: Container, ctx: ElementContext): void {
  if (root instanceof Element) {
    if (isOwnUi(root)) return;
    elementData(root, ctx);
  }
  // A live collection hands out wrappers only as they are read, and is never counted whole.
  const all = root instanceof Element ? root.getElementsByTagName('*') : root.querySelectorAll('*');
  ctx.push({ kind: 'elements', root, all, index: 0, phase: 'all' });
}

/**
 * True when `job`'s next step is the picked query: one native call that costs up to ~8 ms on a giant
 * page, so it opens a slice of its own rather than ending one.
 */
export function queriesNext(job: Job): boolean {
  return job.kind === 'elements' && job.phase === 'query';
}

export function elementBatch(job: JobOf<'elements'>, ctx: ElementContext): boolean {
  if (job.phase === 'query') {
    // A giant subtree: the rest from one query (the first elements may be read twice; windows go once).
    job.all = job.root.querySelectorAll(PICKED_ELEMENTS);
    job.index = 0;
    job.phase = 'picked';
    return false;
  }
  const { all } = job;
  const start = job.index;
  const end = start + ELEMENT_BATCH;
  let i = start;
  for (let el = all[i]; el && i < end; el = all[i]) {
    elementData(el, ctx);
    if (++i % CLOCK_NODES === 0 && ctx.overtime()) break;
  }
  ctx.budget.nodes += i - start;
  job.index = i;
  if (!all[i]) return true;
  if (job.phase === 'all' && i >= FULL_PASS_ELEMENTS) job.phase = 'query';
  return false;
}

/** An element's shadow root, attribute values, live field value or image. */
function elementData(el: Element, ctx: ElementContext): void {
  const shadow = el.shadowRoot;
  if (shadow) ctx.shadowRoot(shadow);
  const tag = el.tagName;
  let live: string | undefined;
  if (tag === 'INPUT' || tag === 'TEXTAREA') {
    // The live value, which the attribute does not follow once the user or a script changes it.
    live = (el as HTMLInputElement | HTMLTextAreaElement).value;
    ctx.budget.chars += ctx.emitter.addValue(live, 'form-field');
  } else if (tag === 'IMG' || tag === 'CANVAS' || tag === 'svg') {
    ctx.image(el);
  }
  if (!el.hasAttributes() || isOwnUi(el, tag)) return;
  // Names first (one call), values only for the attributes that may carry a key.
  const names = el.getAttributeNames();
  for (const name of names) {
    if (!isScannedAttribute(name)) continue;
    const value = el.getAttribute(name);
    // An input's value attribute, still its live value, was read just above: read twice, one word
    // per input would come out twice and its phrase not at all.
    if (name === 'value' && value === live) continue;
    ctx.budget.chars += ctx.emitter.addValue(value, attributeSurface(tag, name));
  }
}

/** One attribute changed after load. */
export function readAttribute(job: JobOf<'attribute'>, ctx: ElementContext): boolean {
  const { el, name } = job;
  if (el.isConnected && !isOwnUi(el)) ctx.budget.chars += ctx.emitter.addValue(el.getAttribute(name), attributeSurface(el.tagName, name));
  return true;
}
