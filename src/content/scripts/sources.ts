// Which script files a page loaded, and how each can be read without a request. Pure: decisions
// over what Resource Timing and the script elements say, tested without a browser.
import type { ScriptTiming } from '../../shared/protocol';

/** What the content script knows of one script file the page loaded. */
export interface ScriptSource {
  /** Absolute URL: http(s), or a data:/blob: URL the page made itself. */
  url: string;
  /**
   * The page's own copy came from the HTTP cache on this load (Resource Timing: nothing transferred,
   * a body decoded), so the cache holds it. Cross-origin, browsers tell this only with a
   * Timing-Allow-Origin header (Firefox tells a content script always).
   */
  cached: boolean;
  /** Decoded size in bytes when Resource Timing tells it (same origin, or Timing-Allow-Origin), else 0. */
  size: number;
  /** Encoded (as sent) size in bytes, when Resource Timing tells it, else 0. */
  encoded: number;
}

/** A Resource Timing entry as far as this module reads it (contentType is not in every browser). */
export interface ResourceEntry {
  name: string;
  initiatorType: string;
  transferSize: number;
  decodedBodySize: number;
  encodedBodySize: number;
  contentType?: string;
}

const JS_TYPE = /javascript|ecmascript/i;
const JS_PATH = /\.[mc]?js$/i;

/**
 * The script file a Resource Timing entry stands for, if it is one: scripts (classic, module graphs,
 * dynamic imports), and workers' scripts and preloads that look like JavaScript (their type, or
 * else their file name: the type is hidden cross-origin in Chromium).
 */
export function scriptOfEntry(entry: ResourceEntry): ScriptSource | undefined {
  if (!/^https?:\/\//.test(entry.name)) return undefined;
  const script = entry.initiatorType === 'script'
    || ((entry.initiatorType === 'other' || entry.initiatorType === 'link')
      && (entry.contentType ? JS_TYPE.test(entry.contentType) : JS_PATH.test(new URL(entry.name).pathname)));
  if (!script) return undefined;
  return {
    url: entry.name,
    cached: entry.transferSize === 0 && entry.decodedBodySize > 0,
    size: entry.decodedBodySize,
    encoded: entry.encodedBodySize,
  };
}

/** A script element's file the page made itself (data: or blob:), which no Resource Timing entry names. */
export function scriptOfElement(src: string): ScriptSource | undefined {
  return /^(data|blob):/.test(src) ? { url: src, cached: false, size: 0, encoded: 0 } : undefined;
}

/** Resource Timing's sizes of the page's own copy of an http(s) file, when the browser tells them. */
export function timingOf(source: ScriptSource): ScriptTiming | undefined {
  return /^https?:/.test(source.url) && source.size > 0 ? { encoded: source.encoded, decoded: source.size } : undefined;
}

/**
 * Whether to ask the worker before reading a file (script:known): only when the page's own copy
 * came from the HTTP cache, the copy the worker may have read on an earlier page. A copy that came
 * from the network on this load may be new, and is read.
 */
export function askFirst(source: ScriptSource, plan: ReadPlan): boolean {
  return (plan === 'same-origin' || plan === 'cross-origin') && source.cached && timingOf(source) !== undefined;
}

/**
 * How to read a script without a request, or 'opaque' when that is impossible:
 * - 'page': data: and blob: scripts, read in the page;
 * - 'same-origin': `only-if-cached`, which never goes to the network (a cache miss is an error);
 * - 'cross-origin': `force-cache` goes to the network on a miss, and only same-origin requests may
 *   say only-if-cached, so a script from another origin is read only when Resource Timing proved the
 *   cache holds it, and (Firefox, which splits its cache by credentials) when the page fetched it
 *   without credentials, as this read does.
 */
export type ReadPlan = 'page' | 'same-origin' | 'cross-origin' | 'opaque';

export function readPlan(
  source: ScriptSource,
  pageOrigin: string,
  how: { cacheSplitByCredentials: boolean; loadedWithCredentials: () => boolean },
): ReadPlan {
  if (/^(data|blob):/.test(source.url)) return 'page';
  if (new URL(source.url).origin === pageOrigin) return 'same-origin';
  if (!source.cached) return 'opaque';
  return how.cacheSplitByCredentials && how.loadedWithCredentials() ? 'opaque' : 'cross-origin';
}

/**
 * Whether the page fetched a cross-origin script with credentials: a classic script element without
 * a crossorigin attribute (or with use-credentials). Module scripts, their imports and anything
 * without an element of its own are fetched in CORS mode without credentials.
 */
export function loadedWithCredentials(element: { type: string; crossOrigin: string | null } | undefined): boolean {
  if (!element) return false;
  if (element.crossOrigin === 'use-credentials') return true;
  return element.type !== 'module' && element.crossOrigin === null;
}
