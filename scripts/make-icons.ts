// Draws Keywarden's mark — a key inside a shield — and writes the toolbar/store icons as PNGs.
// Run: npx tsx scripts/make-icons.ts. The PNGs are committed; rerun only when the design changes.
// Shapes are defined in unit coordinates and sampled on a sub-pixel grid, so edges are anti-aliased
// at every size without a canvas dependency.
import { PNG } from 'pngjs';
import { mkdirSync, writeFileSync } from 'node:fs';

type Rgb = readonly [number, number, number];

interface Palette {
  top: Rgb;
  bottom: Rgb;
  key: Rgb;
}

const NORMAL: Palette = { top: [37, 99, 235], bottom: [30, 58, 138], key: [255, 255, 255] };
// Alert variant: same mark, warm red shield, so a flagged tab stands out even without badge text.
const ALERT: Palette = { top: [220, 38, 38], bottom: [153, 27, 27], key: [255, 255, 255] };

/** Half the shield's width at height y (0 top … 1 bottom); 0 outside. */
function shieldHalfWidth(y: number): number {
  const top = 0.05;
  const shoulder = 0.42;
  const tip = 0.97;
  if (y < top || y > tip) return 0;
  if (y <= shoulder) return 0.42;
  // Convex sides that meet in a point, like a heraldic shield.
  const t = (y - shoulder) / (tip - shoulder);
  return 0.42 * (1 - t * t);
}

function inShield(x: number, y: number): boolean {
  const dx = Math.abs(x - 0.5);
  if (dx > shieldHalfWidth(y)) return false;
  // Rounded top corners.
  const r = 0.1;
  const cornerX = 0.42 - r;
  const cornerY = 0.05 + r;
  if (dx > cornerX && y < cornerY) return Math.hypot(dx - cornerX, y - cornerY) <= r;
  return true;
}

/** The key: a ring (bow), a shaft and two teeth. `bold` thickens strokes for tiny sizes. */
function inKey(x: number, y: number, bold: number): boolean {
  const cx = 0.5;
  const cy = 0.34;
  const r = Math.hypot(x - cx, y - cy);
  const outer = 0.15 + bold * 0.02;
  const inner = 0.065 - bold * 0.015;
  if (r <= outer && r >= inner) return true;
  const half = 0.045 + bold * 0.025;
  if (Math.abs(x - cx) <= half && y >= cy + inner && y <= 0.8) return true;
  const toothW = 0.12 + bold * 0.02;
  const toothH = 0.05 + bold * 0.02;
  for (const ty of [0.62, 0.73]) {
    if (x >= cx && x <= cx + toothW && y >= ty && y <= ty + toothH) return true;
  }
  return false;
}

function render(size: number, palette: Palette): Buffer {
  const png = new PNG({ width: size, height: size });
  const grid = size <= 32 ? 8 : 4;
  const bold = size <= 16 ? 1 : size <= 32 ? 0.5 : 0;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let shield = 0;
      let key = 0;
      for (let sy = 0; sy < grid; sy++) {
        for (let sx = 0; sx < grid; sx++) {
          const x = (px + (sx + 0.5) / grid) / size;
          const y = (py + (sy + 0.5) / grid) / size;
          if (!inShield(x, y)) continue;
          shield++;
          if (inKey(x, y, bold)) key++;
        }
      }
      const n = grid * grid;
      const t = py / Math.max(1, size - 1);
      const base = palette.top.map((c, i) => c + (palette.bottom[i]! - c) * t);
      const k = shield === 0 ? 0 : key / shield;
      const i = (py * size + px) * 4;
      for (let c = 0; c < 3; c++) {
        png.data[i + c] = Math.round(base[c]! * (1 - k) + palette.key[c]! * k);
      }
      png.data[i + 3] = Math.round((255 * shield) / n);
    }
  }
  return PNG.sync.write(png);
}

mkdirSync('icons', { recursive: true });
for (const size of [16, 32, 48, 128]) {
  writeFileSync(`icons/icon-${size}.png`, render(size, NORMAL));
  writeFileSync(`icons/icon-alert-${size}.png`, render(size, ALERT));
}
console.log('Wrote icons/icon-{16,32,48,128}.png and icons/icon-alert-*.png');
