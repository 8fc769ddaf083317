import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodePrintableBase64, decodePrintableBase64At } from './base64';

describe('decodePrintableBase64At', () => {
  it('decodes printable text at a range, like decoding the slice', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), fc.string({ maxLength: 8 }), fc.string({ maxLength: 8 }), (plain, before, after) => {
        const token = Buffer.from(plain, 'latin1').toString('base64');
        const text = `${before}${token}${after}`;
        const at = decodePrintableBase64At(text, before.length, before.length + token.length);
        expect(at).toBe(decodePrintableBase64(token));
        if (/^[\x20-\x7e\t\n\r]*$/.test(plain)) expect(at).toBe(plain);
      }),
    );
  });

  it('refuses binary bytes', () => {
    expect(decodePrintableBase64At('x AAEC y', 2, 6)).toBeNull(); // 00 01 02
  });
});
