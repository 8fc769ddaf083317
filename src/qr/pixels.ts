// Small grey-level image operations for the QR rescue passes. Work happens on one byte per pixel
// (4× less than RGBA); zxing-wasm takes RGBA, and an r=g=b picture converts back to the same grey.

export interface RgbaImage {
  data: Uint8ClampedArray;
  width: number;
  height: number;
}

export interface GrayImage {
  data: Uint8ClampedArray;
  width: number;
  height: number;
}

/** Same weights as zxing-wasm's own conversion, so a grey picture reads the same either way. */
export function toGray(img: RgbaImage): GrayImage {
  const n = img.width * img.height;
  const out = new Uint8ClampedArray(n);
  const d = img.data;
  for (let p = 0, i = 0; p < n; p++, i += 4) {
    out[p] = (306 * (d[i] ?? 0) + 601 * (d[i + 1] ?? 0) + 117 * (d[i + 2] ?? 0) + 512) >> 10;
  }
  return { data: out, width: img.width, height: img.height };
}

export function grayToRgba(img: GrayImage): RgbaImage {
  const n = img.width * img.height;
  const out = new Uint8ClampedArray(n * 4);
  for (let p = 0, i = 0; p < n; p++, i += 4) {
    const v = img.data[p] ?? 0;
    out[i] = v;
    out[i + 1] = v;
    out[i + 2] = v;
    out[i + 3] = 255;
  }
  return { data: out, width: img.width, height: img.height };
}

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export function cropGray(img: GrayImage, box: Box): GrayImage {
  const x0 = Math.max(0, Math.floor(box.x));
  const y0 = Math.max(0, Math.floor(box.y));
  const x1 = Math.min(img.width, Math.ceil(box.x + box.w));
  const y1 = Math.min(img.height, Math.ceil(box.y + box.h));
  const w = Math.max(0, x1 - x0);
  const h = Math.max(0, y1 - y0);
  const out = new Uint8ClampedArray(w * h);
  for (let y = 0; y < h; y++) {
    const from = (y0 + y) * img.width + x0;
    out.set(img.data.subarray(from, from + w), y * w);
  }
  return { data: out, width: w, height: h };
}

/** Bilinear enlargement: gives small (1.5–2.5 px) modules enough pixels for the binarizer. */
export function upscaleGray(img: GrayImage, factor: number): GrayImage {
  const w = Math.round(img.width * factor);
  const h = Math.round(img.height * factor);
  const out = new Uint8ClampedArray(w * h);
  const src = img.data;
  const sw = img.width;
  const xs0 = new Int32Array(w);
  const xs1 = new Int32Array(w);
  const xf = new Float32Array(w);
  for (let x = 0; x < w; x++) {
    const sx = Math.max(0, (x + 0.5) / factor - 0.5);
    const x0 = Math.min(sw - 1, Math.floor(sx));
    xs0[x] = x0;
    xs1[x] = Math.min(sw - 1, x0 + 1);
    xf[x] = sx - x0;
  }
  for (let y = 0; y < h; y++) {
    const sy = Math.max(0, (y + 0.5) / factor - 0.5);
    const y0 = Math.min(img.height - 1, Math.floor(sy));
    const y1 = Math.min(img.height - 1, y0 + 1);
    const fy = sy - y0;
    const r0 = y0 * sw;
    const r1 = y1 * sw;
    for (let x = 0; x < w; x++) {
      const a = xs0[x] ?? 0;
      const b = xs1[x] ?? 0;
      const fx = xf[x] ?? 0;
      const top = (src[r0 + a] ?? 0) * (1 - fx) + (src[r0 + b] ?? 0) * fx;
      const bottom = (src[r1 + a] ?? 0) * (1 - fx) + (src[r1 + b] ?? 0) * fx;
      out[y * w + x] = top * (1 - fy) + bottom * fy;
    }
  }
  return { data: out, width: w, height: h };
}

/** Integer box downscale, for pictures above the size cap. */
export function downscaleGray(img: GrayImage, factor: number): GrayImage {
  const w = Math.floor(img.width / factor);
  const h = Math.floor(img.height / factor);
  const out = new Uint8ClampedArray(w * h);
  const area = factor * factor;
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      let sum = 0;
      for (let dy = 0; dy < factor; dy++) {
        const row = (y * factor + dy) * img.width + x * factor;
        for (let dx = 0; dx < factor; dx++) sum += img.data[row + dx] ?? 0;
      }
      out[y * w + x] = sum / area;
    }
  }
  return { data: out, width: w, height: h };
}

/** Unsharp (Laplacian) sharpening: restores module edges that a blur or a resize smeared. */
export function sharpenGray(img: GrayImage, amount: number): GrayImage {
  const { width: w, height: h, data: src } = img;
  const out = new Uint8ClampedArray(src);
  for (let y = 1; y < h - 1; y++) {
    const row = y * w;
    for (let x = 1; x < w - 1; x++) {
      const i = row + x;
      const c = src[i] ?? 0;
      const lap = 4 * c - (src[i - 1] ?? 0) - (src[i + 1] ?? 0) - (src[i - w] ?? 0) - (src[i + w] ?? 0);
      out[i] = c + amount * lap;
    }
  }
  return { data: out, width: w, height: h };
}

/**
 * Separable FIR taps of a Wiener filter that undoes a 3-pixel box blur (the smear a resize or a
 * screenshot tool leaves on 1.5–2 px modules). `noise` trades sharpening against amplified noise/JPEG.
 */
function boxDeblurTaps(noise: number, half = 7, samples = 64): Float32Array {
  const taps = new Float32Array(2 * half + 1);
  for (let n = -half; n <= half; n++) {
    let sum = 0;
    for (let j = 0; j < samples; j++) {
      const w = (2 * Math.PI * j) / samples;
      const response = (1 + 2 * Math.cos(w)) / 3;
      sum += (response / (response * response + noise)) * Math.cos(w * n);
    }
    taps[n + half] = sum / samples;
  }
  // Cutting the filter to a few taps shifts its gain: rescale so flat areas keep their grey.
  const total = taps.reduce((a, b) => a + b, 0);
  return taps.map((t) => t / total);
}

/** Edge-clamped index tables so the convolution loops need no bounds checks. */
function clampedIndex(length: number, half: number): Int32Array {
  const out = new Int32Array(length + 2 * half);
  for (let i = 0; i < out.length; i++) out[i] = Math.min(length - 1, Math.max(0, i - half));
  return out;
}

/** Wiener deconvolution of a 3×3 box blur, applied row-wise then column-wise. */
export function deblurGray(img: GrayImage, noise: number): GrayImage {
  const { width: w, height: h, data: src } = img;
  const taps = boxDeblurTaps(noise);
  const half = (taps.length - 1) >> 1;
  const xs = clampedIndex(w, half);
  const ys = clampedIndex(h, half);
  const rows = new Float32Array(w * h);
  for (let y = 0; y < h; y++) {
    const row = y * w;
    for (let x = 0; x < w; x++) {
      let sum = 0;
      for (let t = 0; t < taps.length; t++) sum += (taps[t] ?? 0) * (src[row + (xs[x + t] ?? 0)] ?? 0);
      rows[row + x] = sum;
    }
  }
  const out = new Uint8ClampedArray(w * h);
  // A float row accumulator: Uint8ClampedArray would clip the partial sums.
  const acc = new Float32Array(w);
  for (let y = 0; y < h; y++) {
    acc.fill(0);
    for (let t = 0; t < taps.length; t++) {
      const weight = taps[t] ?? 0;
      const from = (ys[y + t] ?? 0) * w;
      for (let x = 0; x < w; x++) acc[x] = (acc[x] ?? 0) + weight * (rows[from + x] ?? 0);
    }
    out.set(acc, y * w);
  }
  return { data: out, width: w, height: h };
}

/** Catmull-Rom weight: sharper than bilinear, so enlarged modules keep their edges. */
function cubicWeight(distance: number): number {
  const t = Math.abs(distance);
  if (t < 1) return 1.5 * t * t * t - 2.5 * t * t + 1;
  if (t < 2) return -0.5 * t * t * t + 2.5 * t * t - 4 * t + 2;
  return 0;
}

/** Per output position along one axis: the 4 source indices and their weights. */
function cubicTable(source: number, target: number, factor: number): { index: Int32Array; weight: Float32Array } {
  const index = new Int32Array(target * 4);
  const weight = new Float32Array(target * 4);
  for (let o = 0; o < target; o++) {
    const s = (o + 0.5) / factor - 0.5;
    const base = Math.floor(s);
    for (let k = 0; k < 4; k++) {
      const at = base - 1 + k;
      index[o * 4 + k] = Math.min(source - 1, Math.max(0, at));
      weight[o * 4 + k] = cubicWeight(s - at);
    }
  }
  return { index, weight };
}

/** Separable bicubic enlargement. */
export function upscaleBicubic(img: GrayImage, factor: number): GrayImage {
  const { width: sw, height: sh, data: src } = img;
  const w = Math.round(sw * factor);
  const h = Math.round(sh * factor);
  const cols = cubicTable(sw, w, factor);
  const rowsT = cubicTable(sh, h, factor);
  const wide = new Float32Array(w * sh);
  for (let y = 0; y < sh; y++) {
    const from = y * sw;
    const to = y * w;
    for (let x = 0; x < w; x++) {
      const k = x * 4;
      wide[to + x] =
        (cols.weight[k] ?? 0) * (src[from + (cols.index[k] ?? 0)] ?? 0) +
        (cols.weight[k + 1] ?? 0) * (src[from + (cols.index[k + 1] ?? 0)] ?? 0) +
        (cols.weight[k + 2] ?? 0) * (src[from + (cols.index[k + 2] ?? 0)] ?? 0) +
        (cols.weight[k + 3] ?? 0) * (src[from + (cols.index[k + 3] ?? 0)] ?? 0);
    }
  }
  const out = new Uint8ClampedArray(w * h);
  for (let y = 0; y < h; y++) {
    const k = y * 4;
    const r0 = (rowsT.index[k] ?? 0) * w;
    const r1 = (rowsT.index[k + 1] ?? 0) * w;
    const r2 = (rowsT.index[k + 2] ?? 0) * w;
    const r3 = (rowsT.index[k + 3] ?? 0) * w;
    const w0 = rowsT.weight[k] ?? 0;
    const w1 = rowsT.weight[k + 1] ?? 0;
    const w2 = rowsT.weight[k + 2] ?? 0;
    const w3 = rowsT.weight[k + 3] ?? 0;
    const to = y * w;
    for (let x = 0; x < w; x++) {
      out[to + x] = w0 * (wide[r0 + x] ?? 0) + w1 * (wide[r1 + x] ?? 0) + w2 * (wide[r2 + x] ?? 0) + w3 * (wide[r3 + x] ?? 0);
    }
  }
  return { data: out, width: w, height: h };
}
