// End-to-end basics: where the builds and browsers are, pages served on 127.0.0.1, polling. The
// extension itself is driven through ./driver (one interface, Chromium and Firefox ESR).
//
//   const site = await servePages({ '/': '<p>hello</p>' });
//   const ext = await launch('firefox');
//   const { tab, tabId } = await ext.open(site.url('/'));
//   await waitFor(async () => (await ext.badgeText(tabId)) === '2');
//   ...
//   await ext.close(); await site.close();
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const CHROME_DIR = join(REPO_ROOT, 'dist/chrome');
export const FIREFOX_DIR = join(REPO_ROOT, 'dist/firefox');
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

// ---------------------------------------------------------------------------------------------
// Pages served on 127.0.0.1
// ---------------------------------------------------------------------------------------------

/** An HTML string, or a full response. */
export type Served =
  | string
  | { body: string | Buffer; type?: string; headers?: Record<string, string>; status?: number };

export interface Site {
  /** e.g. 'http://127.0.0.1:41234' */
  origin: string;
  port: number;
  url(path?: string): string;
  /** Add or replace a route while the server runs. */
  set(path: string, response: Served): void;
  /** Paths requested so far, in order (to assert what the extension fetched, or did not). */
  requests: string[];
  /** The same requests with their headers (to assert what a request carried: cookies, referrer). */
  received: { path: string; headers: IncomingHttpHeaders }[];
  close(): Promise<void>;
}

/** Serves `routes` (path → page) on 127.0.0.1 at a free port. Unknown paths answer 404. */
export async function servePages(routes: Record<string, Served> = {}): Promise<Site> {
  const table = new Map<string, Served>(Object.entries(routes));
  const requests: string[] = [];
  const received: Site['received'] = [];
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    requests.push(path);
    received.push({ path, headers: req.headers });
    const hit = table.get(path);
    if (hit === undefined) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const r = typeof hit === 'string' ? { body: hit } : hit;
    res.writeHead(r.status ?? 200, {
      'content-type': r.type ?? 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      ...r.headers,
    });
    res.end(r.body);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const port = (server.address() as AddressInfo).port;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    port,
    url: (path = '/') => origin + path,
    set: (path, response) => void table.set(path, response),
    requests,
    received,
    close: () => new Promise<void>((ok) => {
      server.closeAllConnections();
      server.close(() => ok());
    }),
  };
}

/** A minimal HTML document around `body` (and an optional title). */
export function html(body: string, title = 'Test page'): string {
  return `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;
}

// ---------------------------------------------------------------------------------------------
// Polling
// ---------------------------------------------------------------------------------------------

/** Polls `check` until it returns a truthy value (returned) or the timeout passes (throws). */
export async function waitFor<T>(
  check: () => T | Promise<T>,
  { timeout = 10_000, interval = 100, message = 'condition' }: { timeout?: number; interval?: number; message?: string } = {},
): Promise<T> {
  const deadline = Date.now() + timeout;
  let last: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value) return value;
      last = value;
    } catch (err) {
      last = err;
    }
    if (Date.now() > deadline) {
      throw new Error(`waitFor: timed out waiting for ${message} (last: ${String(last)})`);
    }
    await new Promise((r) => setTimeout(r, interval));
  }
}

/** Lets the content script's debounce + idle slices run. */
export const settle = (ms = 600): Promise<void> => new Promise((r) => setTimeout(r, ms));

/**
 * The in-page notice as the content script renders it. Its shadow root is closed, so the test
 * reads what the host element exposes: presence, and the `data-count` attribute.
 */
export const NOTICE_SELECTOR = '[data-keywarden="notice"]';
