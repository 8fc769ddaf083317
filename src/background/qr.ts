// QR images shown on pages → findings, in the worker (Chrome service worker, Firefox event page).
// The content script names an image the page itself displays; this fetches exactly that URL
// (force-cache, no cookies) or reads the data: URL, and decodes it with the bundled zxing reader.
// Decoded payloads never leave this function: only findings (fingerprints, redacted) come out.
import { decodeImageFile, initQr, scanQrPayload, setQrRasterizer } from '../qr';
import { rasterizeInBrowser } from '../qr/browser';
import { PROVIDERS } from '../engine';
import { providerFor } from '../shared/hosts';
import { extensionUrl } from '../platform';
import type { StoredFinding } from '../shared/storage';
import { toStored } from './state';
import { QrBudget } from './qr-budget';

/**
 * An image a page shows that is larger than this is no QR code worth fetching (the worker's memory
 * is bounded; the CLI's own limit, for photos on disk, is MAX_IMAGE_BYTES in src/cli/images.ts).
 */
const MAX_PAGE_IMAGE_BYTES = 8 * 1024 * 1024;
/** Results per image for this worker's lifetime: each image is decoded once, however often shown. */
const MAX_REMEMBERED = 500;
/** Keyed by a digest of the source: a data: URL may be megabytes long and must not be pinned 500 times. */
const remembered = new Map<string, StoredFinding[]>();

async function sourceKey(src: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(src));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** This worker's decode time per page and per minute (./qr-budget); tests spend it directly. */
export const qrBudget = new QrBudget();

let ready: Promise<void> | undefined;
function ensureReader(): Promise<void> {
  ready ??= initQr({ locateFile: (file) => extensionUrl(file) }).then(() => setQrRasterizer(rasterizeInBrowser));
  ready.catch(() => {
    ready = undefined;
  });
  return ready;
}

async function imageBytes(src: string): Promise<Uint8Array | undefined> {
  const response = await fetch(src, { cache: 'force-cache', credentials: 'omit', redirect: 'follow' });
  if (!response.ok) return undefined;
  const type = response.headers.get('content-type') ?? '';
  if (!src.startsWith('data:') && type && !type.startsWith('image/')) return undefined;
  const length = Number(response.headers.get('content-length') ?? 0);
  if (length > MAX_PAGE_IMAGE_BYTES) return undefined;
  const bytes = new Uint8Array(await response.arrayBuffer());
  return bytes.length <= MAX_PAGE_IMAGE_BYTES ? bytes : undefined;
}

export interface QrContext {
  salt: string;
  includeGeneric: boolean;
  host: string;
  title: string;
  /** The tab and page showing the image: what the decode budget is kept per. */
  page: string;
}

/**
 * Findings in the QR code(s) of one image; [] for anything unreadable; undefined when the decode
 * budget skipped it (not remembered, so a later visit decodes it).
 */
export async function qrFindings(src: string, ctx: QrContext): Promise<StoredFinding[] | undefined> {
  const key = await sourceKey(src);
  const known = remembered.get(key);
  if (known) return known;
  if (!qrBudget.allows(ctx.page)) return undefined;
  let findings: StoredFinding[] = [];
  try {
    const bytes = await imageBytes(src);
    if (bytes) {
      await ensureReader();
      const decoded = await qrBudget.run(ctx.page, () => decodeImageFile(bytes));
      if (decoded.skipped) return undefined;
      const siteProvider = ctx.host ? providerFor(ctx.host, Object.values(PROVIDERS))?.slug : undefined;
      const context = `${ctx.host} ${ctx.title}`.trim();
      for (const payload of decoded.value) {
        for (const f of scanQrPayload(payload, { salt: ctx.salt, includeGeneric: ctx.includeGeneric, context })) {
          findings.push(toStored(f, 'qr-image', siteProvider !== undefined && siteProvider === f.provider));
        }
      }
    }
  } catch {
    findings = []; // not an image, not reachable, no code in it: nothing to report
  }
  if (remembered.size >= MAX_REMEMBERED) remembered.delete(remembered.keys().next().value!);
  remembered.set(key, findings);
  return findings;
}
