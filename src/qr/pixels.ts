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
