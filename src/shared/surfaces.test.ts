import { describe, expect, it } from 'vitest';
import { attributeSurface, isPageSurface, isScannedAttribute, WHERE_VALUES } from './surfaces';

describe('page surfaces', () => {
  it('scans value-carrying attributes and data-*, not presentation ones', () => {
    for (const a of ['value', 'href', 'src', 'content', 'action', 'srcdoc', 'data-config']) expect(isScannedAttribute(a), a).toBe(true);
    for (const a of ['class', 'style', 'title', 'id']) expect(isScannedAttribute(a), a).toBe(false);
  });

  it('an input value is a form field; any other attribute an attribute', () => {
    expect(attributeSurface('INPUT', 'value')).toBe('form-field');
    expect(attributeSurface('INPUT', 'data-key')).toBe('attribute');
    expect(attributeSurface('OPTION', 'value')).toBe('attribute');
  });

  it('a page may name its own surfaces, never a frame, a QR image or an unknown one', () => {
    expect(WHERE_VALUES.filter(isPageSurface)).toEqual(['text', 'code', 'form-field', 'attribute', 'inline-script', 'shadow-root']);
    for (const v of ['frame', 'qr-image', 'toString', '__proto__', '', 3, null]) expect(isPageSurface(v), String(v)).toBe(false);
  });
});
