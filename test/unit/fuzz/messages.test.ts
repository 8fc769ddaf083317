// Property tests for everything that crosses into the worker: the protocol's checks, the sender check
// and the worker's onMessage listener itself (imported for real, on the in-memory browser). Random
// values never throw, are never accepted unless well-formed from a content script of ours, and every
// refused one is counted in storage.session (STORAGE_KEYS.dropped).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fakeBrowser } from '@webext-core/fake-browser';
import type { Runtime } from 'webextension-polyfill';
import { isPageMessage, isWorkerRequest, LIMITS, TO_PAGE, TO_WORKER, type ChunksReply } from '../../../src/shared/protocol';
import { STORAGE_KEYS, tabIdOfKey, tabKey } from '../../../src/shared/storage';
import { KIND_LABELS } from '../../../src/shared/labels';
import { isPageSurface, WHERE_VALUES } from '../../../src/shared/surfaces';
import { contentSender } from '../../../src/background/validate';
import { keyish } from './arbitraries';
import { fakeCrcToken } from '../../../src/engine/rules/sample';

const OUR_ID = fakeBrowser.runtime.id;
const KINDS = Object.keys(KIND_LABELS);
const PAGE_WHERE = WHERE_VALUES.filter(isPageSurface);
const WORKER_WHERE = WHERE_VALUES.filter((w) => !isPageSurface(w));

// ---- Well-formed messages, and ways to break them ------------------------------------------

// A blob: URL that names nothing (the worker's read fails, as for a page that went away).
const blobUrl = fc.uuid().map((id) => `blob:https://a.test/${id}`);
const scriptUrl = fc.oneof(fc.constantFrom('data:', 'blob:'), fc.webUrl({ validSchemes: ['http', 'https'] }));

const windowArb = fc.record({
  text: fc.oneof(keyish, fc.string({ minLength: 1, maxLength: 200 })).filter((t) => t.length > 0 && t.length <= LIMITS.windowChars),
  where: fc.constantFrom(...PAGE_WHERE),
  // Offsets are only checked to be integers: out-of-range and unordered ones must not break the worker.
  marks: fc.array(fc.tuple(fc.integer({ min: -10, max: 400 }), fc.constantFrom(...PAGE_WHERE)), { maxLength: 4 }),
}, { requiredKeys: ['text', 'where'] });

const validContent = fc.oneof(
  fc.constant({ type: 'page:hello' }),
  fc.constant({ type: 'page:navigated' }),
  fc.record({
    type: fc.constant('page:candidates'),
    windows: fc.array(windowArb, { minLength: 1, maxLength: 5 }),
    title: fc.string({ maxLength: 40 }),
  }),
  fc.record({ type: fc.constant('page:candidates'), windows: fc.constant([]), title: fc.constant(''), stoppedEarly: fc.constant(true) }),
  // First reads, as the strings (Chromium) or one Blob of them one after the other (Firefox).
  fc.array(fc.oneof(keyish, fc.string({ minLength: 1, maxLength: 300, unit: 'binary' })).filter((t) => t.length > 0), { minLength: 1, maxLength: 6 })
    .chain((chunks) => fc.record({
      type: fc.constant('page:chunks'),
      body: fc.constantFrom(chunks, new Blob(chunks)),
      lengths: fc.constant(chunks.map((c) => c.length)),
      title: fc.string({ maxLength: 40 }),
    })),
  fc.record({
    type: fc.constant('page:qr-image'),
    src: fc.constantFrom('http://127.0.0.1/qr.png', 'https://a.test/q.svg', 'data:image/png;base64,AAAA'),
    title: fc.string({ maxLength: 40 }),
  }),
  fc.record({ type: fc.constant('guard:scan'), text: fc.oneof(keyish, fc.string()), context: fc.string({ maxLength: 60 }) }),
  fc.record({
    type: fc.constant('guard:phrase-inputs'),
    words: fc.array(fc.oneof(fc.constantFrom('abandon', 'zoo', ''), fc.string({ maxLength: LIMITS.phraseWordChars })), { maxLength: LIMITS.phraseInputs }),
    context: fc.string({ maxLength: 60 }),
  }),
  fc.record({
    type: fc.constant('guard:words'),
    // Unknown slugs are named readably, not refused: the worker words what it is given.
    keys: fc.array(fc.record({
      provider: fc.oneof(fc.constantFrom('kraken', 'github', 'wallet'), fc.string({ maxLength: 20 })),
      kind: fc.constantFrom(...KINDS),
      detail: fc.string({ maxLength: 60 }),
    }, { requiredKeys: ['provider', 'kind'] }), { minLength: 1, maxLength: LIMITS.warningKeys }),
  }),
  fc.constant({ type: 'guard:kept-out' }),
  fc.record({
    type: fc.constant('script:file'),
    files: fc.array(fc.record({ url: scriptUrl, bytes: fc.integer({ min: 1, max: LIMITS.scriptFileBytes }) }), { minLength: 1, maxLength: 4 }),
    body: blobUrl,
    title: fc.string({ maxLength: 40 }),
  }),
  fc.array(fc.string({ minLength: 1, maxLength: 300 }), { minLength: 1, maxLength: 3 }).chain((texts) => fc.record({
    type: fc.constant('script:file'),
    files: fc.constant(texts.map((t, i) => ({
      url: `https://a.test/${i}.js`, bytes: new Blob([t]).size, timing: { encoded: 3, decoded: new Blob([t]).size },
    }))),
    body: fc.constant(new Blob(texts)),
    title: fc.string({ maxLength: 40 }),
  })),
  fc.record({ type: fc.constant('script:unread'), url: scriptUrl, reason: fc.constantFrom('size', 'opaque'), title: fc.string({ maxLength: 40 }) }),
  fc.record({
    type: fc.constant('script:known'),
    files: fc.array(fc.record({
      url: fc.webUrl({ validSchemes: ['http', 'https'] }),
      encoded: fc.nat(),
      decoded: fc.integer({ min: 1, max: 2 ** 40 }),
    }), { minLength: 1, maxLength: LIMITS.scriptFilesPerMessage }),
    title: fc.string({ maxLength: 40 }),
  }),
);

const tooManyWindows = fc.array(windowArb, { minLength: LIMITS.windowsPerMessage + 1, maxLength: LIMITS.windowsPerMessage + 3 });
const badWindows = fc.oneof(
  fc.constant([{ text: 'x'.repeat(LIMITS.windowChars + 1), where: 'text' }]),
  fc.constant([{ text: '', where: 'text' }]),
  // Only the worker names frames and its own QR decodes: a page must not claim either.
  fc.tuple(keyish, fc.constantFrom(...WORKER_WHERE)).map(([text, where]) => [{ text, where }]),
  fc.tuple(keyish, fc.constantFrom(...WORKER_WHERE)).map(([text, where]) => [{ text, where: 'text', marks: [[0, where]] }]),
  keyish.map((text) => [{ text, where: 'text', marks: [['0', 'code']] }]),
  keyish.map((text) => [{ text, where: 'elsewhere' }]),
  fc.constant('not an array'),
);
const badTitle = fc.constantFrom(7, 'x'.repeat(LIMITS.titleChars + 1));

/** One targeted defect per message: each must be refused. */
const invalidContent = fc.oneof(
  fc.record({ type: fc.constantFrom('page:hello ', 'PAGE:HELLO', 'tab:count', 'tab:rescan', 'guard:kept', '') }),
  // Located windows: a page may send neither an empty list (only a stop report is empty), too many
  // or bad windows, nor a bad title.
  ...(['page:candidates'] as const).flatMap((type) => [
    fc.record({ type: fc.constant(type), windows: fc.constant([]), title: fc.constant('') }),
    fc.record({ type: fc.constant(type), windows: fc.oneof(tooManyWindows, badWindows), title: fc.constant('') }),
    fc.record({ type: fc.constant(type), windows: fc.array(windowArb, { minLength: 1, maxLength: 2 }), title: badTitle }),
  ]),
  fc.record({ type: fc.constant('page:candidates'), windows: fc.array(windowArb, { minLength: 1, maxLength: 1 }), title: fc.constant(''), stoppedEarly: fc.constantFrom('yes', 1, null) }),
  // First reads: no empty list or chunk, none over its limit, not too many, not too much text in
  // all; a body of strings of the lengths said, or a Blob of one to three bytes per character.
  fc.record({
    type: fc.constant('page:chunks'),
    body: fc.constant(new Blob(['abc'])),
    lengths: fc.constantFrom(
      [], [0], 3, [1.5], [null], ['3'], [LIMITS.chunkChars + 1],
      Array.from({ length: LIMITS.chunksPerMessage + 1 }, () => 1),
      Array.from({ length: Math.ceil(LIMITS.chunkMessageChars / LIMITS.chunkChars) + 1 }, () => LIMITS.chunkChars),
    ),
    title: fc.constant(''),
  }),
  fc.record({
    type: fc.constant('page:chunks'),
    body: fc.constantFrom(
      'blob:http://a.test/1', 'abc', ['ab'], ['abcd'], ['abc', 'd'], [3], [['abc']], new Blob(['ab']), new Blob(['abcdefghij']), 7, null, {},
    ),
    lengths: fc.constant([3]),
    title: fc.constant(''),
  }),
  fc.record({ type: fc.constant('page:chunks'), body: fc.constant(['abc']), lengths: fc.constant([3]), title: badTitle }),
  fc.record({
    type: fc.constant('page:qr-image'),
    src: fc.constantFrom('javascript:alert(1)', 'chrome-extension://x/popup.html', 'file:///etc/passwd', 'data:text/html,<script>', ' http://a.test/', 'blob:http://a.test/1'),
    title: fc.constant(''),
  }),
  fc.record({ type: fc.constant('page:qr-image'), src: fc.constant(`data:image/png;base64,${'A'.repeat(LIMITS.imageSourceChars)}`), title: fc.constant('') }),
  fc.record({
    type: fc.constant('guard:scan'),
    text: fc.oneof(fc.integer(), fc.constant(null), fc.constant('x'.repeat(LIMITS.guardTextChars + 1))),
    context: fc.constant(''),
  }),
  fc.record({ type: fc.constant('guard:scan'), text: fc.constant('x'), context: fc.constantFrom('c'.repeat(LIMITS.guardContextChars + 1), undefined) }),
  fc.record({
    type: fc.constant('guard:phrase-inputs'),
    words: fc.constantFrom(
      'abandon ability', [7], [null], ['x'.repeat(LIMITS.phraseWordChars + 1)], Array.from({ length: LIMITS.phraseInputs + 1 }, () => 'zoo'),
    ),
    context: fc.constant(''),
  }),
  fc.record({ type: fc.constant('guard:phrase-inputs'), words: fc.constant(['zoo']), context: fc.constantFrom(undefined, 3) }),
  fc.record({
    type: fc.constant('guard:words'),
    keys: fc.oneof(
      fc.constant([]),
      fc.constant('kraken'),
      fc.constant(Array.from({ length: LIMITS.warningKeys + 1 }, () => ({ provider: 'kraken', kind: 'secret' }))),
      fc.constant([{ provider: 'x'.repeat(LIMITS.slugChars + 1), kind: 'secret' }]),
      fc.constantFrom('Secret', 'toString', '', 7).map((kind) => [{ provider: 'kraken', kind }]),
      fc.constant([{ kind: 'secret' }]),
      fc.constant([null]),
      fc.constantFrom(7, null, 'x'.repeat(LIMITS.wordsChars + 1)).map((detail) => [{ provider: 'wallet', kind: 'recovery-phrase', detail }]),
    ),
  }),
  fc.record({
    type: fc.constant('script:file'),
    files: fc.constantFrom('javascript:alert(1)', 'file:///etc/passwd', 'data:text/javascript,var%20a', 'blob:http://a.test/1',
      'chrome-extension://x/background.js', ' http://a.test/a.js', `http://a.test/${'a'.repeat(LIMITS.scriptUrlChars)}`).map((url) => [{ url, bytes: 10 }]),
    body: blobUrl,
    title: fc.constant(''),
  }),
  fc.record({
    type: fc.constant('script:file'),
    files: fc.constantFrom(0, -1, 1.5, LIMITS.scriptFileBytes + 1, '10', null).map((bytes) => [{ url: 'http://a.test/app.js', bytes }]),
    body: blobUrl,
    title: fc.constant(''),
  }),
  // A batch: one to LIMITS.scriptFilesPerMessage files, each an object.
  fc.record({
    type: fc.constant('script:file'),
    files: fc.constantFrom([], null, 'http://a.test/app.js', [null], [{ url: 'http://a.test/app.js' }],
      Array.from({ length: LIMITS.scriptFilesPerMessage + 1 }, () => ({ url: 'http://a.test/app.js', bytes: 1 }))),
    body: blobUrl,
    title: fc.constant(''),
  }),
  // The body is a blob: URL or a Blob of the sizes named: never another URL (the worker would fetch it), data or text.
  fc.record({
    type: fc.constant('script:file'),
    files: fc.constant([{ url: 'http://a.test/app.js', bytes: 10 }]),
    body: fc.constantFrom('http://a.test/app.js', 'data:text/javascript,var%20a', 'file:///etc/passwd', ' blob:https://a.test/1',
      `blob:https://a.test/${'a'.repeat(LIMITS.scriptUrlChars)}`, 'var a = 1;', new Blob(['eleven char']), {}, null, undefined),
    title: fc.constant(''),
  }),
  fc.record({ type: fc.constant('script:unread'), url: fc.constant('http://a.test/a.js'), reason: fc.constantFrom('cors', '', undefined), title: fc.constant('') }),
  // Sizes are whole, the decoded one positive; URLs http(s) only (data: and blob: scripts have no identity); at most a batch.
  fc.record({
    type: fc.constant('script:known'),
    files: fc.constantFrom(
      [], [{ url: 'http://a.test/a.js', encoded: 1, decoded: 0 }], [{ url: 'http://a.test/a.js', encoded: -1, decoded: 5 }],
      [{ url: 'http://a.test/a.js', encoded: 1.5, decoded: 5 }], [{ url: 'http://a.test/a.js', encoded: '1', decoded: 5 }],
      [{ url: 'data:', encoded: 1, decoded: 5 }], [{ url: 'blob:', encoded: 1, decoded: 5 }], [{ encoded: 1, decoded: 5 }], [null],
      [{ url: `http://a.test/${'a'.repeat(LIMITS.scriptUrlChars)}`, encoded: 1, decoded: 5 }],
      Array.from({ length: LIMITS.scriptFilesPerMessage + 1 }, () => ({ url: 'http://a.test/a.js', encoded: 1, decoded: 5 })),
      'http://a.test/a.js', null,
    ),
    title: fc.constant(''),
  }),
  fc.record({
    type: fc.constant('script:file'),
    files: fc.tuple(fc.constantFrom('http://a.test/app.js', 'data:'),
      fc.constantFrom({ encoded: 1, decoded: 0 }, { encoded: -1, decoded: 10 }, null, 7, { decoded: 10 }))
      .map(([url, timing]) => [{ url, bytes: 10, timing }]),
    body: fc.constant('blob:https://a.test/1'),
    title: fc.constant(''),
  }),
  // Timing names the version of an http(s) file: a data: or blob: script has none.
  fc.record({
    type: fc.constant('script:file'),
    files: fc.constant([{ url: 'data:', bytes: 10, timing: { encoded: 10, decoded: 10 } }]),
    body: fc.constant('blob:https://a.test/1'),
    title: fc.constant(''),
  }),
  // Names of Object.prototype are no message types.
  fc.record({ type: fc.constantFrom('constructor', 'toString', '__proto__', 'hasOwnProperty') }),
);

const randomValue = fc.oneof(fc.anything(), fc.jsonValue(), fc.object());

// ---- Senders ---------------------------------------------------------------------------------

const goodSender = fc.record({
  tabId: fc.nat(1000),
  frameId: fc.nat(5),
  url: fc.constantFrom('http://127.0.0.1:8080/page', 'https://a.test/x?y#z', 'about:blank', 'about:srcdoc'),
}).map(({ tabId, frameId, url }): Runtime.MessageSender => ({
  id: OUR_ID, url, frameId, tab: { id: tabId, url: 'https://a.test/', index: 0, highlighted: false, active: true, pinned: false, incognito: false },
}));

const badSender: fc.Arbitrary<Runtime.MessageSender> = fc.oneof(
  // Another extension, a web page (externally_connectable is absent, but never trust that alone).
  goodSender.map((s) => ({ ...s, id: 'other-extension-id' })),
  goodSender.map((s) => ({ ...s, id: undefined })),
  // Our own extension pages (popup, options) are not tabs: they talk through storage.
  fc.constant({ id: OUR_ID, url: `chrome-extension://${OUR_ID}/popup.html` }),
  goodSender.map((s) => ({ ...s, url: `chrome-extension://${OUR_ID}/options.html` })),
  goodSender.map((s) => ({ ...s, url: 'file:///home/user/keys.txt' })),
  goodSender.map((s) => ({ ...s, url: 'javascript:alert(1)' })),
  goodSender.map((s) => ({ ...s, tab: { ...s.tab!, id: -1 } })),
  goodSender.map((s) => ({ ...s, tab: undefined })),
);

// ---- Guards ------------------------------------------------------------------------------------

describe('protocol checks under fuzzing', () => {
  it('accept every well-formed message to the worker', () => {
    fc.assert(fc.property(validContent, (m) => { expect(isWorkerRequest(m)).toBe(true); }));
  });

  it('refuse every message with one defect', () => {
    fc.assert(fc.property(invalidContent, (m) => { expect(isWorkerRequest(m)).toBe(false); }), { numRuns: 300 });
  });

  it('never throw on random values, and accept only values of a known type', () => {
    fc.assert(fc.property(randomValue, (m) => {
      if (isWorkerRequest(m)) expect(Object.keys(TO_WORKER)).toContain((m as { type: string }).type);
      if (isPageMessage(m)) expect(Object.keys(TO_PAGE)).toContain((m as { type: string }).type);
    }), { numRuns: 500 });
  });

  it('background → content: counts are non-negative integers only', () => {
    const notice = { message: '2 keys', close: 'Close', short: '2' };
    fc.assert(fc.property(fc.anything(), (count) => {
      const ok = isPageMessage({ type: 'tab:count', count, notice });
      expect(ok).toBe(typeof count === 'number' && Number.isInteger(count) && count >= 0);
    }), { numRuns: 300 });
  });

  it('background → content: the notice text is three bounded strings', () => {
    expect(isPageMessage({ type: 'tab:count', count: 1 })).toBe(false);
    expect(isPageMessage({ type: 'tab:count', count: 1, notice: { message: 'x'.repeat(LIMITS.wordsChars + 1), close: 'Close', short: '1' } })).toBe(false);
    expect(isPageMessage({ type: 'tab:count', count: 1, notice: { message: '1 key', close: 'Close' } })).toBe(false);
    const bounded = (v: unknown) => typeof v === 'string' && v.length <= LIMITS.wordsChars;
    fc.assert(fc.property(fc.anything(), fc.anything(), fc.anything(), (message, close, short) => {
      const ok = isPageMessage({ type: 'tab:count', count: 1, notice: { message, close, short } });
      expect(ok).toBe(bounded(message) && bounded(close) && bounded(short));
    }), { numRuns: 300 });
  });

  it('trust only content scripts of this extension in web (or inherited) frames', () => {
    fc.assert(fc.property(goodSender, (s) => { expect(contentSender(s, OUR_ID)).toBeDefined(); }));
    fc.assert(fc.property(badSender, (s) => { expect(contentSender(s, OUR_ID)).toBeUndefined(); }), { numRuns: 300 });
    fc.assert(fc.property(fc.object(), (s) => {
      contentSender(s as Runtime.MessageSender, OUR_ID);
    }), { numRuns: 300 });
  });
});

// ---- The worker's listener ------------------------------------------------------------------

await import('../../../src/background/index');

async function deliver(message: unknown, sender: Runtime.MessageSender): Promise<void> {
  await fakeBrowser.runtime.onMessage.trigger(message, sender as never, () => undefined);
}

async function dropped(): Promise<number> {
  const got = await fakeBrowser.storage.session.get(STORAGE_KEYS.dropped);
  const n = got[STORAGE_KEYS.dropped];
  return typeof n === 'number' ? n : 0;
}

// The counter is written through a queue after the listener returns: let it drain.
const drain = () => new Promise((r) => setTimeout(r, 0));

describe('the worker listener under fuzzing', () => {
  it('drops and counts every random or malformed message from a content script, storing nothing', async () => {
    await fc.assert(fc.asyncProperty(fc.oneof(randomValue, invalidContent), goodSender, async (m, sender) => {
      if (isWorkerRequest(m)) return; // rare: a random value that is valid
      const before = await dropped();
      await deliver(m, sender);
      await drain();
      expect(await dropped()).toBe(before + 1);
    }), { numRuns: 150 });
    const session = await fakeBrowser.storage.session.get(null);
    expect(Object.keys(session).filter((k) => tabIdOfKey(k) !== undefined)).toEqual([]);
  });

  it('drops and counts well-formed messages from anyone but our content scripts', async () => {
    await fc.assert(fc.asyncProperty(validContent, badSender, async (m, sender) => {
      const before = await dropped();
      await deliver(m, sender);
      await drain();
      expect(await dropped()).toBe(before + 1);
    }), { numRuns: 150 });
    const session = await fakeBrowser.storage.session.get(null);
    expect(Object.keys(session).filter((k) => tabIdOfKey(k) !== undefined)).toEqual([]);
  });

  it('turns a well-formed window into stored findings, with no raw key kept', async () => {
    const key = fakeCrcToken('ghp_', 7);
    const sender = fc.sample(goodSender, 1)[0]!;
    sender.tab = { ...sender.tab!, id: 4242 };
    sender.frameId = 0;
    await deliver({ type: 'page:candidates', windows: [{ text: `deploy token ${key}`, where: 'text' }], title: '' }, sender);
    const state = (await fakeBrowser.storage.session.get(tabKey(4242)))[tabKey(4242)] as { findings: Array<{ provider: string }> } | undefined;
    expect(state?.findings.map((f) => f.provider)).toEqual(['github']);
    expect(JSON.stringify(await fakeBrowser.storage.session.get(null))).not.toContain(key.slice(4, 12));
    expect(JSON.stringify(await fakeBrowser.storage.local.get(null))).not.toContain(key.slice(4, 12));
  });

  it.each([
    ['the strings (Chromium)', (chunks: string[]) => chunks],
    ['one Blob of them (Firefox)', (chunks: string[]) => new Blob(chunks)],
  ])('answers page:chunks from %s, per chunk, and not when it is not what the page said', async (_, bodyOf) => {
    const key = fakeCrcToken('ghp_', 9);
    // A character past Latin-1 and one past the BMP: lengths are UTF-16 code units, the Blob UTF-8.
    const chunks = ['nothing to see here — 🔑', `deploy token ${key}`];
    const sender = fc.sample(goodSender, 1)[0]!;
    const ask = async (lengths: number[]) => {
      const [reply] = await fakeBrowser.runtime.onMessage.trigger(
        { type: 'page:chunks', body: bodyOf(chunks), lengths, title: '' }, sender as never, () => undefined,
      );
      return (await reply) as unknown as ChunksReply | undefined;
    };
    const { windows } = (await ask(chunks.map((c) => c.length)))!;
    expect(windows.length).toBe(2);
    expect(windows[0]).toEqual([]);
    const at = chunks[1]!.indexOf(key);
    expect(windows[1]!.some((s) => s.start <= at && s.end >= at + key.length)).toBe(true);
    // Lengths that do not add up to the text: refused (strings) or not answered (a Blob).
    expect((await ask([chunks[0]!.length, chunks[1]!.length - 1]))?.windows ?? []).toEqual([]);
    // Paused on the tab's site: an answer for every chunk, with nothing in it (not asked again).
    const { settings } = await fakeBrowser.storage.local.get('settings');
    await fakeBrowser.storage.local.set({ settings: { pausedSites: ['a.test'] } });
    expect((await ask(chunks.map((c) => c.length)))!.windows).toEqual([[], []]);
    if (settings === undefined) await fakeBrowser.storage.local.remove('settings');
    else await fakeBrowser.storage.local.set({ settings });
  });

  it('handles well-formed messages without throwing or counting them as dropped', async () => {
    // QR images are left out here: handling one fetches and decodes it (real I/O, not this test's subject).
    const noQr = validContent.filter((m) => m.type !== 'page:qr-image');
    for (const type of Object.keys(TO_WORKER)) expect(fc.sample(validContent, 400).some((m) => m.type === type), type).toBe(true);
    await fc.assert(fc.asyncProperty(noQr, goodSender, async (m, sender) => {
      const before = await dropped();
      await deliver(m, sender);
      await drain();
      expect(await dropped()).toBe(before);
    }), { numRuns: 100 });
  });
});
