// Content script (every http(s) frame, document_start): the paste guard at once (its listeners must
// come before the page's own), the page scanner once the DOM is parsed, the notice in the top frame.
// No engine here: it lives in the worker, so every frame starts cheaply (docs/extension.md).
// On a paused site only the paste guard runs, and only for wallet secrets (paste-guard/config.ts).
import { extensionConnected, onBackgroundMessage, onStorageChanged, sendToBackground, textBody } from '../platform';
import { pageKey } from '../shared/hosts';
import { isPageMessage, LIMITS, type HelloReply, type PageMessage, type PageMessageType } from '../shared/protocol';
import { STORAGE_KEYS } from '../shared/storage';
import { SCANNED_ATTRIBUTES } from '../shared/surfaces';
import { blockOf, elementOf, isInline, isOwnUi } from './dom';
import { Notice } from './notice';
import { followHello } from './paste-guard/config';
import { startPasteGuard } from './paste-guard/guard';
import { QrCandidates } from './qr-candidates';
import { Scanner } from './scanner';
import { ScriptFiles } from './scripts';
import { SHADOW_EVENT } from './shadow-event';

const isTop = window === window.top;
/** Mutations are gathered for this long before any work starts (storms arrive in bursts). */
const DEBOUNCE_MS = 200;
/** Shadow roots remembered (before the scanner starts, and for SPA navigations), at most. */
const MAX_SHADOW_ROOTS = 10_000;
/** Added/changed nodes resolved to scan roots per task. */
const DRAIN_BATCH = 1000;
const OBSERVE: MutationObserverInit = {
  childList: true,
  subtree: true,
  characterData: true,
  attributes: true,
  attributeFilter: SCANNED_ATTRIBUTES,
};

/** Where to rescan after `node` was added or changed: its text block, but never the whole body. */
function rootFor(node: Node): Node | null {
  if (!node.isConnected) return null;
  if (node.parentNode instanceof ShadowRoot && node.nodeType === Node.TEXT_NODE) return node.parentNode;
  const el = elementOf(node);
  if (!el || isOwnUi(el)) return null;
  if (node === el && !isInline(el)) return el;
  const block = blockOf(el);
  if (block === document.body || block === document.documentElement) return node;
  return block;
}

/**
 * A hello without an answer is asked again after each of these delays: a page loaded while the
 * browser stopped the worker gets none (the load e2e's third tab kept an empty badge), and without
 * an answer neither the scanner nor the paste guard would start.
 */
const HELLO_RETRY_MS = [100, 1000, 3000];

/** The worker's answer to "should this frame act?", asked again while it does not answer and the extension is there. */
async function askWorker(): Promise<HelloReply | undefined> {
  let reply = await sendToBackground({ type: 'page:hello' });
  for (const delay of HELLO_RETRY_MS) {
    if (reply || !extensionConnected()) break;
    await new Promise((resolve) => setTimeout(resolve, delay));
    reply = await sendToBackground({ type: 'page:hello' });
  }
  return reply;
}

async function main(): Promise<void> {
  const reply = await hello;
  if (!reply || reply.paused) {
    reportShadowRoot = () => undefined;
    earlyShadowRoots.length = 0;
    return;
  }

  const title = () => document.title.slice(0, LIMITS.titleChars);
  const notice = isTop && reply.notice ? new Notice() : null;
  const qr = new QrCandidates((src) => void sendToBackground({ type: 'page:qr-image', src, title: title() }));
  const scripts = new ScriptFiles(title, () => !scanner.busy);
  const observed = new WeakSet<Node>();
  const observer = new MutationObserver(onMutations);
  const observe = (root: Node) => {
    if (observed.has(root)) return;
    observed.add(root);
    observer.observe(root, OBSERVE);
  };

  const scanner = new Scanner({
    gate: (chunks) =>
      sendToBackground({ type: 'page:chunks', body: textBody(chunks), lengths: chunks.map((c) => c.length), title: title() }),
    connected: extensionConnected,
    send: (windows, stoppedEarly) =>
      void sendToBackground({ type: 'page:candidates', windows, title: title(), stoppedEarly }),
    onImage: (el) => qr.consider(el),
    onShadowRoot: observe,
  });

  let page = pageKey(location.href);
  /** The URL page was worked out from: most mutation batches leave it as it was, and parsing it again each time cost ~2 ms a page. */
  let pageHref = location.href;
  let paused = false;
  const pendingNodes = new Set<Node>();
  const pendingAttrs: Array<[Element, string]> = [];
  let timer: ReturnType<typeof setTimeout> | undefined;

  function startPage(): void {
    scanner.reset();
    qr.reset();
    notice?.reset();
    scripts.reset();
    pendingNodes.clear();
    pendingAttrs.length = 0;
    scanner.scanTree(document.documentElement);
    // Roots attached earlier announce themselves only once: read the ones still on the page again.
    for (const ref of hookedRoots) {
      const root = ref.deref();
      if (root?.host.isConnected) scanner.addShadowRoot(root);
      else hookedRoots.delete(ref);
    }
  }

  /** An SPA changed the URL (pushState is invisible from this isolated world): a fresh count. */
  function checkUrl(): void {
    if (paused || location.href === pageHref) return;
    pageHref = location.href;
    const now = pageKey(pageHref);
    if (now === page) return;
    page = now;
    startPage();
    if (isTop) void sendToBackground({ type: 'page:navigated' });
  }

  function drain(): void {
    timer = undefined;
    // Each text block to read again, with the elements added in it (their element pass).
    const roots = new Map<Node, Element[]>();
    let n = 0;
    for (const node of pendingNodes) {
      pendingNodes.delete(node);
      const root = rootFor(node);
      if (root) {
        const added = roots.get(root) ?? [];
        if (node instanceof Element) added.push(node);
        roots.set(root, added);
      }
      // A storm can queue tens of thousands of nodes: resolve them in bounded batches.
      if (++n >= DRAIN_BATCH) {
        timer = setTimeout(drain, 0);
        break;
      }
    }
    for (const [root, added] of roots) scanner.scanChanged(root, added);
    for (const [el, name] of pendingAttrs) {
      if (el.isConnected && !isOwnUi(el)) scanner.scanAttribute(el, name);
    }
    pendingAttrs.length = 0;
  }

  function onMutations(records: MutationRecord[]): void {
    if (paused) return;
    checkUrl();
    const reading = !scanner.stoppedEarly;
    for (const r of records) {
      if (r.type === 'childList') {
        for (const n of r.addedNodes) {
          // Script elements (their files) also once the scanner stopped early: they cost the page no text budget.
          if (n instanceof HTMLScriptElement) scripts.addElement(n);
          if (reading && (n.nodeType === Node.ELEMENT_NODE || n.nodeType === Node.TEXT_NODE)) pendingNodes.add(n);
        }
        continue;
      }
      if (!reading) continue;
      if (r.type === 'characterData') {
        pendingNodes.add(r.target);
      } else if (r.attributeName) {
        pendingAttrs.push([r.target as Element, r.attributeName]);
      }
    }
    if ((pendingNodes.size || pendingAttrs.length) && timer === undefined) timer = setTimeout(drain, DEBOUNCE_MS);
  }

  const handlers: { [K in PageMessageType]: (message: PageMessage<K>) => void } = {
    'tab:count': (m) => notice?.update(m.count, m.notice),
    'tab:rescan': () => {
      pageHref = location.href;
      page = pageKey(pageHref);
      startPage();
    },
  };
  onBackgroundMessage((m) => {
    if (!isPageMessage(m) || paused) return;
    (handlers[m.type] as (message: PageMessage) => void)(m);
  });

  // Paused from the popup or the options page while this page is open: stop at once.
  stopScanning = () => {
    paused = true;
    observer.disconnect();
    scripts.stop();
    scanner.reset();
    qr.reset();
    notice?.reset();
    if (timer !== undefined) clearTimeout(timer);
    pendingNodes.clear();
  };

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
  scripts.start();
  reportShadowRoot = (root) => {
    if (paused) return;
    if (hookedRoots.size < MAX_SHADOW_ROOTS) hookedRoots.add(new WeakRef(root));
    scanner.addShadowRoot(root);
  };
  for (const root of earlyShadowRoots.splice(0)) reportShadowRoot(root);
}

// Open shadow roots as the page attaches them, from the main-world hook (shadow-hook.ts). The
// event carries nothing: the host is its target, and the root is read here, from the host.
const earlyShadowRoots: ShadowRoot[] = [];
/** Every root the hook announced, weakly: an SPA navigation scans them again. */
const hookedRoots = new Set<WeakRef<ShadowRoot>>();
let reportShadowRoot = (root: ShadowRoot) => {
  if (earlyShadowRoots.length < MAX_SHADOW_ROOTS) earlyShadowRoots.push(root);
};
document.addEventListener(SHADOW_EVENT, (e) => {
  const host = e.composedPath()[0];
  const root = host instanceof Element ? host.shadowRoot : null;
  if (root) reportShadowRoot(root);
}, { capture: true, passive: true });

/** The worker's answer to "should this frame act?", asked at once and again when settings change. */
let hello = askWorker();
/** Set once the scanner runs: stops it for good (a resumed site is read again on the next load). */
let stopScanning: (() => void) | undefined;
onStorageChanged('local', (changes) => {
  if (!(STORAGE_KEYS.settings in changes) && !(STORAGE_KEYS.customRules in changes)) return;
  hello = askWorker();
  followHello(hello);
  void hello.then((reply) => {
    if (reply?.paused) stopScanning?.();
  });
});

followHello(hello);
startPasteGuard();
// What document_idle gave the scanner before: the parsed DOM (DOMContentLoaded or later).
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => void main(), { once: true });
else void main();
