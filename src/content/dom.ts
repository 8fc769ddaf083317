// DOM classification by tag name only: nothing here reads layout or computed style.
import { CODE_SELECTOR, type Where } from '../shared/surfaces';

/** Elements that flow inline by default: their text joins the surrounding text without a break. */
const INLINE = new Set([
  'A', 'ABBR', 'B', 'BDI', 'BDO', 'BIG', 'CITE', 'CODE', 'DATA', 'DEL', 'DFN', 'EM', 'FONT', 'I', 'INS',
  'KBD', 'LABEL', 'MARK', 'NOBR', 'Q', 'S', 'SAMP', 'SMALL', 'SPAN', 'STRIKE', 'STRONG', 'SUB', 'SUP',
  'TIME', 'TT', 'U', 'VAR', 'WBR',
]);

/**
 * Matches every element that does not flow inline by its tag: blocks, breaks, skipped subtrees and,
 * to be safe, custom elements (isInlineTag takes those as inline, a selector cannot tell them).
 * A subtree where it matches nothing is one run of inline text: its textContent is what a walk of
 * it would read, as one piece of its block.
 */
export const NOT_INLINE = `:not(${[...INLINE].join(', ')})`;

/** Subtrees whose text is not page content worth scanning. */
// SVG and MathML elements report lower-case tag names.
const SKIPPED = new Set(['STYLE', 'TEMPLATE', 'svg', 'math', 'IFRAME', 'FRAME', 'OBJECT', 'EMBED', 'NOSCRIPT']);

export const OWN_ATTRIBUTE = 'data-keywarden';

export function isInline(el: Element): boolean {
  return isInlineTag(el.tagName);
}

/** isInline by an element's tagName already read (a walk reads it once per element). */
export function isInlineTag(tag: string): boolean {
  // Custom elements (with a dash) are inline by default too; highlighters rarely use them, but
  // treating them as blocks would split tokens for no gain.
  return INLINE.has(tag) || (tag.includes('-') && tag !== 'KEYWARDEN-NOTICE');
}

/** Nearest ancestor (or self) that is not inline: the unit whose text is joined. */
export function blockOf(el: Element): Element {
  let cur: Element = el;
  while (isInline(cur) && cur.parentElement) cur = cur.parentElement;
  return cur;
}

/** Where text inside `block` counts as found, for the popup. */
export function whereOfBlock(block: Element, inShadow: boolean): Where {
  if (block.tagName === 'SCRIPT') return 'inline-script';
  if (block.tagName === 'TEXTAREA') return 'form-field';
  if (block.closest(CODE_SELECTOR)) return 'code';
  return inShadow ? 'shadow-root' : 'text';
}

/** Our UI's hosts are `keywarden-*` elements (own-ui.ts): only those are asked for the mark. */
const OWN_TAG_PREFIX = 'KEYWARDEN-';

/**
 * One of our UI's hosts. The mark is looked up on our hosts' tag only: the scanner meets every
 * element of a page, and a page cannot hide an ordinary element's text or attributes from us by
 * marking it.
 */
export function isOwnUi(el: Element, tag = el.tagName): boolean {
  return tag.startsWith(OWN_TAG_PREFIX) && el.hasAttribute(OWN_ATTRIBUTE);
}

/** Subtrees whose text is not page content (style, templates, frames…) and our own UI. */
export function isSkipped(el: Element, tag = el.tagName): boolean {
  return SKIPPED.has(tag) || isOwnUi(el, tag);
}

export function inShadowTree(node: Node): boolean {
  return node.getRootNode() instanceof ShadowRoot;
}


/** The element a text node belongs to; for text directly in a shadow root, the root's host. */
export function elementOf(node: Node): Element | null {
  if (node.nodeType === Node.ELEMENT_NODE) return node as Element;
  const parent = node.parentNode;
  if (!parent) return null;
  if (parent.nodeType === Node.ELEMENT_NODE) return parent as Element;
  return parent instanceof ShadowRoot ? parent.host : null;
}
