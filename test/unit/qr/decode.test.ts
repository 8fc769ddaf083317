// Decoding generated QR pictures (made at run time with `qrcode`, rendered by test/fixtures/qr/synth.ts).
import { describe, expect, it } from 'vitest';
import QRCode from 'qrcode';
import sharp from 'sharp';
import { readBarcodes } from 'zxing-wasm/reader';
import { decodeImageData, decodeImageFile, inspectImageData, inspectImageFile, QrImageError, scanQrImage, scanQrPayload } from '../../../src/qr/node';
import { isAlert } from '../../../src/engine/types';
import {
  addNoise,
  blankImage,
  boxBlur,
  clutteredScreenshot,
  drawQr,
  encodeBmp,
  encodeJpeg,
  encodePng,
  fillRect,
  invert,
  lowerContrast,
  photoLike,
  qrExtent,
  qrMatrix,
  seededRandom,
  type Rgba,
} from '../../fixtures/qr/synth';
import { krakenPair } from '../../fixtures/qr/payloads';
import { generateQrSet } from '../../fixtures/qr/set';
import { generatePhotographedSet } from '../../fixtures/qr/photographed';
import { generateCameraSet } from '../../fixtures/qr/camera';

const rand = seededRandom(77);
const { key, secret } = krakenPair(rand, true);
const KRAKEN = `kraken://apikey?key=${key}&secret=${secret}`;

/** One code centred on a white picture with `margin` px around its quiet zone. */
function picture(payload: string, moduleSize: number, angleDeg = 0, margin = 12): Rgba {
  const matrix = qrMatrix(payload);
  const side = Math.ceil(qrExtent(matrix, moduleSize) * (angleDeg ? 1.45 : 1)) + 2 * margin;
  const img = blankImage(side, side);
  drawQr(img, matrix, { cx: side / 2, cy: side / 2, moduleSize, angleDeg });
  return img;
}

const raw = async (img: Rgba, format: 'webp' | 'gif'): Promise<Uint8Array> =>
  new Uint8Array(await sharp(Buffer.from(img.data), { raw: { width: img.width, height: img.height, channels: 4 } })[format]().toBuffer());

describe('decodeImageFile', () => {
  it('reads a PNG made by qrcode', async () => {
    const png = new Uint8Array(await QRCode.toBuffer('https://example.org/', { scale: 4 }));
    expect(await decodeImageFile(png)).toEqual(['https://example.org/']);
  });

  it('reads JPEG (heavily compressed), BMP, GIF and WebP files', async () => {
    const img = picture(KRAKEN, 4);
    expect(await decodeImageFile(encodeJpeg(img, 30))).toEqual([KRAKEN]);
    expect(await decodeImageFile(encodeBmp(img))).toEqual([KRAKEN]);
    expect(await decodeImageFile(await raw(img, 'gif'))).toEqual([KRAKEN]);
    expect(await decodeImageFile(await raw(img, 'webp'))).toEqual([KRAKEN]);
  });

  it('rejects broken, cut-short and non-image bytes with a clear error', async () => {
    const png = encodePng(picture('hello', 4));
    const cases = [
      png.subarray(0, png.length - 20),
      png.subarray(0, 30),
      new Uint8Array(0),
      new TextEncoder().encode('this is a text file named qr.png'),
      new Uint8Array(4096).map((_, i) => (i * 7919) & 255),
    ];
    for (const bytes of cases) {
      const error = await decodeImageFile(bytes).then(() => undefined, (e: unknown) => e);
      expect(error).toBeInstanceOf(QrImageError);
      expect((error as Error).message).toMatch(/not a readable image/);
    }
  });

  it('does not try to allocate a picture whose header claims 100000×100000 pixels', async () => {
    const png = encodePng(picture('hello', 2));
    const view = new DataView(png.buffer, png.byteOffset);
    view.setUint32(16, 100_000);
    view.setUint32(20, 100_000);
    await expect(decodeImageFile(png)).rejects.toThrow(/not a readable image/);
  });

  it('scanQrImage gives each payload with its findings (source qr)', async () => {
    const results = await scanQrImage(encodePng(picture(KRAKEN, 3)), { salt: 's' });
    expect(results).toHaveLength(1);
    const [only] = results;
    expect(only?.payload).toBe(KRAKEN);
    const found = only?.findings.filter(isAlert) ?? [];
    expect(found.map((f) => KRAKEN.slice(f.start, f.end))).toEqual([key, secret]);
    expect(found.every((f) => f.source === 'qr')).toBe(true);
  });
});

describe('where the rescue passes are spent', () => {
  it('an ordinary photo (JPEG or PNG) costs the fast pass only', async () => {
    for (const seed of [1, 2, 3]) {
      const photo = photoLike(480, 480, seededRandom(seed));
      for (const bytes of [encodeJpeg(photo, 85), encodePng(photo)]) {
        expect(await inspectImageFile(bytes)).toEqual({ texts: [], passes: ['fast'] });
      }
    }
  });

  it('a blurred code in a photo, located by the fast pass but not read, is re-read from its region', async () => {
    const photo = photoLike(480, 480, seededRandom(3));
    const matrix = qrMatrix(KRAKEN);
    const extent = qrExtent(matrix, 2);
    drawQr(photo, matrix, { cx: 240, cy: 240, moduleSize: 2 });
    boxBlur(photo, 1, { x: 240 - extent / 2, y: 240 - extent / 2, w: extent, h: extent });
    expect(await inspectImageFile(encodeJpeg(photo, 80))).toEqual({ texts: [KRAKEN], passes: ['fast', 'regions'] });
  });

  it('a damaged code in a photo: its located region is re-read, the whole-picture passes are not spent', async () => {
    const photo = photoLike(480, 480, seededRandom(1));
    const matrix = qrMatrix('https://example.org/a/long/enough/path?to=make&a=version&five=code');
    drawQr(photo, matrix, { cx: 240, cy: 240, moduleSize: 4 });
    const hole = matrix.size * 4 * 0.5; // half the symbol painted over; the finder patterns stay
    fillRect(photo, 240 - hole / 2, 240 - hole / 2, hole, hole, [120, 130, 90]);
    expect(await inspectImageFile(encodeJpeg(photo, 85))).toEqual({ texts: [], passes: ['fast', 'regions'] });
  });

  it('a printed code photographed at an angle, neither read nor located by the fast pass, is read from its patch', async () => {
    // Tuning seed 4 (never the bench's held-out 7) on photo-like pictures: 2.0 px modules, soft focus.
    const backgrounds = [1, 2, 3].map((seed) => photoLike(640, 480, seededRandom(seed)));
    const sample = generatePhotographedSet(4, backgrounds, 5, 0)[4];
    expect(sample?.detail).toMatch(/^v11 2\.0 px\/module/);
    if (!sample) return;
    expect(await inspectImageData(sample.image)).toEqual({ texts: [sample.payload], passes: ['fast', 'patches'] });
    // Without the patch, the fast pass alone reads nothing: zxing's own default pass neither.
    expect((await readBarcodes(sample.image as ImageData)).filter((r) => r.isValid)).toEqual([]);
  });

  it('a code on a photographed monitor, located but not read, is read from a wider crop of its region', async () => {
    // Camera-set pictures (seeds 204 and 206, apart from the bench's 23 and 41) on photo-like rooms:
    // moiré, glare and shake; the located region's own re-reads fail, the wider denoised one reads.
    const rooms = [1, 2, 3].map((seed) => photoLike(800, 600, seededRandom(seed)));
    for (const [seed, index, shape] of [[204, 3, /^v3 4\.3 px\/module/], [206, 2, /^v8 3\.1 px\/module/]] as const) {
      const sample = (await generateCameraSet(seed, rooms, index + 1, 0, ['monitor']))[index];
      expect(sample?.detail).toMatch(shape);
      if (!sample) return;
      expect(await inspectImageData(sample.image)).toEqual({ texts: [sample.payload], passes: ['fast', 'regions'] });
      expect((await readBarcodes(sample.image as ImageData)).filter((r) => r.isValid)).toEqual([]);
    }
  }, 30_000);

  it('a rendered code the fast pass neither reads nor locates still gets the rescue passes', async () => {
    // Tuning-set picture (seed 4, never the held-out seed 7): 1.61 px modules, read by the 2× pass.
    const sample = generateQrSet(4, 34, 0)[33];
    expect(sample?.detail).toMatch(/^v9 module 1\.61px/);
    if (!sample) return;
    const report = await inspectImageData(sample.image);
    expect(report.texts).toEqual([sample.payload]);
    expect(report.passes.slice(0, 2)).toEqual(['fast', 'sharpened']); // nothing located: the gate let it through
    expect(report.passes).toContain('enlarged');
  });
});

describe('decodeImageData', () => {
  it('finds several codes in one picture', async () => {
    const payloads = [KRAKEN, 'WIFI:T:WPA;S:Lab;P:correct-horse;;', JSON.stringify({ key, secret })];
    const img = blankImage(900, 420);
    payloads.forEach((p, i) => drawQr(img, qrMatrix(p), { cx: 150 + i * 300, cy: 210, moduleSize: 3.5 }));
    expect((await decodeImageData(img)).sort()).toEqual([...payloads].sort());
  });

  const variations: [string, () => Rgba][] = [
    ['rotated 33°', () => picture(KRAKEN, 4, 33)],
    ['rotated 170°', () => picture(KRAKEN, 5, 170)],
    ['inverted', () => {
      const img = picture(KRAKEN, 4);
      invert(img);
      return img;
    }],
    ['low contrast (22% of full range)', () => {
      const img = picture(KRAKEN, 4);
      lowerContrast(img, 0.22, 150);
      return img;
    }],
    ['noisy', () => {
      const img = picture(KRAKEN, 4);
      addNoise(img, 28, seededRandom(3));
      return img;
    }],
    ['small modules (2 px)', () => picture(KRAKEN, 2)],
    ['small modules (1.5 px, needs the enlarging pass)', () => picture(KRAKEN, 1.5)],
    ['tight crop (1-module quiet zone)', () => {
      const matrix = qrMatrix(KRAKEN);
      const side = Math.ceil(qrExtent(matrix, 4, 1));
      const img = blankImage(side, side);
      drawQr(img, matrix, { cx: side / 2, cy: side / 2, moduleSize: 4, quiet: 1 });
      return img;
    }],
  ];
  for (const [name, make] of variations) {
    it(`reads a key code that is ${name}, and the key alerts`, async () => {
      const texts = await decodeImageData(make());
      expect(texts).toEqual([KRAKEN]);
      expect(scanQrPayload(KRAKEN).filter(isAlert).map((f) => f.rule)).toEqual(['kraken-public-key', 'kraken-private-key']);
    });
  }

  it('reads a small, blurred code inside a busy 1280×720 screenshot that one plain pass misses', async () => {
    const shot = clutteredScreenshot(1280, 720, seededRandom(11));
    const matrix = qrMatrix(KRAKEN);
    const moduleSize = 1.8;
    const extent = qrExtent(matrix, moduleSize);
    drawQr(shot, matrix, { cx: 900, cy: 420, moduleSize });
    boxBlur(shot, 1, { x: 900 - extent / 2 - 2, y: 420 - extent / 2 - 2, w: extent + 4, h: extent + 4 });
    expect(await decodeImageData(shot)).toEqual([KRAKEN]);
    // The same picture through zxing alone (already initialised above, so no network): not read.
    const plain = await readBarcodes(shot as ImageData, { formats: ['QRCode'] });
    expect(plain.filter((r) => r.isValid)).toEqual([]);
  });

  it('reads a 1.74 px-module blurred code in a screenshot whose finder patterns blur away (deblur pass)', async () => {
    // Tuning-set picture (seed 4, never the held-out seed 7) that every pass before the deblur one misses.
    const sample = generateQrSet(4, 88, 0)[87];
    expect(sample?.detail).toMatch(/^v10 module 1\.74px/);
    if (!sample) return;
    expect(await decodeImageData(sample.image)).toEqual([sample.payload]);
  });

  it('decodes key-free codes (Wi-Fi, payment, vCard) without any alert', async () => {
    const free = [
      'WIFI:T:WPA;S:CafeGuest;P:k7Qx9vLm2Pz8Rt4Wn6Yb;;',
      'bitcoin:bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq?amount=0.015',
      'ethereum:0x32Be343B94f860124dC4fEe278FDCBD38C102D88@1?value=2.014e18',
      'BEGIN:VCARD\nVERSION:3.0\nFN:Jane Doe\nEMAIL:jane@example.org\nEND:VCARD',
    ];
    for (const payload of free) {
      const texts = await decodeImageData(picture(payload, 3));
      expect(texts).toEqual([payload]);
      expect(texts.flatMap((t) => scanQrPayload(t)).filter(isAlert)).toEqual([]);
    }
  });

  it('returns nothing for a busy picture without a code, after trying the rescue passes (it is rendered)', async () => {
    const report = await inspectImageData(clutteredScreenshot(640, 360, seededRandom(5)));
    expect(report.texts).toEqual([]);
    expect(report.passes).toContain('deblurred');
  });

  it('rejects pixels that do not match the stated size', async () => {
    await expect(decodeImageData({ data: new Uint8ClampedArray(10), width: 4, height: 4 })).rejects.toBeInstanceOf(QrImageError);
  });
});
