// The grey-level helpers behind the QR rescue passes, on generated pictures.
import { describe, expect, it } from 'vitest';
import { deblurGray, toGray, upscaleBicubic, upscaleGray, type GrayImage } from '../../../src/qr/pixels';
import { blankImage, boxBlur, drawQr, qrMatrix } from '../../fixtures/qr/synth';

describe('deblurGray', () => {
  it('restores much of the module contrast that a box blur took from 1.7 px modules', () => {
    const sharp = blankImage(120, 120);
    drawQr(sharp, qrMatrix('deblur test'), { cx: 60, cy: 60, moduleSize: 1.7 });
    const blurred = { ...sharp, data: new Uint8ClampedArray(sharp.data) };
    boxBlur(blurred, 1);
    // Contrast between adjacent pixels inside the code: what the binarizer needs to tell modules apart.
    const edgeEnergy = (img: GrayImage): number => {
      let sum = 0;
      for (let y = 30; y < 90; y++) for (let x = 30; x < 90; x++) sum += Math.abs((img.data[y * 120 + x] ?? 0) - (img.data[y * 120 + x + 1] ?? 0));
      return sum;
    };
    const original = edgeEnergy(toGray(sharp));
    const before = edgeEnergy(toGray(blurred));
    const after = edgeEnergy(deblurGray(toGray(blurred), 0.05));
    expect(before).toBeLessThan(original * 0.6);
    expect(after).toBeGreaterThan(before * 1.4);
  });

  it('leaves a flat picture flat', () => {
    const flat: GrayImage = { data: new Uint8ClampedArray(30 * 20).fill(200), width: 30, height: 20 };
    const out = deblurGray(flat, 0.05);
    expect(Math.min(...out.data)).toBeGreaterThanOrEqual(199);
    expect(Math.max(...out.data)).toBeLessThanOrEqual(201);
  });
});

describe('upscaleBicubic', () => {
  it('keeps the size ratio and a step edge steeper than bilinear enlargement', () => {
    const step: GrayImage = { data: new Uint8ClampedArray(16 * 4), width: 16, height: 4 };
    for (let y = 0; y < 4; y++) for (let x = 8; x < 16; x++) step.data[y * 16 + x] = 255;
    const cubic = upscaleBicubic(step, 3);
    const linear = upscaleGray(step, 3);
    expect([cubic.width, cubic.height]).toEqual([48, 12]);
    // The steepest step between neighbouring pixels along one row.
    const steepest = (img: GrayImage): number => Math.max(...[...img.data.subarray(1, img.width)].map((v, i) => v - (img.data[i] ?? 0)));
    expect(steepest(cubic)).toBeGreaterThan(steepest(linear));
    expect(cubic.data[0]).toBe(0);
    expect(cubic.data[cubic.width - 1]).toBe(255);
  });
});
