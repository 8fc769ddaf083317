// Content script (every http(s) frame, document_start). One bundle for both parts, so a frame parses,
// compiles and initialises the engine once: the paste and typing guard starts at once (its listeners
// must come before the page's own); the page scanner starts when the DOM is parsed. The scanner finds
// key-shaped text on the page and sends only small windows around prefilter hits to the worker;
// shows the quiet notice in the top frame. When the page is idle this script is idle too: no
// timers, no polling.
import { candidateWindows, hasCandidate } from '../engine';
import { message, onBackgroundMessage, onStorageChanged, sendToBackground } from '../platform';
import { isBackgroundMessage, STORAGE_KEYS, type HelloReply } from '../messages';
import { pageOf } from './collect';
import { blockOf, elementOf, isInline, OWN_ATTRIBUTE } from './dom';
import { Notice } from './notice';
import { startPasteGuard } from './paste-guard/guard';
import { QrCandidates } from './qr-candidates';
import { Scanner } from './scanner';

const isTop = window === window.top;
/** Mutations are gathered for this long before any work starts (storms arrive in bursts). */
const DEBOUNCE_MS = 200;
const LATE_HOST_CHECKS_MS = [1500, 5000];
/** Added/changed nodes resolved to scan roots per task. */
const DRAIN_BATCH = 1000;
const OBSERVED_ATTRIBUTES = ['value', 'href', 'src', 'content', 'action', 'srcdoc'];
const OBSERVE: MutationObserverInit = {
  childList: true,
  subtree: true,
  characterData: true,
  attributes: true,
  attributeFilter: OBSERVED_ATTRIBUTES,
};

/** Where to rescan after `node` was added or changed: its text block, but never the whole body. */
function rootFor(node: Node): Node | null {
  if (!node.isConnected) return null;
  if (node.parentNode instanceof ShadowRoot && node.nodeType === Node.TEXT_NODE) return node.parentNode;
  const el = elementOf(node);
  if (!el || el.hasAttribute(OWN_ATTRIBUTE)) return null;
  if (node === el && !isInline(el)) return el;
  const block = blockOf(el);
  if (block === document.body || block === document.documentElement) return node;
  return block;
}

function noticeMessage(count: number): string {
  return count === 1 ? message('noticeOne') : message('noticeMany', [String(count)]);
}

async function main(): Promise<void> {
  const hello = await sendToBackground<HelloReply>({ type: 'page:hello' });
  if (!hello || hello.paused) return;

  const title = () => document.title.slice(0, 512);
  const notice = isTop && hello.notice ? new Notice({ message: noticeMessage, close: () => message('noticeClose') }) : null;
  const qr = new QrCandidates((src) => void sendToBackground({ type: 'page:qr-image', src, title: title() }));
  const observed = new WeakSet<Node>();
  const observer = new MutationObserver(onMutations);
  const observe = (root: Node) => {
    if (observed.has(root)) return;
    observed.add(root);
    observer.observe(root, OBSERVE);
  };

  const scanner = new Scanner({
    prefilter: { hasCandidate, candidateWindows: (text) => candidateWindows(text) },
    send: (windows, stoppedEarly) =>
      void sendToBackground({ type: 'page:candidates', windows, title: title(), stoppedEarly }),
    onImage: (el) => qr.consider(el),
    onShadowRoot: observe,
  });

  let page = pageOf(location.href);
  let paused = false;
  const pendingNodes = new Set<Node>();
  const pendingAttrs: Array<[Element, string]> = [];
  let timer: ReturnType<typeof setTimeout> | undefined;

  function startPage(): void {
    scanner.reset();
    qr.reset();
    notice?.reset();
    pendingNodes.clear();
    pendingAttrs.length = 0;
    scanner.scanTree(document.documentElement);
  }

  /** An SPA changed the URL (pushState is invisible from this isolated world): a fresh count. */
  function checkUrl(): void {
    if (paused) return;
    const now = pageOf(location.href);
    if (now === page) return;
    page = now;
    startPage();
    if (isTop) void sendToBackground({ type: 'page:navigated' });
  }

  function drain(): void {
    timer = undefined;
    const roots = new Set<Node>();
    let n = 0;
    for (const node of pendingNodes) {
      pendingNodes.delete(node);
      const root = rootFor(node);
      if (root) roots.add(root);
      // A storm can queue tens of thousands of nodes: resolve them in bounded batches.
      if (++n >= DRAIN_BATCH) {
        timer = setTimeout(drain, 0);
        break;
      }
    }
    for (const root of roots) scanner.scanTree(root);
    for (const [el, name] of pendingAttrs) {
      if (el.isConnected && !el.hasAttribute(OWN_ATTRIBUTE)) scanner.scanAttribute(el, name);
    }
    pendingAttrs.length = 0;
    scanner.recheckHosts();
  }

  function onMutations(records: MutationRecord[]): void {
    if (paused) return;
    checkUrl();
    if (scanner.stoppedEarly) return;
    for (const r of records) {
      if (r.type === 'childList') {
        for (const n of r.addedNodes) {
          if (n.nodeType === Node.ELEMENT_NODE || n.nodeType === Node.TEXT_NODE) pendingNodes.add(n);
        }
      } else if (r.type === 'characterData') {
        pendingNodes.add(r.target);
      } else if (r.attributeName) {
        pendingAttrs.push([r.target as Element, r.attributeName]);
      }
    }
    if ((pendingNodes.size || pendingAttrs.length) && timer === undefined) timer = setTimeout(drain, DEBOUNCE_MS);
  }

  onBackgroundMessage((m) => {
    if (!isBackgroundMessage(m) || paused) return;
    if (m.type === 'tab:count') notice?.update(m.count);
    else {
      page = pageOf(location.href);
      startPage();
    }
  });

  // Paused from the popup or the options page while this page is open: stop at once.
  onStorageChanged('local', (changes) => {
    if (!(STORAGE_KEYS.settings in changes) || paused) return;
    void sendToBackground<HelloReply>({ type: 'page:hello' }).then((reply) => {
      if (!reply?.paused) return;
      paused = true;
      observer.disconnect();
      scanner.reset();
      qr.reset();
      notice?.reset();
      if (timer !== undefined) clearTimeout(timer);
      pendingNodes.clear();
    });
  });

  // Field values typed or set by script do not show up as mutations.
  document.addEventListener('change', (e) => {
    const t = e.target;
    if (paused) return;
    if (t instanceof HTMLInputElement || t instanceof HTMLTextAreaElement) scanner.scanTree(t);
  }, { capture: true, passive: true });
  window.addEventListener('popstate', checkUrl);
  const nav = (window as { navigation?: EventTarget }).navigation;
  nav?.addEventListener('currententrychange', checkUrl);

  observe(document);
  scanner.scanTree(document.documentElement);
  // Components defined after document_idle upgrade without a visible mutation: look once more
  // when the page has settled. One-shot timers; nothing repeats on an idle page.
  for (const delay of LATE_HOST_CHECKS_MS) {
    setTimeout(() => {
      if (!paused) scanner.recheckHosts();
    }, delay);
  }
}

startPasteGuard();
// What document_idle gave the scanner before: the parsed DOM (DOMContentLoaded or later).
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => void main(), { once: true });
else void main();
