// The QR candidate picker on real images: visible, square-ish and at least 80 CSS px, handed over as
// their own URL (or a data: URL for canvas and inline SVG), once each.
import { looksLikeQr, QrCandidates, usableSrc } from '../../src/content/qr-candidates';
import { check, equal, fixture, test, until } from './runner';

/** A data: URL of a w×h PNG drawn on a canvas. */
function png(w: number, h: number): string {
  const c = document.createElement('canvas');
  c.width = w;
  c.height = h;
  const ctx = c.getContext('2d')!;
  ctx.fillStyle = '#000';
  ctx.fillRect(0, 0, w / 2, h / 2);
  return c.toDataURL('image/png');
}

async function image(src: string, w: number, h: number): Promise<HTMLImageElement> {
  const img = fixture(`<img alt="" width="${w}" height="${h}">`) as HTMLImageElement;
  img.src = src;
  await img.decode();
  return img;
}

const settle = () => new Promise((r) => setTimeout(r, 300));

test('shape rules: at least 80 px, roughly square; usable sources only', () => {
  equal([looksLikeQr(80, 80), looksLikeQr(79, 200), looksLikeQr(200, 150), looksLikeQr(200, 170)], [true, false, false, true], 'shapes');
  equal([usableSrc('https://a.example/q.png'), usableSrc('data:image/png;base64,AA'), usableSrc('blob:x'), usableSrc('javascript:1')],
    [true, true, false, false], 'sources');
});

test('visible square images are sent once, small and wide ones never', async () => {
  const sent: string[] = [];
  const picker = new QrCandidates((src) => sent.push(src));
  const square = await image(png(120, 120), 120, 120);
  const small = await image(png(40, 40), 40, 40);
  const wide = await image(png(300, 100), 300, 100);
  for (const el of [square, small, wide, square]) picker.consider(el);
  await until(() => sent.length > 0, 'a candidate');
  await settle();
  equal(sent, [square.currentSrc], 'sent');
  picker.reset();
});

test('an image below the fold is sent once it is scrolled into view', async () => {
  const sent: string[] = [];
  const picker = new QrCandidates((src) => sent.push(src));
  // Pushes the image below the fold (CSSOM: the page's CSP allows no inline style attribute).
  (fixture('<div></div>') as HTMLElement).style.height = '3000px';
  const low = await image(png(100, 100), 100, 100);
  picker.consider(low);
  await settle();
  equal(sent.length, 0, 'not yet visible');
  low.scrollIntoView();
  await until(() => sent.length === 1, 'sent once visible');
  window.scrollTo(0, 0);
  picker.reset();
});

test('canvas and inline SVG go as data: URLs', async () => {
  const sent: string[] = [];
  const picker = new QrCandidates((src) => sent.push(src));
  const canvas = fixture('<canvas width="100" height="100"></canvas>') as HTMLCanvasElement;
  canvas.getContext('2d')!.fillRect(0, 0, 50, 50);
  const svg = fixture('<svg xmlns="http://www.w3.org/2000/svg" width="100" height="100"><rect width="50" height="50"/></svg>');
  picker.consider(canvas);
  picker.consider(svg);
  await until(() => sent.length === 2, 'both sent');
  check(sent.every((s) => s.startsWith('data:image/png')), `data URLs: ${sent.map((s) => s.slice(0, 20)).join()}`);
  picker.reset();
});
