// Picks images that could be QR codes, cheaply: only once they are visible (IntersectionObserver
// supplies the rect, so nothing here forces layout), roughly square and at least ~80 CSS px.
// Decoding happens in the worker; this only hands over the image's own URL or a data: URL.
import { LIMITS } from '../shared/protocol';

const MIN_SIDE = 80;
const MIN_ASPECT = 0.8;
const MAX_ASPECT = 1.25;

export function looksLikeQr(width: number, height: number): boolean {
  if (width < MIN_SIDE || height < MIN_SIDE) return false;
  const aspect = width / height;
  return aspect >= MIN_ASPECT && aspect <= MAX_ASPECT;
}

/** Image URLs the worker may fetch or decode: the page's own http(s) images, or data: images. */
export function usableSrc(src: string): boolean {
  return (/^https?:\/\//.test(src) || src.startsWith('data:image/')) && src.length <= LIMITS.imageSourceChars;
}

async function svgToDataUrl(svg: SVGSVGElement, width: number, height: number): Promise<string | null> {
  // The worker has no DOM to render SVG; rasterise here. A serialised <svg> drawn as an image
  // does not taint the canvas, so this works for inline SVG QR codes.
  const xml = new XMLSerializer().serializeToString(svg);
  const img = new Image();
  img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(xml)}`;
  await img.decode();
  const canvas = document.createElement('canvas');
  const scale = Math.min(2, 1024 / Math.max(width, height));
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const ctx = canvas.getContext('2d');
  if (!ctx) return null;
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
  return canvas.toDataURL('image/png');
}

async function sourceOf(el: Element, width: number, height: number): Promise<string | null> {
  try {
    if (el instanceof HTMLImageElement) return el.currentSrc || el.src || null;
    if (el instanceof HTMLCanvasElement) return el.toDataURL('image/png'); // throws when tainted
    if (el instanceof SVGSVGElement) return await svgToDataUrl(el, width, height);
  } catch {
    // Tainted canvas, undecodable SVG: nothing to hand over.
  }
  return null;
}

export class QrCandidates {
  private observer: IntersectionObserver | null = null;
  private watched = new WeakSet<Element>();
  private sentSrc = new Set<string>();

  constructor(private readonly send: (src: string) => void) {}

  consider(el: Element): void {
    if (this.watched.has(el)) return;
    this.watched.add(el);
    this.observer ??= new IntersectionObserver((entries) => this.onVisible(entries), { threshold: 0.5 });
    this.observer.observe(el);
  }

  /** New page: forget what was sent. */
  reset(): void {
    this.observer?.disconnect();
    this.observer = null;
    this.watched = new WeakSet();
    this.sentSrc = new Set();
  }

  private onVisible(entries: IntersectionObserverEntry[]): void {
    for (const entry of entries) {
      if (!entry.isIntersecting) continue;
      this.observer?.unobserve(entry.target);
      const { width, height } = entry.boundingClientRect;
      const target = entry.target;
      if (target instanceof HTMLImageElement && !target.complete) {
        // Not loaded yet: its size is not final. Look again once it has loaded.
        target.addEventListener('load', () => {
          this.watched.delete(target);
          this.consider(target);
        }, { once: true });
        continue;
      }
      if (!looksLikeQr(width, height)) continue;
      void sourceOf(entry.target, width, height).then((src) => {
        if (!src || !usableSrc(src) || this.sentSrc.has(src)) return;
        this.sentSrc.add(src);
        this.send(src);
      });
    }
  }
}
