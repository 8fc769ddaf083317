// Which files the content script takes for script files, and how it may read each without a
// request: the decisions are pure; the reads themselves run in the browsers (test/e2e/scripts).
import { describe, expect, it } from 'vitest';
import {
  askFirst, loadedWithCredentials, readPlan, scriptOfElement, scriptOfEntry, timingOf, type ResourceEntry,
} from '../../../src/content/scripts/sources';

const entry = (over: Partial<ResourceEntry>): ResourceEntry => ({
  name: 'https://a.example/app.js', initiatorType: 'script', transferSize: 1200, decodedBodySize: 900, encodedBodySize: 400, ...over,
});

describe('scriptOfEntry', () => {
  it('takes scripts, and workers and preloads that are JavaScript by type or else by name', () => {
    expect(scriptOfEntry(entry({}))).toEqual({ url: 'https://a.example/app.js', cached: false, size: 900, encoded: 400 });
    expect(scriptOfEntry(entry({ initiatorType: 'other', name: 'https://a.example/worker.mjs' }))).toBeDefined();
    expect(scriptOfEntry(entry({ initiatorType: 'other', name: 'https://a.example/w', contentType: 'text/javascript' }))).toBeDefined();
    expect(scriptOfEntry(entry({ initiatorType: 'link', name: 'https://a.example/chunk.js?v=3' }))).toBeDefined();
    expect(scriptOfEntry(entry({ initiatorType: 'other', name: 'https://a.example/favicon.ico' }))).toBeUndefined();
    expect(scriptOfEntry(entry({ initiatorType: 'other', name: 'https://a.example/x.js', contentType: 'image/png' }))).toBeUndefined();
    expect(scriptOfEntry(entry({ initiatorType: 'img', name: 'https://a.example/x.js' }))).toBeUndefined();
    expect(scriptOfEntry(entry({ initiatorType: 'fetch' }))).toBeUndefined();
    expect(scriptOfEntry(entry({ name: 'chrome-extension://x/a.js' }))).toBeUndefined();
  });

  it('calls a file cached only when the page got it from the cache: nothing transferred, a body decoded', () => {
    expect(scriptOfEntry(entry({ transferSize: 0, decodedBodySize: 900 }))?.cached).toBe(true);
    // Cross-origin without Timing-Allow-Origin: every size is hidden, which proves nothing.
    expect(scriptOfEntry(entry({ transferSize: 0, decodedBodySize: 0 }))?.cached).toBe(false);
  });
});

describe('readPlan', () => {
  const chromium = { cacheSplitByCredentials: false, loadedWithCredentials: () => true };
  const firefox = (credentials: boolean) => ({ cacheSplitByCredentials: true, loadedWithCredentials: () => credentials });
  const page = 'https://a.example';

  it('reads same-origin files from the cache only, data: and blob: in the page', () => {
    expect(readPlan({ url: 'https://a.example/app.js', cached: false, size: 0, encoded: 0 }, page, chromium)).toBe('same-origin');
    expect(readPlan(scriptOfElement('data:text/javascript,1')!, page, chromium)).toBe('page');
    expect(readPlan(scriptOfElement('blob:https://a.example/5e1')!, page, chromium)).toBe('page');
  });

  it('reads another origin\'s file only when the cache is proved to hold it under the key this read uses', () => {
    const cdn = { url: 'https://cdn.example/lib.js', cached: true, size: 100, encoded: 60 };
    expect(readPlan({ ...cdn, cached: false }, page, chromium)).toBe('opaque');
    expect(readPlan(cdn, page, chromium)).toBe('cross-origin');
    expect(readPlan(cdn, page, firefox(false))).toBe('cross-origin');
    expect(readPlan(cdn, page, firefox(true))).toBe('opaque');
    expect(readPlan({ ...cdn, url: 'https://a.example:8443/lib.js' }, page, chromium)).toBe('cross-origin');
  });
});

describe('askFirst and timingOf', () => {
  it('asks the worker first only for a copy the page took from the cache, whose sizes Resource Timing tells', () => {
    const cached = scriptOfEntry(entry({ transferSize: 0 }))!;
    expect(timingOf(cached)).toEqual({ encoded: 400, decoded: 900 });
    expect(askFirst(cached, 'same-origin')).toBe(true);
    expect(askFirst({ ...cached, url: 'https://cdn.example/lib.js' }, 'cross-origin')).toBe(true);
    // From the network on this load: it may be a new version, so it is read.
    const fetched = scriptOfEntry(entry({}))!;
    expect(askFirst(fetched, 'same-origin')).toBe(false);
    expect(timingOf(fetched)).toEqual({ encoded: 400, decoded: 900 });
    // Sizes hidden (another origin without Timing-Allow-Origin), and scripts the page made itself: no identity.
    expect(timingOf(scriptOfEntry(entry({ transferSize: 0, decodedBodySize: 0, encodedBodySize: 0 }))!)).toBeUndefined();
    const blob = scriptOfElement('blob:https://a.example/5e1')!;
    expect(timingOf(blob)).toBeUndefined();
    expect(askFirst({ ...blob, cached: true, size: 10 }, 'page')).toBe(false);
    expect(askFirst(cached, 'opaque')).toBe(false);
  });
});

describe('loadedWithCredentials', () => {
  it('is true for classic script elements without crossorigin, or with use-credentials', () => {
    expect(loadedWithCredentials({ type: '', crossOrigin: null })).toBe(true);
    expect(loadedWithCredentials({ type: 'text/javascript', crossOrigin: 'use-credentials' })).toBe(true);
    expect(loadedWithCredentials({ type: 'module', crossOrigin: null })).toBe(false);
    expect(loadedWithCredentials({ type: '', crossOrigin: 'anonymous' })).toBe(false);
    expect(loadedWithCredentials(undefined)).toBe(false);
  });
});
