// Where on a page a key can be seen: one table that the scanner, the mutation observer, the
// worker's message checks and the popup's labels all read. A new surface starts here.

export interface Surface {
  /** Message key of its name in the popup ("Found in: code block"). */
  label: string;
  /** Who may report it: the content script, or only the worker (sub-frames, its own QR decoder). */
  reportedBy: 'page' | 'worker';
}

export const SURFACES = {
  text: { label: 'where_text', reportedBy: 'page' },
  /** Text inside CODE_SELECTOR elements. */
  code: { label: 'where_code', reportedBy: 'page' },
  /** Live values of inputs and textareas, and an input's value attribute. */
  'form-field': { label: 'where_form_field', reportedBy: 'page' },
  /** Values of SCANNED_ATTRIBUTES and data-* attributes. */
  attribute: { label: 'where_attribute', reportedBy: 'page' },
  'inline-script': { label: 'where_inline_script', reportedBy: 'page' },
  'shadow-root': { label: 'where_shadow_root', reportedBy: 'page' },
  /** Anything a sub-frame reported: the worker knows which frame sent it. */
  frame: { label: 'where_frame', reportedBy: 'worker' },
  /** A payload the worker decoded itself from an image the page shows. */
  'qr-image': { label: 'where_qr_image', reportedBy: 'worker' },
  /** An external script file the page loaded: the worker scans it from the bytes the page hands over, or downloads it. */
  'script-file': { label: 'where_script_file', reportedBy: 'worker' },
} as const satisfies Record<string, Surface>;

export type Where = keyof typeof SURFACES;

export const WHERE_VALUES = Object.keys(SURFACES) as Where[];

/** A surface a content script may name in a candidates message. */
export function isPageSurface(value: unknown): value is Where {
  return typeof value === 'string' && Object.hasOwn(SURFACES, value) && SURFACES[value as Where].reportedBy === 'page';
}

/** Elements whose text counts as code. */
export const CODE_SELECTOR = 'pre, code, samp, kbd, tt, xmp';

/**
 * Attributes whose values may carry a key: read by the element pass and watched by the observer
 * after load. `data-*` attributes are read too, but not watched (an observer filter takes names).
 */
export const SCANNED_ATTRIBUTES = ['value', 'href', 'src', 'content', 'action', 'srcdoc'];
const SCANNED_PREFIX = 'data-';

export function isScannedAttribute(name: string): boolean {
  return SCANNED_ATTRIBUTES.includes(name) || name.startsWith(SCANNED_PREFIX);
}

/** The surface an attribute's value was seen in: an input's value is a form field. */
export function attributeSurface(tagName: string, name: string): Where {
  return tagName === 'INPUT' && name === 'value' ? 'form-field' : 'attribute';
}
