// The editable things a key can be pasted or typed into, behind one small interface: read the text
// (with the caret), and remove spans of it the way the page's own code expects.
import type { Span } from '../../shared/protocol';
import { removeSpans } from './remove-span';
import { offsetOf, pointAt, type Segment } from './segments';

/** Input types that hold free text (a key is often pasted into a password-type "API secret" field). */
const TEXT_INPUT_TYPES = new Set(['text', 'search', 'url', 'password', 'email', 'tel', '']);

/** Above this many characters, a contenteditable is read only around the caret's block. */
const EDITABLE_WHOLE_LIMIT = 100_000;

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION',
  'TABLE', 'TD', 'TH', 'TR', 'UL',
]);

export type TextControl = HTMLInputElement | HTMLTextAreaElement;

export interface FieldText {
  text: string;
  /** Caret offset into `text`, or -1 when unknown. */
  caret: number;
}

export interface Field {
  el: HTMLElement;
  read(): FieldText;
  /** Removes the spans (offsets into the text `read()` returned) and tells the page it changed. */
  remove(spans: readonly Span[]): void;
  /** Label, name, placeholder…: what the field asks for, as provider context for the engine. */
  describe(): string;
}

export function isTextControl(el: Element): el is TextControl {
  if (el instanceof HTMLTextAreaElement) return true;
  return el instanceof HTMLInputElement && TEXT_INPUT_TYPES.has(el.getAttribute('type')?.toLowerCase() ?? '');
}

/** The element a guard check is about: the text control, or the editing host of a contenteditable. */
export function fieldElementFor(target: EventTarget | null): HTMLElement | undefined {
  if (!(target instanceof Element)) {
    // Typing inside a contenteditable reports a text node's parent; selection-based editors may target the document.
    const node = target instanceof Node ? target.parentElement : null;
    return node ? fieldElementFor(node) : undefined;
  }
  if (isTextControl(target)) return target;
  if (!(target instanceof HTMLElement) || !target.isContentEditable) return undefined;
  let host: HTMLElement = target;
  while (host.parentElement?.isContentEditable) host = host.parentElement;
  return host;
}

/** What the field is for, in words: its labels, placeholder, name, id and aria-label. */
export function describeElement(el: HTMLElement): string {
  const parts = [
    el.getAttribute('aria-label'), el.getAttribute('placeholder'), el.getAttribute('name'), el.id,
    el.getAttribute('autocomplete'), el.getAttribute('aria-placeholder'), el.dataset.placeholder,
  ];
  const labelledBy = el.getAttribute('aria-labelledby');
  if (labelledBy) for (const id of labelledBy.split(/\s+/)) parts.push(el.ownerDocument.getElementById(id)?.textContent);
  if (isTextControl(el)) for (const label of el.labels ?? []) parts.push(label.textContent);
  return parts.filter((p): p is string => !!p).join(' ').replace(/\s+/g, ' ').slice(0, 300);
}

// React (and other frameworks) shadow `value` on the instance to track changes; the prototype's
// setter writes the DOM value underneath, so the framework sees a real change on the next 'input'.
function setNativeValue(el: TextControl, value: string): void {
  const proto = el instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  const setter = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
  if (setter) setter.call(el, value);
  else el.value = value;
}

export function textControlField(el: TextControl): Field {
  return {
    el,
    read: () => ({ text: el.value, caret: el.selectionEnd ?? -1 }),
    remove(spans) {
      const { value, caret } = removeSpans(el.value, spans, el.selectionEnd ?? el.value.length);
      setNativeValue(el, value);
      try {
        el.setSelectionRange(caret, caret);
      } catch {
        // email inputs have no selection API
      }
      el.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'deleteContent' }));
      el.dispatchEvent(new Event('change', { bubbles: true }));
    },
    describe: () => describeElement(el),
  };
}

interface EditableModel extends FieldText {
  segments: Segment<Text>[];
}

/** The block the caret sits in, for very large editors. */
function caretBlock(root: HTMLElement): HTMLElement {
  const sel = root.ownerDocument.getSelection();
  let node: Node | null = sel?.focusNode ?? null;
  while (node && node !== root) {
    if (node instanceof HTMLElement && BLOCK_TAGS.has(node.tagName)) return node;
    node = node.parentNode;
  }
  return root;
}

/** The editor's text with line breaks at block boundaries and <br>, plus a map back to text nodes. */
function readEditable(root: HTMLElement): EditableModel {
  const scope = (root.textContent?.length ?? 0) > EDITABLE_WHOLE_LIMIT ? caretBlock(root) : root;
  const segments: Segment<Text>[] = [];
  const parts: string[] = [];
  let length = 0;
  const breakLine = () => {
    if (length > 0 && parts[parts.length - 1] !== '\n') {
      segments.push({ start: length, length: 1, node: undefined });
      parts.push('\n');
      length += 1;
    }
  };
  const walker = root.ownerDocument.createTreeWalker(scope, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n instanceof Text) {
      if (n.data === '') continue;
      segments.push({ start: length, length: n.data.length, node: n });
      parts.push(n.data);
      length += n.data.length;
    } else if (n instanceof Element && (n.tagName === 'BR' || BLOCK_TAGS.has(n.tagName))) {
      breakLine();
    }
  }
  const sel = root.ownerDocument.getSelection();
  const caret = sel?.focusNode ? offsetOf(segments, sel.focusNode as Text, sel.focusOffset) ?? -1 : -1;
  return { text: parts.join(''), caret, segments };
}

function editableField(root: HTMLElement): Field {
  return {
    el: root,
    read: () => readEditable(root),
    remove(spans) {
      const model = readEditable(root);
      const doc = root.ownerDocument;
      const sel = doc.getSelection();
      root.focus();
      // Last span first, so earlier offsets stay valid while the DOM changes.
      for (const span of [...spans].sort((a, b) => b.start - a.start)) {
        const from = pointAt(model.segments, span.start, 'start');
        const to = pointAt(model.segments, span.end, 'end');
        if (!from || !to) continue;
        const range = doc.createRange();
        range.setStart(from.node, from.offset);
        range.setEnd(to.node, to.offset);
        sel?.removeAllRanges();
        sel?.addRange(range);
        // execCommand goes through the editor's own beforeinput/input handling and its undo stack;
        // editors that refuse it still get a plain DOM edit and an input event.
        if (!doc.execCommand('delete')) {
          range.deleteContents();
          root.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'deleteContent' }));
        }
      }
    },
    describe: () => describeElement(root),
  };
}

export function fieldFor(el: HTMLElement): Field {
  return isTextControl(el) ? textControlField(el) : editableField(el);
}
