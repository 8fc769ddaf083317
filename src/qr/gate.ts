// Whether a picture in which the fast pass found and located nothing is still worth the rescue passes.
// Those passes read small, blurred or tightly cropped codes in rendered pictures (screenshots,
// generated codes); a rendered code is sharp dark-on-light contrast wherever it is not blank. In a
// photograph most of the picture is gradients and texture: few 16 px tiles span more than half the
// grey range. Measured on the QR sets (every picture a rescue pass read, seeds 1–7: ≥ 0.78 of the
// non-blank tiles are strong) and on real pictures from Debian's mate-backgrounds, ukui-wallpapers and
// lomiri-wallpapers (36 square photo crops and 46 wallpapers, at 512 and 1024 px): every photograph
// ≤ 0.28, so the line sits at 0.5; the only pictures above it are vector art (illustrations,
// transparent abstract PNGs), which are rendered pictures and may get the rescue passes. Camera photos
// of a code are the fast pass's job (it is made for them); a located symbol always gets the rescue
// passes, whatever this says.
import type { RgbaImage } from './pixels';

const TILE = 16;
/** A tile whose grey range reaches this is strong contrast (black on white spans ~255). */
const STRONG_RANGE = 128;
/** A tile whose grey range stays below this is blank (margin, quiet zone, flat background). */
const BLANK_RANGE = 16;
const MIN_STRONG_SHARE = 0.5;
/** A code of the smallest size the rescue passes read still covers 2×2 tiles. */
const MIN_STRONG_TILES = 4;

/**
 * True when most non-blank tiles hold strong contrast. Samples every other row of each tile, so it
 * reads an eighth of the bytes of the picture (about 1 ms per megapixel here).
 */
export function mayHoldRenderedCode(img: RgbaImage): boolean {
  const { width, height, data } = img;
  let strong = 0;
  let busy = 0;
  for (let ty = 0; ty + TILE <= height; ty += TILE) {
    for (let tx = 0; tx + TILE <= width; tx += TILE) {
      let min = 255;
      let max = 0;
      for (let y = ty; y < ty + TILE; y += 2) {
        for (let i = (y * width + tx) * 4, end = i + TILE * 4; i < end; i += 4) {
          // The same luma weights as toGray and zxing-wasm.
          const v = (306 * (data[i] ?? 0) + 601 * (data[i + 1] ?? 0) + 117 * (data[i + 2] ?? 0) + 512) >> 10;
          if (v < min) min = v;
          if (v > max) max = v;
        }
      }
      const range = max - min;
      if (range >= BLANK_RANGE) busy++;
      if (range >= STRONG_RANGE) strong++;
    }
  }
  return strong >= MIN_STRONG_TILES && strong >= MIN_STRONG_SHARE * busy;
}
