// Where, in a picture in which the fast pass found and located nothing, the rescue passes can still
// pay off. Both answers come from one survey of 16 px tiles (their grey range), which samples every
// other row of each tile: an eighth of the picture's bytes, about 1 ms per megapixel here.
//
// Rendered pictures. The whole-picture rescue passes read small, blurred or tightly cropped codes in
// screenshots and generated codes; a rendered code is sharp dark-on-light contrast wherever it is not
// blank. In a photograph most of the picture is gradients and texture: few tiles span more than half
// the grey range. Measured on the QR sets (every picture a rescue pass read, seeds 1–7: ≥ 0.78 of the
// non-blank tiles are strong) and on real pictures from Debian's mate-backgrounds, ukui-wallpapers and
// lomiri-wallpapers (36 square photo crops and 46 wallpapers, at 512 and 1024 px): every photograph
// ≤ 0.28, so the line sits at 0.5; the only pictures above it are vector art (illustrations,
// transparent abstract PNGs), which are rendered pictures and may get the rescue passes.
//
// Printed patches. A code printed on paper and photographed is a compact patch of strong tiles (ink
// near black beside paper near white) in an otherwise soft picture. When its modules are 2–3.5 px and
// slightly out of focus the fast pass neither reads nor locates it; re-read enlarged, about a third of
// those are read (bench/qr.ts, codes photographed onto mate-backgrounds photographs). Such patches
// also occur in 18 of 90 real photographs and wallpapers (mate-backgrounds at 360, 640 and 960 px):
// the price is one or two small crops re-read there.
import type { Box, RgbaImage } from './pixels';

const TILE = 16;
/** A tile whose grey range reaches this is strong contrast (black on white spans ~255). */
const STRONG_RANGE = 128;
/** A tile whose grey range stays below this is blank (margin, quiet zone, flat background). */
const BLANK_RANGE = 16;
const MIN_STRONG_SHARE = 0.5;
/** A code of the smallest size the rescue passes read still covers 2×2 tiles. */
const MIN_STRONG_TILES = 4;
/** Ink and paper in one tile: dark at or below, light at or above, this far apart at least. */
const INK = 110;
const PAPER = 150;
const PRINTED_RANGE = 100;
/** A patch: at least 3×3 tiles' worth, at least this share of its box strong, roughly square. */
const MIN_PATCH_TILES = 9;
const MIN_PATCH_FILL = 0.6;
const MAX_PATCH_ASPECT = 2.2;
/** A patch larger than this share of the picture is the picture itself (art, a document). */
const MAX_PATCH_SHARE = 0.25;
/** At most this many patches, the largest first. */
const MAX_PATCHES = 2;

export interface PictureSurvey {
  /** Most non-blank tiles hold strong contrast: a rendered picture, worth the whole-picture passes. */
  rendered: boolean;
  /** Where a printed code could lie in a photograph, in picture pixels. */
  patches: Box[];
}

export function surveyPicture(img: RgbaImage): PictureSurvey {
  const { width, height, data } = img;
  const cols = Math.floor(width / TILE);
  const rows = Math.floor(height / TILE);
  const printed = new Uint8Array(cols * rows);
  let strong = 0;
  let busy = 0;
  for (let row = 0; row < rows; row++) {
    for (let col = 0; col < cols; col++) {
      let min = 255;
      let max = 0;
      for (let y = row * TILE; y < (row + 1) * TILE; y += 2) {
        for (let i = (y * width + col * TILE) * 4, end = i + TILE * 4; i < end; i += 4) {
          // The same luma weights as toGray and zxing-wasm.
          const v = (306 * (data[i] ?? 0) + 601 * (data[i + 1] ?? 0) + 117 * (data[i + 2] ?? 0) + 512) >> 10;
          if (v < min) min = v;
          if (v > max) max = v;
        }
      }
      const range = max - min;
      if (range >= BLANK_RANGE) busy++;
      if (range >= STRONG_RANGE) strong++;
      if (range >= PRINTED_RANGE && min <= INK && max >= PAPER) printed[row * cols + col] = 1;
    }
  }
  return {
    rendered: strong >= MIN_STRONG_TILES && strong >= MIN_STRONG_SHARE * busy,
    patches: patchesOf(printed, cols, rows),
  };
}

/** Connected groups of printed tiles (4-neighbours) shaped like a code, largest first. */
function patchesOf(printed: Uint8Array, cols: number, rows: number): Box[] {
  const found: Array<Box & { tiles: number }> = [];
  const stack: number[] = [];
  for (let start = 0; start < printed.length; start++) {
    if (printed[start] !== 1) continue;
    printed[start] = 2;
    stack.push(start);
    let tiles = 0;
    let [x0, y0, x1, y1] = [cols, rows, -1, -1];
    while (stack.length) {
      const at = stack.pop() as number;
      const x = at % cols;
      const y = (at - x) / cols;
      tiles++;
      x0 = Math.min(x0, x);
      x1 = Math.max(x1, x);
      y0 = Math.min(y0, y);
      y1 = Math.max(y1, y);
      for (const next of [x > 0 ? at - 1 : -1, x < cols - 1 ? at + 1 : -1, at - cols, at + cols]) {
        if (next >= 0 && next < printed.length && printed[next] === 1) {
          printed[next] = 2;
          stack.push(next);
        }
      }
    }
    const w = x1 - x0 + 1;
    const h = y1 - y0 + 1;
    if (tiles >= MIN_PATCH_TILES && tiles >= MIN_PATCH_FILL * w * h && Math.max(w, h) <= MAX_PATCH_ASPECT * Math.min(w, h) && w * h <= MAX_PATCH_SHARE * cols * rows) {
      found.push({ x: x0 * TILE, y: y0 * TILE, w: w * TILE, h: h * TILE, tiles });
    }
  }
  return found.sort((a, b) => b.tiles - a.tiles).slice(0, MAX_PATCHES).map(({ x, y, w, h }) => ({ x, y, w, h }));
}
