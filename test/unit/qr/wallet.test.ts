// Wallet secrets in QR codes: SeedSigner's SeedQR (four-digit word indexes, and raw entropy bytes
// read from a binary code), codes holding a phrase, a WIF key or an xprv, and codes that hold
// nothing secret. Pictures are drawn at run time from payloads made here.
import { describe, expect, it } from 'vitest';
import { decodeImageData, scanQrPayload } from '../../../src/qr/node';
import { scan } from '../../../src/engine/index';
import { fakeWallet } from '../../corpus/wallet/fake-wallet';
import { blankImage, drawQr, qrExtent, type Rgba } from '../../fixtures/qr/synth';
import { compactSeedQr, latin1, seedQrMatrix, standardSeedQr } from '../../fixtures/wallet/seedqr';

const w = fakeWallet(0x51ed);
const SALT = { salt: 's' };

function picture(payload: Uint8Array | string, moduleSize = 5): Rgba {
  const matrix = seedQrMatrix(payload);
  const side = Math.ceil(qrExtent(matrix, moduleSize)) + 16;
  const img = blankImage(side, side);
  drawQr(img, matrix, { cx: side / 2, cy: side / 2, moduleSize });
  return img;
}

describe('SeedQR payloads', () => {
  it('Standard: four-digit indexes of a valid phrase, with the phrase\'s fingerprint', () => {
    for (const n of [12, 24]) {
      const phrase = w.phrase('en', n);
      const payload = standardSeedQr(phrase);
      const [f, ...rest] = scanQrPayload(payload, SALT);
      expect(rest).toEqual([]);
      expect(f).toMatchObject({ rule: 'bip39-seedqr', kind: 'recovery-phrase', source: 'qr', start: 0, end: payload.length });
      expect(f?.redacted).toBe(`${n}-word phrase (SeedQR, checksum valid)`);
      expect(f?.fingerprint).toBe(scan(phrase, SALT)[0]?.fingerprint);
    }
  });

  it('Compact: raw entropy, first and last bytes kept even when they are line breaks', () => {
    for (const n of [12, 24]) {
      const phrase = w.phrase('en', n);
      const bytes = compactSeedQr(phrase);
      for (const edge of [0x0a, 0x0d, 0x20]) {
        const edged = Uint8Array.from(bytes);
        edged[0] = edge;
        edged[edged.length - 1] = edge;
        const [f] = scanQrPayload(latin1(edged), SALT);
        expect(f).toMatchObject({ rule: 'bip39-compact-seedqr', start: 0, end: edged.length });
      }
      expect(scanQrPayload(latin1(bytes), SALT)[0]?.fingerprint).toBe(scan(phrase, SALT)[0]?.fingerprint);
    }
  });

  it('leave alone digits that fail the checksum and short text codes', () => {
    const digits = standardSeedQr(w.badTwin(w.phrase('en', 12)));
    expect(scanQrPayload(digits)).toEqual([]);
    expect(scanQrPayload('4242424242424242')).toEqual([]);
    expect(scanQrPayload('0123456789abcdef0123456789abcdef')).toEqual([]);
    expect(scanQrPayload('https://t.example/abcdefghijklmn')).toEqual([]);
  });

  it('read SeedSigner\'s four-letter words, also those that are whole words of other lists ("plan")', () => {
    for (let i = 0; i < 50; i++) {
      const phrase = w.phrase('en', 12);
      const short = phrase.split(' ').map((x) => x.slice(0, 4)).join(' ');
      expect(scanQrPayload(short, SALT), short).toMatchObject([{ rule: 'bip39-phrase', source: 'qr' }]);
      expect(scanQrPayload(short, SALT)[0]?.fingerprint).toBe(scan(phrase, SALT)[0]?.fingerprint);
    }
  });
});

describe('wallet QR pictures', () => {
  it('decode to findings: Standard and Compact SeedQR, a phrase, a WIF key, an xprv', async () => {
    const phrase = w.phrase('en', 24);
    const codes: Array<[Uint8Array | string, string]> = [
      [standardSeedQr(phrase), 'bip39-seedqr'],
      [compactSeedQr(phrase), 'bip39-compact-seedqr'],
      [compactSeedQr(w.phrase('en', 12)), 'bip39-compact-seedqr'],
      [w.phrase('en', 12), 'bip39-phrase'],
      [w.wif(), 'wif-private-key'],
      [w.extended('zprv').priv, 'extended-private-key'],
    ];
    for (const [payload, rule] of codes) {
      const texts = await decodeImageData(picture(payload));
      const rules = texts.flatMap((t) => scanQrPayload(t, SALT)).map((f) => f.rule);
      expect(rules, rule).toEqual([rule]);
    }
  });

  it('stay quiet on an xpub, an address and a payment request', async () => {
    for (const payload of [w.extended().pub, w.ethAddress(), `bitcoin:${w.btcAddress()}?amount=0.1`]) {
      const texts = await decodeImageData(picture(payload));
      expect(texts.flatMap((t) => scanQrPayload(t))).toEqual([]);
    }
  });
});
